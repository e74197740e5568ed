package dev.netwright.model.path;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
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
import java.util.List;
import java.util.Random;

/**
 * Random small designs for property tests: one or two VPCs (10.V.0.0/16), one to four /24 subnets
 * each in zones a to c, maybe an internet gateway, NAT gateways (some private), one to three route
 * tables (maybe a main one) with a default route and a few more specific routes to NAT gateways,
 * internet gateways and a peering connection, and maybe an S3 gateway endpoint on some tables.
 * Every design is structurally sound (no dangling references, one table per subnet).
 */
final class RandomDesigns {
  private RandomDesigns() {
  }

  static Topology generate(Random random) {
    List<Element> elements = new ArrayList<>();
    int vpcCount = 1 + random.nextInt(2);
    boolean peered = vpcCount == 2 && random.nextBoolean();
    List<List<NatGateway>> natsByVpc = new ArrayList<>();
    List<List<Subnet>> subnetsByVpc = new ArrayList<>();
    for (int v = 0; v < vpcCount; v++) {
      ElementId vpc = ElementId.of("V" + v);
      elements.add(new Vpc(vpc, "", List.of(Cidr.parse("10." + v + ".0.0/16")), true, true, Region.US_EAST_1));
      List<Subnet> subnets = new ArrayList<>();
      int subnetCount = 1 + random.nextInt(4);
      for (int s = 0; s < subnetCount; s++) {
        subnets.add(new Subnet(ElementId.of("S" + v + s), "", vpc, Cidr.parse("10." + v + "." + s + ".0/24"),
            AvailabilityZone.of("us-east-1" + "abc".charAt(random.nextInt(3)))));
      }
      elements.addAll(subnets);
      subnetsByVpc.add(subnets);
      List<NatGateway> nats = new ArrayList<>();
      for (int n = 0; n < random.nextInt(3); n++) {
        Subnet home = subnets.get(random.nextInt(subnets.size()));
        nats.add(new NatGateway(ElementId.of("N" + v + n), "", home.id(), random.nextInt(5) > 0, "eip"));
      }
      elements.addAll(nats);
      natsByVpc.add(nats);
    }
    if (peered) {
      elements.add(new PeeringConnection(ElementId.of("P"), "", ElementId.of("V0"), ElementId.of("V1")));
    }
    for (int v = 0; v < vpcCount; v++) {
      ElementId vpc = ElementId.of("V" + v);
      boolean hasIgw = random.nextInt(10) < 7;
      if (hasIgw) {
        elements.add(new InternetGateway(ElementId.of("I" + v), "", vpc));
      }
      List<ElementId> hops = new ArrayList<>();
      if (hasIgw) {
        hops.add(ElementId.of("I" + v));
      }
      natsByVpc.get(v).forEach(nat -> hops.add(nat.id()));
      if (peered) {
        hops.add(ElementId.of("P"));
      }
      if (random.nextInt(10) == 0 && vpcCount == 2 && !natsByVpc.get(1 - v).isEmpty()) {
        hops.add(natsByVpc.get(1 - v).get(0).id());
      }
      List<ElementId> natHomes = natsByVpc.get(v).stream().map(NatGateway::subnetId).toList();
      List<RouteTable> tables = tables(random, v, vpc, subnetsByVpc.get(v), natHomes, hops, vpcCount);
      elements.addAll(tables);
      if (random.nextBoolean()) {
        List<ElementId> associated = tables.stream().filter(table -> random.nextBoolean()).map(RouteTable::id).toList();
        elements.add(new GatewayEndpoint(ElementId.of("G" + v), "", vpc, "com.amazonaws.us-east-1.s3", associated, ""));
      }
    }
    return Topology.of(elements);
  }

  private static List<RouteTable> tables(Random random, int v, ElementId vpc, List<Subnet> subnets, List<ElementId> natHomes,
      List<ElementId> hops, int vpcCount) {
    int count = 1 + random.nextInt(3);
    boolean withMain = random.nextBoolean();
    List<List<ElementId>> associations = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      associations.add(new ArrayList<>());
    }
    for (Subnet subnet : subnets) {
      if (natHomes.contains(subnet.id()) && random.nextInt(10) < 7) {
        associations.get(0).add(subnet.id());
      } else if (!withMain || random.nextInt(5) > 0) {
        associations.get(random.nextInt(count)).add(subnet.id());
      }
    }
    List<String> destinations = new ArrayList<>(List.of("10.0.0.0/8", "10." + v + ".1.0/24", "10." + v + ".2.0/25"));
    if (vpcCount == 2) {
      int other = 1 - v;
      destinations.addAll(List.of("10." + other + ".0.0/16", "10." + other + ".1.0/24", "10." + other + ".0.0/17"));
    }
    List<RouteTable> tables = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      List<Route> routes = new ArrayList<>();
      if (!hops.isEmpty() && random.nextInt(10) < 8) {
        // the first table, where NAT gateways mostly live, is mostly "public" (the internet gateway comes first in hops),
        // and the others mostly send the default route elsewhere, so that NAT chains often lead out
        ElementId target = t == 0 && random.nextInt(10) < 8 ? hops.get(0)
            : t > 0 && hops.size() > 1 && random.nextInt(10) < 6 ? hops.get(1 + random.nextInt(hops.size() - 1))
            : hops.get(random.nextInt(hops.size()));
        routes.add(new Route(RouteDestination.of(Cidr.ANYWHERE), target));
      }
      List<String> pool = new ArrayList<>(destinations);
      for (int r = random.nextInt(3); r > 0 && !hops.isEmpty() && !pool.isEmpty(); r--) {
        String destination = pool.remove(random.nextInt(pool.size()));
        routes.add(new Route(RouteDestination.of(Cidr.parse(destination)), hops.get(random.nextInt(hops.size()))));
      }
      tables.add(new RouteTable(ElementId.of("T" + v + t), "", vpc, withMain && t == 0, routes, associations.get(t)));
    }
    return tables;
  }
}
