package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last leg to an interface endpoint: pick its network interface (in the source's Availability
 * Zone when it has one there, else another zone's, at a cross-AZ cost), route to it, and pass its
 * security groups, which must admit TCP 443 from the source.
 *
 * <p>A rule that admits another security group admits a workload that carries it; a subnet as the
 * source stands for any workload there, so such a rule of its own VPC admits it. A rule that admits
 * a prefix list admits no subnet.
 */
final class EndpointLeg {

  private EndpointLeg() {
  }

  /**
   * Takes the walk from a subnet to {@code endpoint}. {@code table} is the source subnet's route
   * table. {@code service} names the service hop to end on, or null when the endpoint itself is
   * the target.
   */
  static boolean reach(Walk walk, VpcSlice source, ElementId table, List<Cidr> sources, InterfaceEndpoint endpoint, String service) {
    return reach(walk, source, table, null, sources, endpoint, service);
  }

  /** From on-premises: the traffic came in through {@code vpn}, and the replies must go back through it. */
  static boolean reachFromOnPremises(Walk walk, VpcSlice source, ElementId vpn, List<Cidr> sources, InterfaceEndpoint endpoint,
      String service) {
    return reach(walk, source, null, vpn, sources, endpoint, service);
  }

  private static boolean reach(Walk walk, VpcSlice source, ElementId table, ElementId vpn, List<Cidr> sources,
      InterfaceEndpoint endpoint, String service) {
    Optional<Subnet> chosen = chooseInterface(walk, endpoint);
    if (chosen.isEmpty()) {
      return false;
    }
    Subnet eni = chosen.get();
    walk.send(Traffic.HTTPS);
    if (table != null) {
      String what = walk.text(new MemoKey("eni-route", endpoint.id(), eni),
          () -> "the network interface of " + endpoint.id() + " in " + eni.id() + " (" + eni.cidr() + ")");
      Delivery delivery = Router.toPrivate(walk, source, table, Router.hostOf(eni.cidr()), what);
      if (delivery == null) {
        return false;
      }
      if (!delivery.reaches(endpoint.vpcId())) {
        return walk.block(table, "route table " + table + " delivers " + eni.cidr() + " to " + delivery.where()
            + ", but " + endpoint.id() + " is in " + endpoint.vpcId());
      }
      if (!delivery.repliesComeBack(walk, eni, sources)) {
        return false;
      }
    } else if (vpn != null && !Replies.comeBack(walk, eni, sources, vpn)) {
      return false;
    }
    return arrive(walk, eni, endpoint, service);
  }

  /**
   * The packet, delivered to the endpoint's VPC (and its replies' way back checked), crosses into the
   * subnet of the endpoint's network interface {@code eni} and passes its security groups.
   */
  static boolean arrive(Walk walk, Subnet eni, InterfaceEndpoint endpoint, String service) {
    String what = walk.text(new MemoKey("eni", endpoint.id(), eni), () -> "the network interface of " + endpoint.id() + " in " + eni.id());
    if (!Crossings.leave(walk, Destination.inSubnet(what, eni, eni.cidr(), endpoint.securityGroupIds())) || !Crossings.enter(walk, eni)) {
      return false;
    }
    walk.enterZone(eni.zone());
    if (!admitted(walk, endpoint)) {
      return false;
    }
    walk.hop(new MemoKey(Hop.INTERFACE_ENDPOINT, endpoint, eni), () -> new Hop(endpoint.id().value(), Hop.INTERFACE_ENDPOINT,
        fullName(walk, endpoint) + ", interface in " + eni.id() + ", " + eni.zone()));
    walk.useEndpoint(endpoint.id());
    walk.charge(walk.prices.interfaceEndpointPerGb());
    if (service != null) {
      walk.hop(new MemoKey(Hop.SERVICE, service), () -> new Hop(service, Hop.SERVICE, ""));
    }
    return true;
  }

  static Optional<Subnet> chooseInterface(Walk walk, InterfaceEndpoint endpoint) {
    Subnet first = null;
    for (ElementId subnetId : endpoint.subnetIds()) {
      Optional<Subnet> subnet = walk.element(subnetId, Subnet.class);
      if (subnet.isEmpty()) {
        continue;
      }
      if (subnet.get().zone().equals(walk.zone())) {
        return subnet;
      }
      if (first == null) {
        first = subnet.get();
      }
    }
    if (first == null) {
      walk.block(endpoint, "interface endpoint " + endpoint.id() + " is placed in no subnet, so it has no network interface to send traffic to");
    }
    return Optional.ofNullable(first);
  }

  /**
   * The endpoint's security groups must admit TCP 443 from the sender. A rule naming a group admits
   * the sender when it carries that group: a workload by its own groups, a subnet (any workload
   * there) when the group is of the endpoint's VPC, the on-premises networks never.
   */
  private static boolean admitted(Walk walk, InterfaceEndpoint endpoint) {
    List<SecurityGroup> groups = new ArrayList<>();
    if (endpoint.securityGroupIds().isEmpty()) {
      Optional<SecurityGroup> fallback = walk.slice(endpoint.vpcId()).flatMap(VpcSlice::defaultSecurityGroup);
      if (fallback.isEmpty()) {
        return walk.block(endpoint, "interface endpoint " + endpoint.id() + " names no security group, so AWS attaches the default"
            + " security group of " + endpoint.vpcId() + ", which admits only its own members");
      }
      groups.add(fallback.get());
    } else {
      for (ElementId id : endpoint.securityGroupIds()) {
        walk.element(id, SecurityGroup.class).ifPresent(groups::add);
      }
    }
    if (groups.isEmpty()) {
      return walk.block(endpoint, "the security groups of interface endpoint " + endpoint.id() + " do not exist");
    }
    return SecurityFilters.ingress(walk, groups, endpoint.id().value(), endpoint.vpcId());
  }

  private static String fullName(Walk walk, InterfaceEndpoint endpoint) {
    if (ServiceNames.regionOf(endpoint.service()).isPresent() || endpoint.service().startsWith("com.")) {
      return endpoint.service();
    }
    return walk.element(endpoint.vpcId(), Vpc.class).map(vpc -> ServiceName.full(vpc.region(), endpoint.service()))
        .orElse(endpoint.service());
  }
}
