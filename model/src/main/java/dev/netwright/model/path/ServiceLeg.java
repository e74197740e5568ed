package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * How a subnet reaches an AWS service by name: through a gateway endpoint when its route table has
 * the service's prefix-list route; else through an interface endpoint whose private DNS makes the
 * service's name resolve to it inside the VPC; else the name resolves to the public endpoint and
 * the packet follows the default route (NAT gateway, internet gateway).
 */
final class ServiceLeg {
  private ServiceLeg() {
  }

  static boolean reach(Walk walk, VpcSlice slice, Subnet source, ElementId table, String service) {
    Vpc vpc = slice.vpc;
    PublicDestination plain = PublicDestination.service(service, vpc.region(), null);
    boolean vpcDns = vpc.dnsSupport() && vpc.dnsHostnames();
    HostedZone zone = vpcDns ? zoneFor(slice, plain.hostname()) : null;
    if (zone != null) {
      return throughZone(walk, slice, source, table, zone, plain.hostname(), service);
    }
    List<InterfaceEndpoint> endpoints = slice.interfaceEndpointsFor(service);
    boolean interfaceFirst = false;
    for (InterfaceEndpoint endpoint : endpoints) {
      interfaceFirst |= endpoint.privateDns() && vpcDns
          && endpoint.privateDnsOnlyForInboundResolverEndpoint() == InboundResolverDns.ALL_RESOLVERS;
    }
    if (plain.gatewayCapable() && !interfaceFirst) {
      Optional<Link> route = slice.graph.publicRoute(table, service);
      if (route.isPresent() && route.get().type == Link.Type.PREFIX_LIST) {
        return Router.toPublic(walk, slice, table, plain, true);
      }
    }
    for (InterfaceEndpoint endpoint : endpoints) {
      if (endpoint.privateDns() && vpcDns && answersTheVpc(endpoint)) {
        return EndpointLeg.reach(walk, slice, table, List.of(source.cidr()), endpoint, service);
      }
    }
    if (endpoints.isEmpty()) {
      return Router.toPublic(walk, slice, table, plain, true);
    }
    InterfaceEndpoint endpoint = endpoints.get(0);
    String dnsNote = endpoint.privateDns()
        ? "VPC " + vpc.id() + " has " + missingDnsFlags(vpc) + " off, so private DNS on " + endpoint.id() + " does not take effect and "
            + plain.hostname() + " resolves to the public service"
        : "private DNS is off on " + endpoint.id() + ", so " + plain.hostname() + " resolves to the public service";
    boolean reached = Router.toPublic(walk, slice, table, PublicDestination.service(service, vpc.region(), dnsNote), true);
    if (!reached) {
      walk.block(endpoint.id(), dnsNote + "; " + walk.blocked().reason());
    }
    return reached;
  }

  /**
   * Whether the endpoint's private DNS answers queries from inside its VPC: always, except for an
   * endpoint whose DNS option keeps its addresses for a Resolver inbound endpoint's queries.
   */
  static boolean answersTheVpc(InterfaceEndpoint endpoint) {
    return endpoint.privateDnsOnlyForInboundResolverEndpoint() != InboundResolverDns.ONLY_INBOUND_RESOLVER;
  }

  /** The private hosted zone associated with the VPC that answers {@code hostname}: the most specific, else the first. */
  static HostedZone zoneFor(VpcSlice slice, String hostname) {
    HostedZone best = null;
    for (HostedZone zone : slice.hostedZones) {
      if (zone.covers(hostname) && (best == null || zone.domain().length() > best.domain().length())) {
        best = zone;
      }
    }
    return best;
  }

  /**
   * The service's name is answered by a private hosted zone of the VPC: its alias record names the
   * interface endpoint the traffic goes to (in this VPC or, shared, in another one reached through a
   * transit gateway or a peering connection); without a record the name does not resolve at all.
   */
  private static boolean throughZone(Walk walk, VpcSlice slice, Subnet source, ElementId table, HostedZone zone, String hostname,
      String service) {
    Optional<AliasRecord> record = zone.recordFor(hostname);
    if (record.isEmpty()) {
      walk.hop(new Hop(zone.id().value(), Hop.HOSTED_ZONE, zone.domain() + ": no record for " + hostname));
      return walk.block(zone, "private hosted zone " + zone.id() + " (" + zone.domain() + ") answers for " + hostname + " in VPC "
          + slice.id() + " but has no record for it, so the name does not resolve (add an alias record to the endpoint)");
    }
    walk.hop(new MemoKey(Hop.HOSTED_ZONE, zone, hostname), () -> new Hop(zone.id().value(), Hop.HOSTED_ZONE,
        hostname + " -> " + record.get().endpointId()));
    Optional<InterfaceEndpoint> endpoint = walk.element(record.get().endpointId(), InterfaceEndpoint.class);
    if (endpoint.isEmpty()) {
      return walk.block(zone, "the record " + record.get().recordName() + " of private hosted zone " + zone.id() + " names "
          + record.get().endpointId() + ", which is not an interface endpoint of the design");
    }
    return EndpointLeg.reach(walk, slice, table, List.of(source.cidr()), endpoint.get(), service);
  }

  private static String missingDnsFlags(Vpc vpc) {
    if (!vpc.dnsSupport() && !vpc.dnsHostnames()) {
      return "DNS support and DNS hostnames";
    }
    return vpc.dnsSupport() ? "DNS hostnames" : "DNS support";
  }
}
