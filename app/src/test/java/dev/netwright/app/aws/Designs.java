package dev.netwright.app.aws;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Small designs for plan and apply tests, built in code so that each test shows what it needs. */
final class Designs {
  private Designs() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  /**
   * A VPC with two CIDR blocks and DNS on; a public and a private subnet; an internet gateway; a NAT
   * gateway in the public subnet; public and private route tables; the main table; an S3 gateway
   * endpoint on the private table; an SSM interface endpoint guarded by a group admitting 443.
   */
  static Document representative() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("Vpc"), "prod", List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")), true, true,
        Region.US_EAST_1));
    elements.add(new Subnet(id("PublicA"), "public-a", id("Vpc"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new Subnet(id("PrivateA"), "private-a", id("Vpc"), Cidr.parse("10.0.1.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new InternetGateway(id("Igw"), "igw", id("Vpc")));
    elements.add(new NatGateway(id("Nat"), "nat", id("PublicA"), true, ""));
    elements.add(new RouteTable(id("MainRt"), "main", id("Vpc"), true, List.of(), List.of()));
    elements.add(new RouteTable(id("PublicRt"), "public", id("Vpc"), false, List.of(Route.of("0.0.0.0/0", "Igw")),
        List.of(id("PublicA"))));
    elements.add(new RouteTable(id("PrivateRt"), "private", id("Vpc"), false, List.of(Route.of("0.0.0.0/0", "Nat")),
        List.of(id("PrivateA"))));
    elements.add(new GatewayEndpoint(id("S3"), "s3", id("Vpc"), "com.amazonaws.us-east-1.s3", List.of(id("PrivateRt")), ""));
    elements.add(new SecurityGroup(id("EndpointSg"), "endpoints", id("Vpc"), "HTTPS from the VPC",
        List.of(SecurityRule.tcp(443, new RulePeer.CidrPeer(Cidr.parse("10.0.0.0/16")))), List.of()));
    elements.add(new InterfaceEndpoint(id("Ssm"), "ssm", id("Vpc"), "com.amazonaws.us-east-1.ssm", List.of(id("PrivateA")),
        List.of(id("EndpointSg")), true, ""));
    return document(elements);
  }

  static Document document(List<Element> elements) {
    return new Document("test-design", "", Region.US_EAST_1, Topology.of(elements), Layout.empty());
  }
}
