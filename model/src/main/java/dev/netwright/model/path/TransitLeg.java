package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * Across a transit gateway. A packet enters by its VPC's attachment, through the attachment's
 * network interface in the packet's Availability Zone (no attachment subnet in that zone: it cannot
 * reach the gateway at all); it is looked up, longest prefix first, in the route table associated
 * with that attachment; a blackhole drops it; a peering attachment hands it to the peer gateway,
 * which looks it up again in the table associated with the peering attachment; a VPC attachment
 * delivers it into its VPC through the attachment's interface in the same zone when it has one
 * (else another zone's, at a cross-AZ cost). An address of that VPC is delivered there; anything
 * else follows the route table of the attachment's subnet (an egress VPC's NAT gateway, say).
 *
 * <p>Charges: the gateway's processing per GB once, where the packet enters from a VPC or a VPN,
 * and inter-region transfer per GB across a peering attachment between regions.
 */
final class TransitLeg {
  private TransitLeg() {
  }

  /** Where a packet left the transit gateways: the exit attachment, the last gateway and the attachment it arrived on there. */
  private record Exit(TransitGatewayAttachment attachment, ElementId gateway, ElementId arrivedOn) {
    Delivery.Transit transit(TransitGatewayVpnAttachment vpn) {
      return new Delivery.Transit(gateway, arrivedOn, attachment.id(), vpn);
    }
  }

  /** From a route of {@code slice}'s VPC to {@code gateway}, toward a private address; null when the walk stopped. */
  static Delivery toPrivate(Walk walk, VpcSlice slice, TransitGateway gateway, int address, String what) {
    TransitGatewayVpcAttachment entry = enter(walk, slice, gateway, new Cidr(address, 32));
    if (entry == null) {
      return null;
    }
    Exit exit = lookUp(walk, gateway, entry.id(), address, what);
    return exit == null ? null : deliver(walk, exit, address, what);
  }

  /** From a route of {@code slice}'s VPC to {@code gateway}, toward the internet or a service's public endpoint; true when it arrived. */
  static boolean toPublic(Walk walk, VpcSlice slice, TransitGateway gateway, PublicDestination destination) {
    Destination filtered = Router.filtered(walk, destination);
    TransitGatewayVpcAttachment entry = enterTowards(walk, slice, gateway, filtered);
    if (entry == null) {
      return false;
    }
    // the public destination's first address stands for it in the look-up: 0.0.0.0/0 (or a broader route) matches it
    List<Cidr> blocks = filtered.blocks();
    int address = blocks.isEmpty() ? 0x08080808 : Router.hostOf(blocks.get(0));
    Exit exit = lookUp(walk, gateway, entry.id(), address, destination.label());
    if (exit == null) {
      return false;
    }
    if (!(exit.attachment() instanceof TransitGatewayVpcAttachment into)) {
      return walk.block(exit.attachment(), "transit gateway " + exit.gateway() + " sends " + destination.label() + " traffic to "
          + exit.attachment().id() + ", toward the on-premises network; Netwright does not follow it beyond the VPN");
    }
    Subnet arrival = intoVpc(walk, into, null);
    if (arrival == null) {
      return false;
    }
    Optional<VpcSlice> target = walk.slice(into.vpcId());
    if (target.isEmpty()) {
      return walk.block(into, "attachment " + into.id() + " attaches VPC " + into.vpcId() + ", which does not exist");
    }
    Optional<ElementId> table = target.get().graph.tableOf(arrival.id());
    if (table.isEmpty()) {
      return walk.block(arrival, "subnet " + arrival.id() + " of attachment " + into.id() + " has no route table");
    }
    return Router.toPublic(walk, target.get(), table.get(), destination, false);
  }

  /**
   * From the on-premises networks behind a VPN attachment toward a private address: the look-up in
   * the VPN attachment's route table and the way into the VPC; null when the walk stopped.
   */
  static Delivery fromOnPremises(Walk walk, TransitGatewayVpnAttachment vpn, int address, String what, Subnet toward) {
    Optional<TransitGateway> gateway = walk.element(vpn.transitGatewayId(), TransitGateway.class);
    if (gateway.isEmpty()) {
      walk.block(vpn, "VPN attachment " + vpn.id() + " belongs to transit gateway " + vpn.transitGatewayId() + ", which does not exist");
      return null;
    }
    if (!walk.crossTransit()) {
      walk.block(vpn, "routing loop: traffic comes back to transit gateway " + vpn.transitGatewayId());
      return null;
    }
    walk.hop(gatewayHop(gateway.get()));
    walk.charge(walk.prices.transitGatewayPerGb());
    Exit exit = lookUp(walk, gateway.get(), vpn.id(), address, what);
    if (exit == null) {
      return null;
    }
    if (exit.attachment() instanceof TransitGatewayVpcAttachment into) {
      if (intoVpc(walk, into, toward == null ? null : toward.zone()) == null) {
        return null;
      }
      return deliverInVpc(walk, exit, into, address, what);
    }
    return deliver(walk, exit, address, what);
  }

