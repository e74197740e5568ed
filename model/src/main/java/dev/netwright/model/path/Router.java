package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows routes the way a VPC router does: from a route table, the matching route decides the
 * next element; a NAT gateway hands the packet to its own subnet's route table, and so on until
 * the packet arrives or stops. Two kinds of destination: public ones (the internet, a service's
 * public endpoint, or a service behind a gateway endpoint's prefix list) and private addresses
 * (in a VPC, a peer VPC or an on-premises network).
 */
final class Router {
  private Router() {
  }

  /** A public destination as filters see it, worked out once per VPC slice. */
  static Destination filtered(Walk walk, PublicDestination destination) {
    return walk.memo(new MemoKey("filtered", destination), destination::filtered);
  }

  /** Routes toward a public destination from {@code table}; true when it arrived (its last hop added). */
  static boolean toPublic(Walk walk, VpcSlice slice, ElementId table, PublicDestination destination, boolean atSource) {
    return toPublic(walk, slice, table, destination, atSource, new HashSet<>());
  }

  private static boolean toPublic(Walk walk, VpcSlice slice, ElementId table, PublicDestination destination, boolean atSource,
      Set<ElementId> natsSeen) {
    Optional<Link> found = slice.graph.publicRoute(table, destination.service());
    if (found.isEmpty()) {
      return walk.block(table, "route table " + table + " has no route for " + destination.label() + " (" + missing(destination, atSource) + ")");
    }
    Link route = found.get();
    walk.hop(route.hop);
    Optional<Element> next = walk.target(route);
    if (next.isEmpty()) {
      return walk.block(table, "route table " + table + " sends " + destination.label() + " traffic to " + route.to + ", which does not exist");
    }
    Element element = next.get();
    if (element instanceof GatewayEndpoint endpoint) {
      return intoGatewayEndpoint(walk, slice, endpoint, destination);
    }
    if (element instanceof InternetGateway gateway) {
      if (!gateway.vpcId().equals(slice.id())) {
        return walk.block(gateway, "internet gateway " + gateway.id() + " is attached to VPC " + gateway.vpcId() + ", not to " + slice.id());
      }
      if (!Crossings.leave(walk, filtered(walk, destination))) {
        return false;
      }
      walk.hop(new MemoKey(Hop.INTERNET_GATEWAY, gateway.id(), slice.id()),
          () -> new Hop(gateway.id().value(), Hop.INTERNET_GATEWAY, "out of " + slice.id() + " to the internet"));
      walk.outToInternet();
      if (destination.isInternet()) {
        walk.charge(walk.prices.internetEgressPerGb());
      }
      if (destination.dnsNote() == null) {
        walk.hop(new MemoKey(destination), destination::arrivalHop);
      } else {
        walk.hop(destination.arrivalHop());
      }
      return true;
    }
    if (element instanceof NatGateway nat) {
      Optional<ElementId> natTable = throughNat(walk, slice, nat, natsSeen, filtered(walk, destination));
      if (natTable.isEmpty()) {
        return false;
      }
      if (!nat.publicConnectivity()) {
        return walk.block(nat, "NAT gateway " + nat.id() + " is private: it translates to a private address and does not reach "
            + (destination.isInternet() ? "the internet" : "the public endpoint of " + destination.label()));
      }
      return toPublic(walk, slice, natTable.get(), destination, false, natsSeen);
    }
    if (element instanceof PeeringConnection peering) {
      return walk.block(peering, notTransitive(walk, slice, peering) + ", so " + destination.label()
          + " traffic cannot go on from there" + peersGatewayEndpoint(walk, slice, peering, destination));
    }
    if (element instanceof TransitGateway gateway) {
      return TransitLeg.toPublic(walk, slice, gateway, destination);
    }
    if (element instanceof VpnGateway vpn) {
      return walk.block(vpn, "route table " + table + " sends " + destination.label() + " traffic to VPN gateway " + vpn.id()
          + ", toward the on-premises network; Netwright does not follow it beyond the VPN");
    }
    return walk.block(table, "route table " + table + " sends " + destination.label() + " traffic to " + element.id() + ", "
        + article(element) + ", which does not forward it on");
  }

  private static boolean intoGatewayEndpoint(Walk walk, VpcSlice slice, GatewayEndpoint endpoint, PublicDestination destination) {
    if (!endpoint.vpcId().equals(slice.id())) {
      return walk.block(endpoint, "gateway endpoint " + endpoint.id() + " belongs to VPC " + endpoint.vpcId() + ", not to " + slice.id());
    }
    if (destination.isInternet() || !destination.service().equals(slice.gatewayService(endpoint.id()))) {
      return walk.block(endpoint, "gateway endpoint " + endpoint.id() + " serves " + endpoint.service() + ", not " + destination.label());
    }
    if (!Crossings.leave(walk, filtered(walk, destination))) {
      return false;
    }
    walk.hop(new MemoKey(Hop.GATEWAY_ENDPOINT, endpoint.id(), destination),
        () -> new Hop(endpoint.id().value(), Hop.GATEWAY_ENDPOINT, ServiceName.full(destination.region(), destination.service())));
    walk.useEndpoint(endpoint.id());
    walk.charge(walk.prices.gatewayEndpointPerGb());
    walk.hop(new MemoKey(Hop.SERVICE, destination.service()), () -> new Hop(destination.service(), Hop.SERVICE, ""));
    return true;
  }

  /** Delivers to a private address from {@code table}; null when the walk stopped (the reason is on the walk). */
  static Delivery toPrivate(Walk walk, VpcSlice slice, ElementId table, int address, String what) {
    return toPrivate(walk, slice, table, address, what, new HashSet<>());
  }

  private static Delivery toPrivate(Walk walk, VpcSlice slice, ElementId table, int address, String what, Set<ElementId> natsSeen) {
    Optional<Link> found = slice.graph.longestPrefixMatch(table, address);
    if (found.isEmpty()) {
      walk.block(table, "route table " + table + " has no route to " + what);
      return null;
    }
    Link route = found.get();
    walk.hop(route.hop);
    if (route.type == Link.Type.LOCAL) {
      return Delivery.inVpc(slice.id());
    }
    Optional<Element> next = walk.target(route);
    if (next.isEmpty()) {
      walk.block(table, "route table " + table + " sends traffic for " + what + " to " + route.to + ", which does not exist");
      return null;
    }
    Element element = next.get();
    if (element instanceof PeeringConnection peering) {
      return acrossPeering(walk, slice, peering, address, what);
    }
    if (element instanceof TransitGateway gateway) {
      return TransitLeg.toPrivate(walk, slice, gateway, address, what);
    }
    if (element instanceof VpnGateway vpn) {
      if (!vpn.vpcId().equals(slice.id())) {
        walk.block(vpn, "VPN gateway " + vpn.id() + " is attached to VPC " + vpn.vpcId() + ", not to " + slice.id());
        return null;
      }
      walk.hop(new MemoKey(Hop.VPN_GATEWAY, vpn), () -> new Hop(vpn.id().value(), Hop.VPN_GATEWAY, "on-premises " + cidrs(vpn)));
      for (Cidr network : vpn.onPremisesCidrs()) {
        if (network.contains(address)) {
          return Delivery.toOnPremises(vpn);
        }
      }
      walk.block(vpn, what + " is not in the on-premises networks behind VPN gateway " + vpn.id() + " (" + cidrs(vpn) + ")");
      return null;
    }
    if (element instanceof NatGateway nat) {
      Optional<ElementId> natTable = throughNat(walk, slice, nat, natsSeen, Destination.outside(what, List.of(new Cidr(address, 32))));
      return natTable.isEmpty() ? null : toPrivate(walk, slice, natTable.get(), address, what, natsSeen);
    }
    if (element instanceof InternetGateway gateway) {
      walk.block(gateway, "route table " + table + " sends traffic for " + what + " to internet gateway " + gateway.id()
          + ", but the internet does not carry private addresses");
      return null;
    }
    walk.block(table, "route table " + table + " sends traffic for " + what + " to " + element.id() + ", " + article(element)
        + ", which does not forward it on");
    return null;
  }

  private static Delivery acrossPeering(Walk walk, VpcSlice slice, PeeringConnection peering, int address, String what) {
    if (!peering.owners().contains(slice.id())) {
      walk.block(peering, "peering connection " + peering.id() + " does not join VPC " + slice.id());
      return null;
    }
    ElementId other = peering.otherSide(slice.id());
    Optional<Vpc> peer = walk.element(other, Vpc.class);
    if (peer.isEmpty()) {
      walk.block(peering, "peering connection " + peering.id() + " leads to VPC " + other + ", which does not exist");
      return null;
    }
    boolean crossRegion = !peer.get().region().equals(slice.vpc.region());
    walk.hop(peering.id(), Hop.PEERING, slice.id() + " <-> " + other + (crossRegion ? ", " + Hop.BETWEEN_REGIONS : ""));
    if (crossRegion) {
      walk.charge(walk.prices.interRegionPerGb());
    }
    for (Cidr block : peer.get().cidrBlocks()) {
      if (block.contains(address)) {
        return Delivery.throughPeering(other, peering.id());
      }
    }
    walk.block(peering, notTransitive(walk, slice, peering) + ", and " + what + " is not one of them");
    return null;
  }

  /**
   * Takes the packet through a NAT gateway to the route table of the NAT's own subnet; empty when
   * the walk stopped there (a NAT elsewhere, a loop, a subnet without a table).
   */
  private static Optional<ElementId> throughNat(Walk walk, VpcSlice slice, NatGateway nat, Set<ElementId> natsSeen,
      Destination beyond) {
    if (!natsSeen.add(nat.id())) {
      walk.block(nat, "routing loop: traffic comes back to NAT gateway " + nat.id());
      return Optional.empty();
    }
    Optional<Subnet> home = walk.element(nat.subnetId(), Subnet.class);
    if (home.isEmpty()) {
      walk.block(nat, "NAT gateway " + nat.id() + " sits in subnet " + nat.subnetId() + ", which does not exist");
      return Optional.empty();
    }
    Subnet subnet = home.get();
    if (!subnet.vpcId().equals(slice.id())) {
      walk.block(nat, "NAT gateway " + nat.id() + " sits in VPC " + subnet.vpcId() + "; a route table of " + slice.id()
          + " cannot send traffic to it");
      return Optional.empty();
    }
    // the packet crosses into the NAT gateway's subnet still addressed to where it is going, and
    // leaves it again from the NAT gateway's own address
    if (!Crossings.leave(walk, beyond.via(subnet)) || !Crossings.enter(walk, subnet)) {
      return Optional.empty();
    }
    walk.moveTo(subnet, List.of(subnet.cidr()));
    walk.hop(new MemoKey(Hop.NAT_GATEWAY, nat, subnet), () -> new Hop(nat.id().value(), Hop.NAT_GATEWAY,
        "in " + subnet.id() + ", " + subnet.zone() + (nat.publicConnectivity() ? "" : ", private")));
    walk.throughNat();
    walk.enterZone(subnet.zone());
    Optional<ElementId> table = slice.graph.tableOf(subnet.id());
    if (table.isEmpty()) {
      walk.block(subnet, "subnet " + subnet.id() + " of NAT gateway " + nat.id() + " has no route table");
    }
    return table;
  }

  private static String missing(PublicDestination destination, boolean atSource) {
    if (destination.isInternet()) {
      return "no default route 0.0.0.0/0";
    }
    StringBuilder missing = new StringBuilder();
    if (destination.gatewayCapable()) {
      missing.append("no gateway endpoint, ");
    }
    if (atSource && destination.dnsNote() == null) {
      missing.append("no interface endpoint, ");
    }
    return missing.append("no default route").toString();
  }

  static String notTransitive(Walk walk, VpcSlice slice, PeeringConnection peering) {
    ElementId other = peering.otherSide(slice.id());
    String blocks = walk.element(other, Vpc.class).map(vpc -> " (" + vpc.cidrBlocks().stream().map(Cidr::toString)
        .collect(Collectors.joining(", ")) + ")").orElse("");
    return "peering is not transitive: " + peering.id() + " delivers only to addresses inside " + other + blocks;
  }

  private static String peersGatewayEndpoint(Walk walk, VpcSlice slice, PeeringConnection peering, PublicDestination destination) {
    if (!destination.gatewayCapable()) {
      return "";
    }
    return walk.slice(peering.otherSide(slice.id())).flatMap(peer -> peer.gatewayEndpointFor(destination.service()))
        .map(endpoint -> ", not to its gateway endpoint " + endpoint.id()).orElse("");
  }

  static String cidrs(VpnGateway vpn) {
    return vpn.onPremisesCidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
  }

  static String article(Element element) {
    String kind = element.kind().label().toLowerCase(java.util.Locale.ROOT);
    if (element instanceof InterfaceEndpoint) {
      return "an interface endpoint";
    }
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /** The address a path question uses for a block: its first address AWS gives to hosts (the fifth), or its network. */
  static int hostOf(Cidr cidr) {
    return cidr.size() > 4 ? cidr.network() + 4 : cidr.network();
  }
}
