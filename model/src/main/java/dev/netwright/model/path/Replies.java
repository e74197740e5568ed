package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.List;
import java.util.Optional;

/**
 * The way back: traffic that crossed a peering connection or came in through a VPN gateway only
 * works if the replies find their way home. The route table of the subnet that answers must send
 * the source's addresses back through the same peering connection or VPN gateway. (Inside one VPC
 * the local route always brings replies back, and a NAT gateway answers for the addresses it
 * translated, so only these two cases are checked.)
 */
final class Replies {
  private Replies() {
  }

  /**
   * The way back across a transit gateway: the answering subnet's route table must send the
   * sources to the gateway, the attachment the packet left by must have a subnet in the answering
   * subnet's zone (else the replies cannot reach the gateway), and the route table of that
   * attachment must send the sources back to the attachment the packet arrived on (not to a
   * blackhole, another attachment or nowhere). For a destination on-premises, only the last.
   */
  static boolean comeBackThroughTransit(Walk walk, Subnet destination, List<Cidr> sources, Delivery.Transit transit) {
    if (destination != null) {
      if (!comeBack(walk, destination, sources, transit.gateway())) {
        return false;
      }
      Optional<TransitGatewayVpcAttachment> left = walk.element(transit.leftOn(), TransitGatewayVpcAttachment.class);
      boolean inZone = left.isPresent() && left.get().subnetIds().stream().map(id -> walk.element(id, Subnet.class))
          .anyMatch(subnet -> subnet.isPresent() && subnet.get().zone().equals(destination.zone()));
      if (!inZone) {
        return walk.block(transit.leftOn().value(), "attachment " + transit.leftOn() + " has no subnet in " + destination.zone()
            + ", so replies from " + destination.id() + " cannot reach transit gateway " + transit.gateway());
      }
    }
    ElementId table = walk.transit().tableOf(transit.leftOn(), transit.gateway());
    if (table == null) {
      return walk.block(transit.leftOn().value(), "attachment " + transit.leftOn() + " is associated with no route table of transit"
          + " gateway " + transit.gateway() + ", so replies to " + sources.get(0) + " are dropped");
    }
    walk.read(table);
    for (Cidr source : sources) {
      TransitRoutes.Entry back = walk.transit().lookup(table, Router.hostOf(source));
      if (back == null || back.blackhole() || !back.attachment().equals(transit.arrivedOn())) {
        String instead = back == null ? "" : back.blackhole() ? " (a blackhole drops them)" : " (it sends them to " + back.attachment() + ")";
        return walk.block(table.value(), "transit gateway route table " + table + " has no route back to " + source + " through "
            + transit.arrivedOn() + ", so replies from " + (destination == null ? "on-premises" : destination.id()) + " do not return"
            + instead);
      }
    }
    return true;
  }

  /** True when {@code destination}'s route table sends every source block back through {@code via}; else the walk is blocked there. */
  static boolean comeBack(Walk walk, Subnet destination, List<Cidr> sources, ElementId via) {
    Optional<VpcSlice> slice = walk.slice(destination.vpcId());
    if (slice.isEmpty()) {
      return walk.block(destination, "subnet " + destination.id() + " belongs to VPC " + destination.vpcId() + ", which does not exist");
    }
    Optional<ElementId> table = slice.get().graph.tableOf(destination.id());
    if (table.isEmpty()) {
      return walk.block(destination, "subnet " + destination.id() + " has no route table, so replies to " + sources.get(0)
          + " cannot return through " + via);
    }
    for (Cidr source : sources) {
      Optional<Link> back = slice.get().graph.longestPrefixMatch(table.get(), Router.hostOf(source));
      if (back.isEmpty() || back.get().type != Link.Type.ROUTE || !back.get().to.equals(via)) {
        String instead = back.isEmpty() ? "" : back.get().type == Link.Type.LOCAL ? " (it keeps them local)"
            : " (it sends them to " + back.get().to + ")";
        return walk.block(table.get(), "route table " + table.get() + " has no route back to " + source + " through " + via
            + ", so replies from " + destination.id() + " do not return" + instead);
      }
    }
    return true;
  }
}
