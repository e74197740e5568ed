package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain packet walk written apart from the engine, as a reference for the property test: it
 * shares nothing with the engine but the design's own records. It routes a single destination
 * address hop by hop with its own bit arithmetic: S3 is 52.216.0.10, inside S3's prefix list
 * (taken as 52.216.0.0/15); the internet is 8.8.8.8; a subnet is its fifth address. A gateway
 * endpoint associated with a table adds the prefix-list route to that table. A packet that crossed
 * a peering connection to a subnet also needs the way back: that subnet's table must send the
 * source's address through the same peering connection.
 */
final class PlainPacketWalk {
  static final int S3_ADDRESS = address(52, 216, 0, 10);
  static final int INTERNET_ADDRESS = address(8, 8, 8, 8);
  private static final int S3_LIST = address(52, 216, 0, 0);
  private static final int S3_LIST_LENGTH = 15;

  /** What the walk found; {@code blockedAt} is null when the packet arrived. */
  record Outcome(boolean reachable, boolean viaNat, boolean crossesInternet, boolean crossesAz, String endpoint, List<String> hops,
      String blockedAt) {
  }

  private final Topology design;
  private final List<String> hops = new ArrayList<>();
  private boolean viaNat;
  private boolean internet;
  private boolean crossesAz;
  private String zone;

  private PlainPacketWalk(Topology design) {
    this.design = design;
  }

  static int address(int a, int b, int c, int d) {
    return (a << 24) | (b << 16) | (c << 8) | d;
  }

  private static boolean inside(int address, int network, int length) {
    int mask = length == 0 ? 0 : 0xFFFFFFFF << (32 - length);
    return (address & mask) == (network & mask);
  }

  private static boolean inside(int address, Cidr block) {
    return inside(address, block.network(), block.prefixLength());
  }

  /** Walks from {@code source} to s3 ("s3"), the internet ("internet") or a subnet (its id). */
  static Outcome walk(Topology design, Subnet source, String target) {
    return new PlainPacketWalk(design).run(source, target);
  }

  private Outcome run(Subnet source, String target) {
    hops.add(source.id().value());
    zone = source.zone().name();
    Subnet targetSubnet = null;
    int destination;
    if (target.equals("s3")) {
      destination = S3_ADDRESS;
    } else if (target.equals("internet")) {
      destination = INTERNET_ADDRESS;
    } else {
      targetSubnet = design.require(ElementId.of(target), Subnet.class);
      if (targetSubnet.equals(source)) {
        return done(null, null);
      }
      destination = targetSubnet.cidr().network() + 4;
    }
    boolean isPublic = targetSubnet == null;
    ElementId vpc = source.vpcId();
    RouteTable table = tableOf(source);
    if (table == null) {
      return done(null, source.id().value());
    }
    Set<ElementId> natsPassed = new HashSet<>();
    while (true) {
      Choice choice = bestRoute(table, vpc, destination);
      if (choice == null) {
        return done(null, table.id().value());
      }
      hops.add(table.id().value());
      if (choice.local) {
        return arrivedIn(vpc, targetSubnet, table);
      }
      Element next = design.find(choice.target).orElse(null);
      if (next instanceof GatewayEndpoint endpoint) {
        hops.add(endpoint.id().value());
        hops.add("s3");
        return done(endpoint.id().value(), null);
      }
      if (next instanceof InternetGateway gateway) {
        if (!gateway.vpcId().equals(vpc) || !isPublic) {
          return done(null, gateway.id().value());
        }
        hops.add(gateway.id().value());
        hops.add(target);
        internet = true;
        return done(null, null);
      }
      if (next instanceof PeeringConnection peering) {
        ElementId other = peering.requesterVpcId().equals(vpc) ? peering.accepterVpcId() : peering.requesterVpcId();
        hops.add(peering.id().value());
        Vpc otherVpc = design.require(other, Vpc.class);
        if (otherVpc.cidrBlocks().stream().noneMatch(block -> inside(destination, block))) {
          return done(null, peering.id().value());
        }
        if (targetSubnet != null && targetSubnet.vpcId().equals(other)) {
          String noReply = replyBlockedAt(targetSubnet, source, peering.id());
          if (noReply != null) {
            return done(null, noReply);
          }
        }
        return arrivedIn(other, targetSubnet, table);
      }
      if (next instanceof NatGateway nat) {
        if (!natsPassed.add(nat.id())) {
          return done(null, nat.id().value());
        }
        Subnet home = design.require(nat.subnetId(), Subnet.class);
        if (!home.vpcId().equals(vpc)) {
          return done(null, nat.id().value());
        }
        hops.add(nat.id().value());
        viaNat = true;
        move(home.zone().name());
        if (isPublic && !nat.publicConnectivity()) {
          return done(null, nat.id().value());
        }
        table = tableOf(home);
        if (table == null) {
          return done(null, home.id().value());
        }
        continue;
      }
      return done(null, table.id().value());
    }
  }

  /**
   * Replies from the target must come back the way the packet came: the target's route table must
   * send the source's address to the same peering connection. Returns where they stop, or null.
   */
  private String replyBlockedAt(Subnet target, Subnet source, ElementId peering) {
    RouteTable table = tableOf(target);
    if (table == null) {
      return target.id().value();
    }
    Choice back = bestRoute(table, target.vpcId(), source.cidr().network() + 4);
    return back != null && !back.local && peering.equals(back.target) ? null : table.id().value();
  }

  private Outcome arrivedIn(ElementId vpc, Subnet targetSubnet, RouteTable table) {
    if (targetSubnet == null || !targetSubnet.vpcId().equals(vpc)) {
      return done(null, table.id().value());
    }
    hops.add(targetSubnet.id().value());
    move(targetSubnet.zone().name());
    return done(null, null);
  }

  private void move(String next) {
    if (!next.equals(zone)) {
      crossesAz = true;
    }
    zone = next;
  }

  private Outcome done(String endpoint, String blockedAt) {
    return new Outcome(blockedAt == null, viaNat, internet, crossesAz, endpoint, List.copyOf(hops), blockedAt);
  }

  private record Choice(int length, boolean local, ElementId target) {
  }

  /** Longest prefix wins; the VPC's local routes win a tie; then the table's order. */
  private Choice bestRoute(RouteTable table, ElementId vpc, int destination) {
    Choice best = null;
    for (Cidr block : design.require(vpc, Vpc.class).cidrBlocks()) {
      if (inside(destination, block) && (best == null || block.prefixLength() > best.length)) {
        best = new Choice(block.prefixLength(), true, null);
      }
    }
    for (Route route : table.routes()) {
      if (route.destination() instanceof RouteDestination.ToCidr cidr && inside(destination, cidr.cidr())
          && (best == null || cidr.cidr().prefixLength() > best.length)) {
        best = new Choice(cidr.cidr().prefixLength(), false, route.target());
      }
    }
    for (GatewayEndpoint endpoint : design.gatewayEndpoints()) {
      if (endpoint.routeTableIds().contains(table.id()) && inside(destination, S3_LIST, S3_LIST_LENGTH)
          && (best == null || S3_LIST_LENGTH > best.length)) {
        best = new Choice(S3_LIST_LENGTH, false, endpoint.id());
      }
    }
    return best;
  }

  private RouteTable tableOf(Subnet subnet) {
    RouteTable main = null;
    for (RouteTable table : design.routeTables()) {
      if (table.subnetIds().contains(subnet.id())) {
        return table;
      }
      if (table.main() && table.vpcId().equals(subnet.vpcId()) && main == null) {
        main = table;
      }
    }
    return main;
  }
}
