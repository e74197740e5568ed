package dev.netwright.app.aws;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
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

  /**
   * The representative design with network ACLs: the default ACL keeps its allow-all rules but
   * denies SMTP out; an app ACL on the private subnet admits HTTPS and ping from the VPC and the
   * replies of its own requests, and lets HTTPS, DNS and replies out.
   */
  static Document withNetworkAcls() {
    List<Element> elements = new ArrayList<>(representative().topology().elements());
    elements.add(new NetworkAcl(id("DefaultAcl"), "default-acl", id("Vpc"), true, List.of(AclRule.allowAll(100)),
        List.of(AclRule.tcp(90, PortRange.single(25), Cidr.ANYWHERE, AclAction.DENY), AclRule.allowAll(100)), List.of()));
    elements.add(new NetworkAcl(id("AppAcl"), "app-acl", id("Vpc"), false,
        List.of(AclRule.tcp(100, PortRange.single(443), Cidr.parse("10.0.0.0/16"), AclAction.ALLOW),
            AclRule.tcp(110, new PortRange(1024, 65535), Cidr.ANYWHERE, AclAction.ALLOW),
            new AclRule(120, Protocol.ICMP, PortRange.ALL, 8, Cidr.parse("10.0.0.0/16"), AclAction.ALLOW)),
        List.of(AclRule.tcp(100, PortRange.single(443), Cidr.ANYWHERE, AclAction.ALLOW),
            new AclRule(110, Protocol.UDP, PortRange.single(53), -1, Cidr.parse("10.0.0.2/32"), AclAction.ALLOW),
            AclRule.tcp(120, new PortRange(1024, 65535), Cidr.parse("10.0.0.0/16"), AclAction.ALLOW)),
        List.of(id("PrivateA"))));
    return document(elements);
  }

  /**
   * {@link #withNetworkAcls()} changed: the app ACL's inbound HTTPS rule now denies, its ping rule is
   * gone and it lets SSH in from one host; it moves from the private to the public subnet; the
   * default ACL no longer denies SMTP.
   */
  static Document withChangedNetworkAcls() {
    List<Element> elements = new ArrayList<>();
    for (Element element : withNetworkAcls().topology().elements()) {
      if (element instanceof NetworkAcl acl && acl.id().equals(id("AppAcl"))) {
        elements.add(acl.withRules(List.of(AclRule.tcp(100, PortRange.single(443), Cidr.parse("10.0.0.0/16"), AclAction.DENY),
            AclRule.tcp(110, new PortRange(1024, 65535), Cidr.ANYWHERE, AclAction.ALLOW),
            AclRule.tcp(130, PortRange.single(22), Cidr.parse("10.0.0.10/32"), AclAction.ALLOW)), acl.outbound())
            .withSubnetIds(List.of(id("PublicA"))));
      } else if (element instanceof NetworkAcl acl) {
        elements.add(acl.withRules(acl.inbound(), List.of(AclRule.allowAll(100))));
      } else {
        elements.add(element);
      }
    }
    return document(elements);
  }

  static Document document(List<Element> elements) {
    return new Document("test-design", "", Region.US_EAST_1, Topology.of(elements), Layout.empty());
  }
}
