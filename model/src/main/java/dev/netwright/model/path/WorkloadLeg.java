package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.Optional;

/**
 * The last leg to a workload: route to its address (or, when the design leaves the address to AWS,
 * to its subnet), cross into its subnet, and pass its security groups' ingress rules.
 */
final class WorkloadLeg {
  private WorkloadLeg() {
  }

  /** The hop of a workload: what it is and where. */
  static Hop hop(Workload workload, Subnet subnet) {
    return new Hop(workload.id().value(), Hop.WORKLOAD, workload.type().label()
        + workload.address().map(address -> " " + address).orElse("") + " in " + subnet.id());
  }

  static boolean reach(Walk walk, VpcSlice slice, Subnet source, ElementId table, Workload workload) {
    Optional<Subnet> home = walk.element(workload.subnetId(), Subnet.class);
    if (home.isEmpty()) {
      return walk.block(workload.id(), "workload " + workload.id() + " sits in subnet " + workload.subnetId() + ", which does not exist");
    }
    Subnet subnet = home.get();
    Cidr block = workload.address().map(address -> address.asCidr()).orElse(subnet.cidr());
    String what = "workload " + workload.id() + " in " + subnet.id() + " (" + block + ")";
    Delivery delivery = Router.toPrivate(walk, slice, table, Router.hostOf(block), what);
    if (!SubnetQuestions.arrived(walk, table, delivery, subnet.vpcId(), workload.id(), block)
        || !delivery.repliesComeBack(walk, subnet, List.of(source.cidr()))) {
      return false;
    }
    return Crossings.leave(walk, Destination.inSubnet(what, subnet, block, workload.securityGroupIds())) && arrive(walk, workload, subnet);
  }

  /** The packet, routed to the workload's subnet, crosses into it and must pass the workload's groups. */
  static boolean arrive(Walk walk, Workload workload, Subnet subnet) {
    if (!Crossings.enter(walk, subnet)) {
      return false;
    }
    List<SecurityGroup> groups = SecurityFilters.groupsOf(walk, workload.securityGroupIds(), subnet.vpcId());
    if (groups == null) {
      return walk.block(workload.id().value(), "workload " + workload.id() + " names no security group, so AWS gives it the default security"
          + " group of " + subnet.vpcId() + ", which admits only its own members", "ingress");
    }
    if (groups.isEmpty()) {
      return walk.block(workload.id().value(), "the security groups of workload " + workload.id() + " do not exist", "ingress");
    }
    if (!SecurityFilters.ingress(walk, groups, "workload " + workload.id(), subnet.vpcId())) {
      return false;
    }
    walk.hop(hop(workload, subnet));
    walk.enterZone(subnet.zone());
    return true;
  }
}
