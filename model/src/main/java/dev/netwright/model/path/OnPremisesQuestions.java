package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Path questions that start on-premises, behind a VPN gateway. Traffic arrives inside the
 * gateway's VPC and stays there: AWS routes it to the VPC's own addresses (subnets, endpoint
 * network interfaces) but not on through a NAT gateway, an internet gateway, a peering connection
 * or a gateway endpoint. So on-premises networks reach AWS services only through interface
 * endpoints. The subnet that answers must route the on-premises networks back to the VPN gateway
 * (by a static route or route propagation, which the design writes as a route).
 */
final class OnPremisesQuestions {
  private OnPremisesQuestions() {
  }

  static void ask(Walk walk, VpcSlice slice, VpnGateway vpn, Target target, Traffic traffic) {
    walk.hop(vpn.id(), Hop.VPN_GATEWAY, "on-premises " + Router.cidrs(vpn));
    walk.start(new Sender.OnPremises(vpn.onPremisesCidrs()), target.isService() ? Traffic.HTTPS : traffic);
    if (vpn.onPremisesCidrs().isEmpty()) {
      walk.block(vpn, "VPN gateway " + vpn.id() + " lists no on-premises networks, so no traffic comes from behind it");
      return;
    }
    switch (target.kind()) {
      case S3:
      case DYNAMODB:
      case SERVICE:
        toService(walk, slice, vpn, target.name());
        return;
      case INTERNET:
        walk.block(vpn, "traffic from the on-premises network behind " + vpn.id() + " cannot leave through the internet gateway or"
            + " a NAT gateway of " + slice.id() + " (AWS does not route VPN traffic on through them)");
        return;
      default:
        toElement(walk, slice, vpn, target.elementId());
    }
  }

  private static void toService(Walk walk, VpcSlice slice, VpnGateway vpn, String service) {
    List<InterfaceEndpoint> endpoints = slice.interfaceEndpointsFor(service);
    if (!endpoints.isEmpty()) {
      EndpointLeg.reachFromOnPremises(walk, slice, vpn.id(), vpn.onPremisesCidrs(), endpoints.get(0), service);
      return;
    }
    Optional<ElementId> gateway = slice.gatewayEndpointFor(service).map(endpoint -> endpoint.id());
    if (gateway.isPresent()) {
      walk.block(gateway.get(), "the on-premises network cannot use gateway endpoint " + gateway.get() + ": a gateway endpoint carries"
          + " only traffic from the subnets of " + slice.id() + "; an interface endpoint for " + service + " would serve it");
      return;
    }
    walk.block(vpn, "the on-premises network behind " + vpn.id() + " reaches " + service + " privately only through an interface"
        + " endpoint for " + service + " in " + slice.id() + ", and there is none");
  }

  private static void toElement(Walk walk, VpcSlice slice, VpnGateway vpn, ElementId targetId) {
    Element element = walk.element(targetId).orElseThrow(() -> new NetwrightException("there is no element " + targetId + " to reach"));
    if (element instanceof Subnet subnet) {
      if (inside(walk, slice, vpn, subnet.id(), subnet.vpcId()) && Replies.comeBack(walk, subnet, vpn.onPremisesCidrs(), vpn.id())
          && Crossings.enter(walk, subnet)) {
        walk.hop(new Hop(subnet.id().value(), Hop.SUBNET, subnet.cidr() + " in " + subnet.zone()));
      }
    } else if (element instanceof InterfaceEndpoint endpoint) {
      if (inside(walk, slice, vpn, endpoint.id(), endpoint.vpcId())) {
        EndpointLeg.reachFromOnPremises(walk, slice, vpn.id(), vpn.onPremisesCidrs(), endpoint, null);
      }
    } else if (element instanceof NatGateway nat) {
      Optional<Subnet> home = walk.element(nat.subnetId(), Subnet.class);
      if (home.isPresent() && inside(walk, slice, vpn, nat.id(), home.get().vpcId()) && Crossings.enter(walk, home.get())) {
        walk.hop(nat.id(), Hop.NAT_GATEWAY, "in " + home.get().id() + ", " + home.get().zone());
      } else if (home.isEmpty()) {
        walk.block(nat, "NAT gateway " + nat.id() + " sits in subnet " + nat.subnetId() + ", which does not exist");
      }
    } else if (element instanceof Workload workload) {
      Optional<Subnet> home = walk.element(workload.subnetId(), Subnet.class);
      if (home.isEmpty()) {
        walk.block(workload.id(), "workload " + workload.id() + " sits in subnet " + workload.subnetId() + ", which does not exist");
      } else if (inside(walk, slice, vpn, workload.id(), home.get().vpcId())
          && Replies.comeBack(walk, home.get(), vpn.onPremisesCidrs(), vpn.id())) {
        WorkloadLeg.arrive(walk, workload, home.get());
      }
    } else if (element instanceof VpnGateway other) {
      walk.block(vpn, other.id().equals(vpn.id()) ? "the source and the target are the same on-premises network"
          : "the on-premises networks behind " + vpn.id() + " and " + other.id() + " do not talk through AWS (VPN traffic is not routed"
              + " on to another VPN)");
    } else {
      throw new NetwrightException(targetId + " is " + Router.article(element) + "; a path can end at a subnet, an interface endpoint,"
          + " a NAT gateway or a VPN gateway, or at s3, dynamodb, internet or service:NAME");
    }
  }

  private static boolean inside(Walk walk, VpcSlice slice, VpnGateway vpn, ElementId target, ElementId targetVpc) {
    if (targetVpc.equals(slice.id())) {
      return true;
    }
    return walk.block(vpn, target + " is in " + targetVpc + ", but traffic arriving through " + vpn.id() + " stays in " + slice.id()
        + " (AWS does not route VPN traffic on through a peering connection)");
  }
}
