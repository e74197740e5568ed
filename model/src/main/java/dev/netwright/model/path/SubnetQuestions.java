package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.Optional;

/** Path questions that start in a subnet: the first hop, its route table, then the leg the target calls for. */
final class SubnetQuestions {
  private SubnetQuestions() {
  }

  /** Asks from the subnet at {@code index} of the slice's subnets, for {@code sender} there (a workload, or the subnet itself). */
  static void ask(Walk walk, VpcSlice slice, int index, PathEngine.Question question, Sender sender) {
    Subnet source = slice.subnets.get(index);
    Target target = question.target();
    if (sender instanceof Sender.OneWorkload one) {
      walk.hop(WorkloadLeg.hop(one.workload(), source));
    }
    walk.markSenderSlot();
    walk.hop(slice.subnetHop(index));
    walk.markSourceSlot();
    walk.enterZone(source.zone());
    walk.start(sender, target.isService() ? Traffic.HTTPS : question.traffic());
    if (source.id().equals(question.element()) && sender instanceof Sender.AnyWorkload) {
      return;
    }
    ElementId table = slice.tableOfSubnet(index);
    if (table == null) {
      walk.block(source, "subnet " + source.id() + " has no route table: it has no explicit association and VPC " + slice.id()
          + " has no main route table");
      return;
    }
    switch (target.kind()) {
      case S3:
      case DYNAMODB:
      case SERVICE:
        ServiceLeg.reach(walk, slice, source, table, target.name());
        return;
      case INTERNET:
        Router.toPublic(walk, slice, table, PublicDestination.internet(slice.vpc.region()), true);
        return;
      default:
        toElement(walk, slice, source, table, question.element());
    }
  }

  private static void toElement(Walk walk, VpcSlice slice, Subnet source, ElementId table, ElementId targetId) {
    Element element = walk.element(targetId).orElseThrow(() -> new NetwrightException("there is no element " + targetId + " to reach"));
    if (element instanceof Subnet subnet) {
      Delivery delivery = Router.toPrivate(walk, slice, table, Router.hostOf(subnet.cidr()), "subnet " + subnet.id() + " (" + subnet.cidr() + ")");
      if (arrived(walk, table, delivery, subnet.vpcId(), subnet.id(), subnet.cidr())
          && delivery.repliesComeBack(walk, subnet, List.of(source.cidr()))
          && Crossings.leave(walk, Destination.inSubnet("subnet " + subnet.id(), subnet, subnet.cidr(), List.of()))
          && Crossings.enter(walk, subnet)) {
        walk.hop(new Hop(subnet.id().value(), Hop.SUBNET, subnet.cidr() + " in " + subnet.zone()));
        walk.enterZone(subnet.zone());
      }
    } else if (element instanceof Workload workload) {
      WorkloadLeg.reach(walk, slice, source, table, workload);
    } else if (element instanceof InterfaceEndpoint endpoint) {
      walk.send(Traffic.HTTPS);
      EndpointLeg.reach(walk, slice, table, List.of(source.cidr()), endpoint, null);
    } else if (element instanceof NatGateway nat) {
      Optional<Subnet> home = walk.element(nat.subnetId(), Subnet.class);
      if (home.isEmpty()) {
        walk.block(nat, "NAT gateway " + nat.id() + " sits in subnet " + nat.subnetId() + ", which does not exist");
        return;
      }
      Subnet subnet = home.get();
      Delivery delivery = Router.toPrivate(walk, slice, table, Router.hostOf(subnet.cidr()), "NAT gateway " + nat.id() + " in " + subnet.id());
      if (arrived(walk, table, delivery, subnet.vpcId(), nat.id(), subnet.cidr())
          && Crossings.leave(walk, Destination.inSubnet("NAT gateway " + nat.id(), subnet, subnet.cidr(), List.of()))
          && Crossings.enter(walk, subnet)) {
        walk.hop(nat.id(), Hop.NAT_GATEWAY, "in " + subnet.id() + ", " + subnet.zone());
        walk.enterZone(subnet.zone());
      }
    } else if (element instanceof VpnGateway vpn) {
      toOnPremises(walk, slice, table, vpn);
    } else if (element instanceof Vpc vpc && vpc.external()) {
      toExternalVpc(walk, slice, table, vpc);
    } else if (element instanceof TransitGatewayVpnAttachment vpn) {
      toOnPremises(walk, slice, source, table, vpn);
    } else {
      throw new NetwrightException(targetId + " is " + Router.article(element) + "; a path can end at a subnet, a workload, an interface"
          + " endpoint, a NAT gateway, a VPN gateway, a transit gateway VPN attachment or an external VPC, or at s3, dynamodb, internet"
          + " or service:NAME");
    }
  }

