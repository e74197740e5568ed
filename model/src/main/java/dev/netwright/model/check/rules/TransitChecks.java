package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.path.TransitRoutes;
import java.util.List;
import java.util.Optional;

/** What the transit gateway and hosted zone rules share: an endpoint's DNS name, the zone that answers it, a VPC's attachments. */
final class TransitChecks {
  private TransitChecks() {
  }

  /** The DNS name of an interface endpoint's service in its VPC's region ({@code ssm.us-east-1.amazonaws.com}). */
  static Optional<String> hostname(Topology topology, InterfaceEndpoint endpoint) {
    return topology.find(endpoint.vpcId(), Vpc.class).map(vpc -> ServiceName.hostname(
        ServiceName.regionOf(endpoint.service()).orElse(vpc.region()), ServiceName.shortName(endpoint.service())));
  }

  /** The zone associated with {@code vpc} that answers {@code hostname}, when there is one. */
  static Optional<HostedZone> zoneFor(Topology topology, ElementId vpc, String hostname) {
    return topology.hostedZonesOf(vpc).stream().filter(zone -> zone.covers(hostname)).findFirst();
  }

  /** {@code vpc}'s attachment to a transit gateway {@code others} (the other VPC's attachments) share; a look-up per gateway. */
  static Optional<TransitGatewayVpcAttachment> sharedGateway(TransitRoutes routes, ElementId vpc,
      List<TransitGatewayVpcAttachment> others) {
    for (TransitGatewayVpcAttachment theirs : others) {
      TransitGatewayVpcAttachment mine = routes.attachment(vpc, theirs.transitGatewayId());
      if (mine != null) {
        return Optional.of(mine);
      }
    }
    return Optional.empty();
  }

  /** The address a check uses for an endpoint: the first host of its first subnet; empty when it has none. */
  static Optional<Integer> addressOf(Topology topology, InterfaceEndpoint endpoint) {
    return endpoint.subnetIds().stream().map(id -> topology.find(id, Subnet.class)).flatMap(Optional::stream).findFirst()
        .map(subnet -> host(subnet.cidr()));
  }

  /** {@link #addressOf(Topology, InterfaceEndpoint)}, its subnets read through {@code design}. */
  static Optional<Integer> addressOf(dev.netwright.model.check.DesignReads design, InterfaceEndpoint endpoint) {
    return endpoint.subnetIds().stream().map(id -> design.find(id, Subnet.class)).flatMap(Optional::stream).findFirst()
        .map(subnet -> host(subnet.cidr()));
  }

  static int host(Cidr cidr) {
    return cidr.size() > 4 ? cidr.network() + 4 : cidr.network();
  }
}
