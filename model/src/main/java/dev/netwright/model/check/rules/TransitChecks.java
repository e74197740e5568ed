package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.path.TransitRoutes;
import java.util.List;
import java.util.Optional;

/** What the transit gateway and hosted zone rules share: a VPC's attachment to a shared gateway, an endpoint's address. */
final class TransitChecks {
  private TransitChecks() {
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

  /** The address a check uses for an endpoint: the first host of its first subnet (read through {@code design}); empty when it has none. */
  static Optional<Integer> addressOf(dev.netwright.model.check.DesignReads design, InterfaceEndpoint endpoint) {
    return endpoint.subnetIds().stream().map(id -> design.find(id, Subnet.class)).flatMap(Optional::stream).findFirst()
        .map(subnet -> host(subnet.cidr()));
  }

  static int host(Cidr cidr) {
    return cidr.size() > 4 ? cidr.network() + 4 : cidr.network();
  }
}
