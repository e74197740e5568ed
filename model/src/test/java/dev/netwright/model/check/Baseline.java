package dev.netwright.model.check;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
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
import java.util.Arrays;
import java.util.List;

/**
 * A small, sound design that no rule reports on, and builders for the elements tests add to it:
 * one VPC (10.0.0.0/16, us-east-1) with an internet gateway, a public subnet holding a NAT gateway,
 * two private subnets in two zones routed through the NAT gateway, an S3 gateway endpoint on the
 * private table, and an SSM interface endpoint whose group admits 443 from the VPC.
 */
public final class Baseline {
  public static final Vpc VPC = vpc("Vpc", "10.0.0.0/16");
  public static final InternetGateway IGW = new InternetGateway(id("Igw"), "Internet gateway", VPC.id());
  public static final Subnet PUBLIC_A = subnet("PublicSubnetA", "Vpc", "10.0.0.0/24", "us-east-1a");
  public static final Subnet PRIVATE_A = subnet("PrivateSubnetA", "Vpc", "10.0.1.0/24", "us-east-1a");
  public static final Subnet PRIVATE_B = subnet("PrivateSubnetB", "Vpc", "10.0.2.0/24", "us-east-1b");
  public static final NatGateway NAT = new NatGateway(id("Nat"), "NAT A", PUBLIC_A.id(), true, "eipalloc-0123");
  public static final RouteTable PUBLIC_RT = table("PublicRt", "Vpc", false, List.of(Route.of("0.0.0.0/0", "Igw")), "PublicSubnetA");
  public static final RouteTable PRIVATE_RT = table("PrivateRt", "Vpc", true, List.of(Route.of("0.0.0.0/0", "Nat")),
      "PrivateSubnetA", "PrivateSubnetB");
  public static final GatewayEndpoint S3 = new GatewayEndpoint(id("S3Endpoint"), "S3 endpoint", VPC.id(),
      "com.amazonaws.us-east-1.s3", List.of(PRIVATE_RT.id()), "");
  public static final SecurityGroup ENDPOINT_SG = group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("10.0.0.0/16")));
  public static final InterfaceEndpoint SSM = new InterfaceEndpoint(id("SsmEndpoint"), "SSM endpoint", VPC.id(),
      "com.amazonaws.us-east-1.ssm", List.of(PRIVATE_A.id(), PRIVATE_B.id()), List.of(ENDPOINT_SG.id()), true, "");

  private Baseline() {
  }

  /** The sound design. */
  public static Topology topology() {
    return Topology.of(List.of(VPC, IGW, PUBLIC_A, PRIVATE_A, PRIVATE_B, NAT, PUBLIC_RT, PRIVATE_RT, S3, ENDPOINT_SG, SSM));
  }

  /** The sound design with these elements added or replaced. */
  public static Topology with(Element... elements) {
    return topology().with(Arrays.asList(elements), List.of());
  }

  /** The sound design without these elements (and nothing else changed). */
  public static Topology without(String... ids) {
    return topology().with(List.of(), Arrays.stream(ids).map(ElementId::of).toList());
  }

  public static ElementId id(String value) {
    return ElementId.of(value);
  }

  public static Vpc vpc(String id, String... blocks) {
    return new Vpc(id(id), id + " name", Arrays.stream(blocks).map(Cidr::parse).toList(), true, true, Region.US_EAST_1);
  }

  public static Subnet subnet(String id, String vpc, String cidr, String zone) {
    return new Subnet(id(id), "", id(vpc), Cidr.parse(cidr), AvailabilityZone.of(zone));
  }

  public static RouteTable table(String id, String vpc, boolean main, List<Route> routes, String... subnets) {
    return new RouteTable(id(id), "", id(vpc), main, routes, Arrays.stream(subnets).map(ElementId::of).toList());
  }

  public static SecurityGroup group(String id, String vpc, SecurityRule... ingress) {
    return new SecurityGroup(id(id), "", id(vpc), "", List.of(ingress), List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0"))));
  }
}
