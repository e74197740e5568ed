package dev.netwright.app.ui.canvas;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * A big, realistic design for the canvas benchmark: VPCs of 41 elements each (24 subnets in three
 * zones, NAT gateways, an internet gateway, route tables with associations and routes, S3 and
 * DynamoDB gateway endpoints, interface endpoints, security groups), laid out by AutoLayout.
 */
final class LargeDesign {
  private LargeDesign() {
  }

  static Document of(int wantedElements) {
    Region region = Region.US_EAST_1;
    List<Element> elements = new ArrayList<>();
    for (int v = 0; elements.size() < wantedElements; v++) {
      String p = "V" + v;
      ElementId vpc = ElementId.of(p);
      Cidr block = new Cidr((10 << 24) | ((v % 256) << 16), 16);
      elements.add(new Vpc(vpc, "vpc-" + v, List.of(block), true, true, region));
      ElementId igw = ElementId.of(p + "Igw");
      elements.add(new InternetGateway(igw, "igw-" + v, vpc));
      List<ElementId> publicSubnets = new ArrayList<>();
      List<ElementId> privateSubnets = new ArrayList<>();
      for (int s = 0; s < 24; s++) {
        ElementId subnet = ElementId.of(p + "S" + s);
        elements.add(new Subnet(subnet, (s < 6 ? "public-" : "private-") + s, vpc, block.subnet(24, s),
            region.zone((char) ('a' + s % 3))));
        (s < 6 ? publicSubnets : privateSubnets).add(subnet);
      }
      List<ElementId> nats = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        ElementId nat = ElementId.of(p + "Nat" + n);
        elements.add(new NatGateway(nat, "nat-" + n, publicSubnets.get(n), true, "eipalloc-0" + v + n));
        nats.add(nat);
      }
      elements.add(new RouteTable(ElementId.of(p + "PublicRt"), "public-rt", vpc, true,
          List.of(Route.of("0.0.0.0/0", igw.value())), publicSubnets));
      List<ElementId> privateTables = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        List<ElementId> associated = new ArrayList<>();
        for (int s = t; s < privateSubnets.size(); s += 3) {
          associated.add(privateSubnets.get(s));
        }
        ElementId table = ElementId.of(p + "PrivateRt" + t);
        elements.add(new RouteTable(table, "private-rt-" + t, vpc, false,
            List.of(Route.of("0.0.0.0/0", nats.get(t).value())), associated));
        privateTables.add(table);
      }
      elements.add(new GatewayEndpoint(ElementId.of(p + "S3Endpoint"), "s3", vpc, ServiceName.full(region, "s3"), privateTables, ""));
      elements.add(new GatewayEndpoint(ElementId.of(p + "DdbEndpoint"), "dynamodb", vpc, ServiceName.full(region, "dynamodb"),
          privateTables, ""));
      ElementId group = ElementId.of(p + "EndpointSg");
      elements.add(new SecurityGroup(group, "endpoints", vpc, "", List.of(), List.of()));
      for (int g = 1; g < 4; g++) {
        elements.add(new SecurityGroup(ElementId.of(p + "Sg" + g), "sg-" + g, vpc, "", List.of(), List.of()));
      }
      for (String service : List.of("ssm", "ecr.api")) {
        elements.add(new InterfaceEndpoint(ElementId.of(p + service.replace(".", "")), service, vpc,
            ServiceName.full(region, service), privateSubnets.subList(0, 3), List.of(group), true, ""));
      }
    }
    Topology topology = Topology.of(elements);
    return new Document("benchmark", "", region, topology, AutoLayout.layout(topology));
  }
}
