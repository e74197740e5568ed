package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Path questions across a transit gateway's VPN attachment: from the on-premises networks behind it
 * (to a subnet, a workload, an interface endpoint, or a service by name), and from a subnet to those
 * networks.
 *
 * <p>On-premises resolves a service's name privately only through a Route 53 Resolver inbound
 * endpoint: the name is answered as the Resolver endpoint's VPC would answer it (a private hosted
 * zone associated with that VPC, else an interface endpoint of that VPC with private DNS, whatever
 * its DNS option), and the traffic then goes to that endpoint through the transit gateway. Without
 * a Resolver endpoint that answers it, the name resolves to the public service, which on-premises
 * reaches over the internet, outside the design. A gateway endpoint never serves on-premises.
 */
final class TransitQuestions {
  private TransitQuestions() {
  }

  static PathAnswer ask(TopologyIndex index, PriceTable prices, TransitGatewayVpnAttachment vpn, Target target, Traffic traffic) {
    Hop first = new Hop(vpn.id().value(), Hop.TRANSIT_GATEWAY_ATTACHMENT, "VPN from on-premises " + TransitLeg.cidrs(vpn.onPremisesCidrs()));
    if (vpn.onPremisesCidrs().isEmpty()) {
      return blocked(vpn, target, first, "VPN attachment " + vpn.id() + " lists no on-premises networks, so no traffic comes from"
          + " behind it");
    }
    if (target.kind() == Target.Kind.INTERNET) {
      return blocked(vpn, target, first, "Netwright does not follow on-premises traffic to the internet through transit gateway "
          + vpn.transitGatewayId() + " (only to the VPCs and endpoints of the design)");
    }
    if (target.isService()) {
      return toService(index, prices, vpn, target, first);
    }
    Element element = index.topology().find(target.elementId())
        .orElseThrow(() -> new NetwrightException("there is no element " + target.name() + " to reach"));
    Subnet subnet = subnetOf(index, element);
    VpcSlice slice = index.slice(subnet.vpcId());
    Walk walk = start(index, prices, slice, vpn, first, target.isService() ? Traffic.HTTPS : traffic);
    if (element instanceof InterfaceEndpoint endpoint) {
      toEndpoint(walk, vpn, endpoint, null);
    } else {
      Cidr block = element instanceof Workload workload ? workload.address().map(address -> address.asCidr()).orElse(subnet.cidr())
          : subnet.cidr();
      String what = element.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + element.id() + " (" + block + ")";
      Delivery delivery = TransitLeg.fromOnPremises(walk, vpn, Router.hostOf(block), what, subnet);
      if (delivered(walk, vpn, delivery, subnet, element.id()) && delivery.repliesComeBack(walk, subnet, vpn.onPremisesCidrs())
          && Crossings.enter(walk, subnet)) {
        if (element instanceof Workload workload) {
          WorkloadLeg.arrive(walk, workload, subnet);
        } else {
          walk.hop(slice.subnetHop(slice.indexOf(subnet.id())));
        }
      }
    }
    return walk.answer(vpn.id().value(), target.text());
  }

  private static Subnet subnetOf(TopologyIndex index, Element element) {
    ElementId subnetId = element instanceof Subnet subnet ? subnet.id() : element instanceof Workload workload ? workload.subnetId()
        : element instanceof InterfaceEndpoint endpoint && !endpoint.subnetIds().isEmpty() ? endpoint.subnetIds().get(0) : null;
    Optional<Subnet> subnet = subnetId == null ? Optional.empty() : index.topology().find(subnetId, Subnet.class);
    if (subnet.isEmpty() || index.slice(subnet.get().vpcId()) == null) {
      throw new NetwrightException(element.id() + " is " + Router.article(element) + "; from on-premises through a transit gateway a"
          + " path can end at a subnet, a workload or an interface endpoint placed in a subnet, or at s3, dynamodb or service:NAME");
    }
    return subnet.get();
  }

  private static Walk start(TopologyIndex index, PriceTable prices, VpcSlice slice, TransitGatewayVpnAttachment vpn, Hop first,
      Traffic traffic) {
    Walk walk = new Walk(index, slice, new Reads(), prices.forRegion(slice.vpc.region()));
    walk.read(vpn.id());
    walk.hop(first);
    walk.start(new Sender.OnPremises(vpn.onPremisesCidrs()), traffic);
    return walk;
  }