  /** The packet leaves its subnet for the gateway: through its VPC's attachment, in its own zone. */
  private static TransitGatewayVpcAttachment enter(Walk walk, VpcSlice slice, TransitGateway gateway, Cidr address) {
    return enterTowards(walk, slice, gateway, Destination.outside(address.toString(), List.of(address)));
  }

  private static TransitGatewayVpcAttachment enterTowards(Walk walk, VpcSlice slice, TransitGateway gateway, Destination beyond) {
    walk.read(gateway.id());
    if (!walk.crossTransit()) {
      walk.block(gateway, "routing loop: traffic comes back to transit gateway " + gateway.id());
      return null;
    }
    TransitGatewayVpcAttachment attachment = walk.transit().attachment(slice.id(), gateway.id());
    if (attachment == null) {
      walk.block(gateway, "VPC " + slice.id() + " is not attached to transit gateway " + gateway.id() + ", so its route to the gateway"
          + " leads nowhere (attach the VPC, one subnet per Availability Zone)");
      return null;
    }
    Subnet eni = null;
    for (ElementId subnetId : attachment.subnetIds()) {
      Element member = slice.member(subnetId);
      if (member instanceof Subnet subnet && subnet.zone().equals(walk.zone())) {
        eni = subnet;
        break;
      }
    }
    if (eni == null) {
      walk.block(attachment, "attachment " + attachment.id() + " of VPC " + slice.id() + " has no subnet in " + walk.zone()
          + ", so traffic from that zone cannot reach transit gateway " + gateway.id() + " (add a subnet of " + walk.zone()
          + " to the attachment)");
      return null;
    }
    if (!Crossings.leave(walk, beyond.via(eni))) {
      return null;
    }
    Subnet at = eni;
    walk.hop(new MemoKey(Hop.TRANSIT_GATEWAY_ATTACHMENT, attachment, at, "in"), () -> new Hop(attachment.id().value(),
        Hop.TRANSIT_GATEWAY_ATTACHMENT, "from " + slice.id() + ", interface in " + at.id() + ", " + at.zone()));
    walk.hop(gatewayHop(gateway));
    walk.charge(walk.prices.transitGatewayPerGb());
    return attachment;
  }

  private static Hop gatewayHop(TransitGateway gateway) {
    return new Hop(gateway.id().value(), Hop.TRANSIT_GATEWAY, gateway.region() + ", ASN " + gateway.amazonSideAsn());
  }

  /** Looks the address up from the attachment it arrived on, following peering attachments to other gateways. */
  private static Exit lookUp(Walk walk, TransitGateway gateway, ElementId arrivedOn, int address, String what) {
    TransitGateway here = gateway;
    ElementId on = arrivedOn;
    while (true) {
      ElementId tableId = walk.transit().tableOf(on, here.id());
      walk.read(on);
      if (tableId == null) {
        walk.block(on.value(), "attachment " + on + " is associated with no route table of transit gateway " + here.id()
            + ", so the gateway drops what arrives on it (associate it with a route table)");
        return null;
      }
      walk.read(tableId);
      TransitRoutes.Entry route = walk.transit().lookup(tableId, address);
      if (route == null) {
        walk.hop(new Hop(tableId.value(), Hop.TRANSIT_GATEWAY_ROUTE_TABLE, "no route"));
        walk.block(tableId.value(), "transit gateway route table " + tableId + " has no route to " + what);
        return null;
      }
      walk.hop(new Hop(tableId.value(), Hop.TRANSIT_GATEWAY_ROUTE_TABLE, route.text()));
      if (route.blackhole()) {
        walk.block(tableId.value(), "transit gateway route table " + tableId + " drops traffic for " + what + ": its route "
            + route.destination() + " is a blackhole");
        return null;
      }
      Optional<TransitGatewayAttachment> next = walk.element(route.attachment(), TransitGatewayAttachment.class);
      if (next.isEmpty()) {
        walk.block(tableId.value(), "transit gateway route table " + tableId + " sends " + what + " to " + route.attachment()
            + ", which does not exist");
        return null;
      }
      if (!(next.get() instanceof TransitGatewayPeeringAttachment peering)) {
        return new Exit(next.get(), here.id(), on);
      }
      ElementId other = peering.otherSide(here.id());
      Optional<TransitGateway> peer = walk.element(other, TransitGateway.class);
      if (peer.isEmpty()) {
        walk.block(peering, "peering attachment " + peering.id() + " leads to transit gateway " + other + ", which does not exist");
        return null;
      }
      if (!walk.crossTransit()) {
        walk.block(peering, "routing loop: traffic comes back to transit gateway " + other);
        return null;
      }
      TransitGateway from = here;
      boolean crossRegion = !from.region().equals(peer.get().region());
      walk.hop(new Hop(peering.id().value(), Hop.TRANSIT_GATEWAY_ATTACHMENT, "peering " + from.id() + " (" + from.region() + ") -> "
          + other + " (" + peer.get().region() + ")" + (crossRegion ? ", " + Hop.BETWEEN_REGIONS : "")));
      if (crossRegion) {
        walk.charge(walk.prices.interRegionPerGb());
      }
      walk.hop(gatewayHop(peer.get()));
      here = peer.get();
      on = peering.id();
    }
  }

