package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Subnet;
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