  private static boolean delivered(Walk walk, TransitGatewayVpnAttachment vpn, Delivery delivery, Subnet subnet, ElementId wanted) {
    if (delivery == null) {
      return false;
    }
    if (!delivery.reaches(subnet.vpcId())) {
      return walk.block(vpn, "transit gateway " + vpn.transitGatewayId() + " delivers traffic for " + wanted + " to " + delivery.where()
          + ", but " + wanted + " is in " + subnet.vpcId());
    }
    return true;
  }

  private static boolean toEndpoint(Walk walk, TransitGatewayVpnAttachment vpn, InterfaceEndpoint endpoint, String service) {
    Optional<Subnet> chosen = EndpointLeg.chooseInterface(walk, endpoint);
    if (chosen.isEmpty()) {
      return false;
    }
    Subnet eni = chosen.get();
    walk.send(Traffic.HTTPS);
    String what = "the network interface of " + endpoint.id() + " in " + eni.id() + " (" + eni.cidr() + ")";
    Delivery delivery = TransitLeg.fromOnPremises(walk, vpn, Router.hostOf(eni.cidr()), what, eni);
    return delivered(walk, vpn, delivery, eni, endpoint.id()) && delivery.repliesComeBack(walk, eni, vpn.onPremisesCidrs())
        && EndpointLeg.arrive(walk, eni, endpoint, service);
  }

  /** A service by name: resolved through a Resolver inbound endpoint, then reached at the endpoint its answer names. */
  private static PathAnswer toService(TopologyIndex index, PriceTable prices, TransitGatewayVpnAttachment vpn, Target target, Hop first) {
    List<ResolverEndpoint> resolvers = index.topology().resolverEndpoints();
    String service = target.name();
    for (ResolverEndpoint resolver : resolvers) {
      VpcSlice resolverVpc = index.slice(resolver.vpcId());
      if (resolverVpc == null) {
        continue;
      }
      String hostname = PublicDestination.service(service, resolverVpc.vpc.region(), null).hostname();
      HostedZone zone = ServiceLeg.zoneFor(resolverVpc, hostname);
      Optional<AliasRecord> record = zone == null ? Optional.empty() : zone.recordFor(hostname);
      InterfaceEndpoint endpoint = record.flatMap(found -> index.topology().find(found.endpointId(), InterfaceEndpoint.class))
          .orElse(null);
      if (endpoint == null && zone == null) {
        endpoint = resolverVpc.interfaceEndpointsFor(service).stream().filter(InterfaceEndpoint::privateDns).findFirst().orElse(null);
      }
      if (endpoint == null || index.slice(endpoint.vpcId()) == null) {
        continue;
      }
      Walk walk = start(index, prices, index.slice(endpoint.vpcId()), vpn, first, Traffic.HTTPS);
      walk.read(resolver.id());
      String answer = zone == null ? "private DNS of " + endpoint.id() : "private hosted zone " + zone.id() + ": " + hostname + " -> "
          + endpoint.id();
      walk.hop(new Hop(zone == null ? resolver.id().value() : zone.id().value(), Hop.HOSTED_ZONE, "asked through Resolver endpoint "
          + resolver.id() + " in " + resolver.vpcId() + ", answered by " + answer));
      toEndpoint(walk, vpn, endpoint, service);
      return walk.answer(vpn.id().value(), target.text());
    }
    String why = resolvers.isEmpty()
        ? "the on-premises network behind " + vpn.id() + " resolves " + service + " to its public addresses: no Route 53 Resolver"
            + " inbound endpoint answers it with an interface endpoint's (add one in a VPC whose DNS knows the endpoint)"
        : "no Route 53 Resolver inbound endpoint of the design answers " + service + " with an interface endpoint (its VPC has no"
            + " private hosted zone or endpoint with private DNS for it), so on-premises reaches it only over the internet";
    return blocked(vpn, target, first, why);
  }

  private static PathAnswer blocked(TransitGatewayVpnAttachment vpn, Target target, Hop first, String reason) {
    return new PathAnswer(vpn.id().value(), target.text(), false, false, false, false, null, List.of(first),
        new Blocked(vpn.id().value(), reason), 0.0);
  }
}