  /** Delivers at the exit attachment: into its VPC, or on-premises behind a VPN attachment. */
  private static Delivery deliver(Walk walk, Exit exit, int address, String what) {
    if (exit.attachment() instanceof TransitGatewayVpnAttachment vpn) {
      walk.hop(new Hop(vpn.id().value(), Hop.TRANSIT_GATEWAY_ATTACHMENT, "VPN to on-premises " + cidrs(vpn.onPremisesCidrs())));
      for (Cidr network : vpn.onPremisesCidrs()) {
        if (network.contains(address)) {
          return Delivery.toOnPremisesThroughTransit(exit.transit(vpn));
        }
      }
      walk.block(vpn, what + " is not in the on-premises networks behind VPN attachment " + vpn.id() + " ("
          + cidrs(vpn.onPremisesCidrs()) + ")");
      return null;
    }
    TransitGatewayVpcAttachment into = (TransitGatewayVpcAttachment) exit.attachment();
    if (intoVpc(walk, into, null) == null) {
      return null;
    }
    return deliverInVpc(walk, exit, into, address, what);
  }

  private static Delivery deliverInVpc(Walk walk, Exit exit, TransitGatewayVpcAttachment into, int address, String what) {
    Optional<Vpc> vpc = walk.element(into.vpcId(), Vpc.class);
    if (vpc.isEmpty()) {
      walk.block(into, "attachment " + into.id() + " attaches VPC " + into.vpcId() + ", which does not exist");
      return null;
    }
    for (Cidr block : vpc.get().cidrBlocks()) {
      if (block.contains(address)) {
        return Delivery.throughTransit(into.vpcId(), exit.transit(null));
      }
    }
    // not an address of the VPC: the attachment subnet's route table decides where it goes on
    Optional<VpcSlice> slice = walk.slice(into.vpcId());
    Subnet here = walk.here();
    Optional<ElementId> table = slice.flatMap(found -> found.graph.tableOf(here.id()));
    if (table.isEmpty()) {
      walk.block(here, "subnet " + here.id() + " of attachment " + into.id() + " has no route table");
      return null;
    }
    return Router.toPrivate(walk, slice.get(), table.get(), address, what);
  }

  /**
   * Into the VPC of an attachment, through its interface in {@code preferred} zone (else the walk's
   * zone, else its first); the subnet it arrives in, or null when the attachment has none.
   */
  private static Subnet intoVpc(Walk walk, TransitGatewayVpcAttachment into, dev.netwright.model.AvailabilityZone preferred) {
    Subnet chosen = null;
    Subnet first = null;
    dev.netwright.model.AvailabilityZone wanted = preferred != null ? preferred : walk.zone();
    for (ElementId subnetId : into.subnetIds()) {
      Optional<Subnet> subnet = walk.element(subnetId, Subnet.class);
      if (subnet.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = subnet.get();
      }
      if (subnet.get().zone().equals(wanted)) {
        chosen = subnet.get();
        break;
      }
    }
    chosen = chosen != null ? chosen : first;
    if (chosen == null) {
      walk.block(into, "attachment " + into.id() + " of VPC " + into.vpcId() + " has no subnet, so transit gateway "
          + into.transitGatewayId() + " cannot deliver into it");
      return null;
    }
    Subnet at = chosen;
    walk.hop(new Hop(into.id().value(), Hop.TRANSIT_GATEWAY_ATTACHMENT, "into " + into.vpcId() + ", interface in " + at.id() + ", "
        + at.zone()));
    walk.moveTo(at, walk.from());
    walk.enterZone(at.zone());
    return at;
  }

  static String cidrs(List<Cidr> blocks) {
    return blocks.stream().map(Cidr::toString).collect(java.util.stream.Collectors.joining(", "));
  }
}
