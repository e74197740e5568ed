package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.topology.Subnet;
import java.util.List;

/**
 * Where a packet is going, as the filters on its way see it: its addresses (null when Netwright's
 * data does not know them, {@code unknown} saying why), the subnet it enters (null when it leaves
 * the VPCs), the security groups its receiver carries, and the managed prefix list it belongs to.
 */
record Destination(String label, List<Cidr> addresses, String unknown, Subnet subnet, List<ElementId> groups,
    PrefixListId prefixList) {

  static Destination inSubnet(String label, Subnet subnet, Cidr block, List<ElementId> groups) {
    return new Destination(label, List.of(block), null, subnet, groups, null);
  }

  /** Addresses outside the design's subnets: on-premises networks, a peer's block seen through a NAT. */
  static Destination outside(String label, List<Cidr> blocks) {
    return new Destination(label, blocks, null, null, List.of(), null);
  }

  static Destination publicRanges(String label, List<Cidr> blocks, PrefixListId prefixList) {
    return new Destination(label, blocks, null, null, List.of(), prefixList);
  }

  static Destination unknownRanges(String label, String unknown, PrefixListId prefixList) {
    return new Destination(label, null, unknown, null, List.of(), prefixList);
  }

  /** The same addresses, entering {@code next} first (a NAT gateway's subnet on the way). */
  Destination via(Subnet next) {
    return new Destination(label, addresses, unknown, next, groups, prefixList);
  }

  boolean known() {
    return addresses != null;
  }

  /** The blocks to check rules against: the known ones, else the whole public address space. */
  List<Cidr> blocks() {
    return known() ? addresses : PacketSpace.PUBLIC;
  }
}