  /**
   * An external VPC is known only by its blocks: the path is answered up to the peer VPC (the route
   * and the peering connection that deliver to its primary block); its own route tables, network
   * ACLs and security groups are not in the design, so the answer says nothing of them.
   */
  private static void toExternalVpc(Walk walk, VpcSlice slice, ElementId table, Vpc vpc) {
    String what = "external VPC " + vpc.id() + " (" + vpc.primaryCidr() + ")";
    Delivery delivery = Router.toPrivate(walk, slice, table, Router.hostOf(vpc.primaryCidr()), what);
    if (arrived(walk, table, delivery, vpc.id(), vpc.id(), vpc.primaryCidr())) {
      walk.hop(new Hop(vpc.id().value(), Hop.VPC, "external VPC" + (vpc.hasAccount() ? " of account " + vpc.accountId() : "")
          + " in " + vpc.region() + ", reachable up to the peer VPC (its own routes and security groups are not in the design)"));
    }
  }

  static boolean arrived(Walk walk, ElementId table, Delivery delivery, ElementId wantedVpc, ElementId wanted, Cidr cidr) {
    if (delivery == null) {
      return false;
    }
    if (!delivery.reaches(wantedVpc)) {
      return walk.block(table, "route table " + table + " delivers " + cidr + " to " + delivery.where() + ", but " + wanted + " is in "
          + wantedVpc);
    }
    return true;
  }

  /** Every on-premises network behind a transit gateway's VPN attachment must be reachable, and answer back; the hops shown are the first's. */
  private static void toOnPremises(Walk walk, VpcSlice slice, Subnet source, ElementId table, TransitGatewayVpnAttachment vpn) {
    List<Cidr> networks = vpn.onPremisesCidrs();
    if (networks.isEmpty()) {
      walk.block(vpn, "VPN attachment " + vpn.id() + " lists no on-premises networks to reach");
      return;
    }
    for (int i = 0; i < networks.size(); i++) {
      Cidr network = networks.get(i);
      Walk leg = i == 0 ? walk : walk.fork();
      String what = "the on-premises network " + network + " behind " + vpn.id();
      Delivery delivery = Router.toPrivate(leg, slice, table, network.network(), what);
      if (delivery != null && (delivery.transit() == null || delivery.transit().vpn() == null
          || !delivery.transit().vpn().id().equals(vpn.id()))) {
        leg.block(table, "route table " + table + " sends " + network + " to " + delivery.where() + ", not to VPN attachment " + vpn.id());
      } else if (delivery != null && delivery.repliesComeBack(leg, null, List.of(source.cidr()))) {
        Crossings.leave(leg, Destination.outside(what, List.of(network)));
      }
      if (leg.blocked() != null) {
        if (leg != walk) {
          walk.block(leg.blocked().id(), leg.blocked().reason());
        }
        return;
      }
    }
  }

  /** Every on-premises network behind the VPN gateway must be reachable; the hops shown are those to the first. */
  private static void toOnPremises(Walk walk, VpcSlice slice, ElementId table, VpnGateway vpn) {
    List<Cidr> networks = vpn.onPremisesCidrs();
    if (networks.isEmpty()) {
      walk.block(vpn, "VPN gateway " + vpn.id() + " lists no on-premises networks to reach");
      return;
    }
    for (int i = 0; i < networks.size(); i++) {
      Cidr network = networks.get(i);
      Walk leg = i == 0 ? walk : walk.fork();
      String what = walk.text(new MemoKey("on-premises", network, vpn.id()), () -> "the on-premises network " + network + " behind " + vpn.id());
      Delivery delivery = Router.toPrivate(leg, slice, table, network.network(), what);
      if (delivery != null && (delivery.onPremises() == null || !delivery.onPremises().id().equals(vpn.id()))) {
        String where = delivery.onPremises() != null ? "VPN gateway " + delivery.onPremises().id() : delivery.where();
        leg.block(table, "route table " + table + " sends " + network + " to " + where + ", not to VPN gateway " + vpn.id());
      } else if (delivery != null) {
        Crossings.leave(leg, Destination.outside(what, List.of(network)));
      }
      if (leg.blocked() != null) {
        if (leg != walk) {
          walk.block(leg.blocked().id(), leg.blocked().reason());
        }
        return;
      }
    }
  }
}
