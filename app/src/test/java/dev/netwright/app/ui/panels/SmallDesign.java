package dev.netwright.app.ui.panels;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;

/** A small design for the inspector's tests: one VPC, a subnet, a route table, a gateway, a security group, an S3 gateway endpoint on no route table. */
final class SmallDesign {
  static final ElementId VPC = ElementId.of("Vpc");
  static final ElementId SUBNET = ElementId.of("AppSubnet");
  static final ElementId TABLE = ElementId.of("AppRoutes");
  static final ElementId GATEWAY = ElementId.of("Igw");
  static final ElementId GROUP = ElementId.of("AppGroup");
  static final ElementId S3_ENDPOINT = ElementId.of("S3Endpoint");

  private SmallDesign() {
  }

  static Document document() {
    Topology topology = Topology.of(List.of(
        new Vpc(VPC, "main", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1),
        new Subnet(SUBNET, "app", VPC, Cidr.parse("10.0.1.0/24"), AvailabilityZone.of("us-east-1a")),
        new InternetGateway(GATEWAY, "igw", VPC),
        new RouteTable(TABLE, "app routes", VPC, false, List.of(Route.of("0.0.0.0/0", "Igw")), List.of(SUBNET)),
        new SecurityGroup(GROUP, "app", VPC, "app servers", List.of(), List.of()),
        new GatewayEndpoint(S3_ENDPOINT, "s3", VPC, "com.amazonaws.us-east-1.s3", List.of(), "")));
    return new Document("small", "", Region.US_EAST_1, topology, Layout.empty());
  }
}
