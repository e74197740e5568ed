package dev.netwright.model.diagram.quality;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Designs of any number of VPCs for the diagram-quality test, laid out automatically as an
 * imported design would be. Each VPC (10.N.0.0/16) has a public and a private subnet in each of
 * two zones, an internet gateway, a NAT gateway in the first public subnet, a public route table
 * (0.0.0.0/0 to the internet gateway), a private one (0.0.0.0/0 to the NAT gateway) and an S3
 * gateway endpoint on the private table; neighbouring VPCs are peered, each routing the other's
 * block over the peering.
 */
final class GeneratedDesigns {
  private static final Region REGION = Region.US_EAST_1;

  private GeneratedDesigns() {
  }

  static Document ofVpcs(int count) {
    List<Element> elements = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      addVpc(elements, v, count);
    }
    Topology topology = Topology.of(elements);
    return new Document(count + " generated VPCs", "", REGION, topology, AutoLayout.layout(topology));
  }

  private static void addVpc(List<Element> elements, int v, int count) {
    ElementId vpc = id("Vpc" + v);
    String net = "10." + v + ".";
    elements.add(new Vpc(vpc, "vpc-" + v, List.of(Cidr.parse(net + "0.0/16")), true, true, REGION));
    ElementId igw = id("Igw" + v);
    elements.add(new InternetGateway(igw, "igw-" + v, vpc));
    List<ElementId> publicSubnets = new ArrayList<>();
    List<ElementId> privateSubnets = new ArrayList<>();
    for (int z = 0; z < 2; z++) {
      char zone = (char) ('a' + z);
      ElementId pub = id("Public" + v + zone);
      ElementId priv = id("Private" + v + zone);
      elements.add(new Subnet(pub, "public-" + v + zone, vpc, Cidr.parse(net + z + ".0/24"),
          AvailabilityZone.of(REGION.name() + zone)));
      elements.add(new Subnet(priv, "private-" + v + zone, vpc, Cidr.parse(net + (10 + z) + ".0/24"),
          AvailabilityZone.of(REGION.name() + zone)));
      publicSubnets.add(pub);
      privateSubnets.add(priv);
    }
    ElementId nat = id("Nat" + v);
    elements.add(new NatGateway(nat, "nat-" + v, publicSubnets.get(0), true, "new"));
    List<Route> privateRoutes = new ArrayList<>(List.of(Route.of("0.0.0.0/0", nat.value())));
    if (v + 1 < count && v % 2 == 0) {
      ElementId peering = id("Peering" + v);
      elements.add(new PeeringConnection(peering, "peering-" + v + "-" + (v + 1), vpc, id("Vpc" + (v + 1))));
      privateRoutes.add(Route.of("10." + (v + 1) + ".0.0/16", peering.value()));
    }
    if (v % 2 == 1) {
      privateRoutes.add(Route.of("10." + (v - 1) + ".0.0/16", "Peering" + (v - 1)));
    }
    elements.add(new RouteTable(id("PublicRt" + v), "public-rt-" + v, vpc, false,
        List.of(Route.of("0.0.0.0/0", igw.value())), publicSubnets));
    elements.add(new RouteTable(id("PrivateRt" + v), "private-rt-" + v, vpc, false, privateRoutes, privateSubnets));
    elements.add(new GatewayEndpoint(id("S3Endpoint" + v), "s3-" + v, vpc, "com.amazonaws." + REGION.name() + ".s3",
        List.of(id("PrivateRt" + v)), ""));
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }
}
