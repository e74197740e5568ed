package dev.netwright.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureCheckTest {
  private static final ElementId A = ElementId.of("VpcA");
  private static final ElementId B = ElementId.of("VpcB");

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static Vpc vpc(ElementId id, String cidr) {
    return new Vpc(id, id.value(), List.of(Cidr.parse(cidr)), true, true, Region.US_EAST_1);
  }

  private static Subnet subnet(String id, ElementId vpc, String cidr) {
    return new Subnet(id(id), id, vpc, Cidr.parse(cidr), Region.US_EAST_1.zone('a'));
  }

  /** Two VPCs with a subnet, a table and a security group each. */
  private static List<Element> base() {
    List<Element> elements = new ArrayList<>();
    elements.add(vpc(A, "10.0.0.0/16"));
    elements.add(vpc(B, "10.1.0.0/16"));
    elements.add(subnet("SubA", A, "10.0.1.0/24"));
    elements.add(subnet("SubB", B, "10.1.1.0/24"));
    elements.add(new RouteTable(id("RtA"), "RtA", A, true, List.of(), List.of(id("SubA"))));
    elements.add(new RouteTable(id("RtB"), "RtB", B, true, List.of(), List.of()));
    elements.add(new SecurityGroup(id("SgA"), "SgA", A, "", List.of(), List.of()));
    elements.add(new SecurityGroup(id("SgB"), "SgB", B, "", List.of(), List.of()));
    return elements;
  }

  private static List<String> problems(Element... extra) {
    List<Element> elements = base();
    elements.addAll(List.of(extra));
    return StructureCheck.problems(Topology.of(elements)).stream().map(StructureCheck.Problem::toString).toList();
  }

  @Test
  void soundDesign_hasNoProblems() {
    assertEquals(List.of(), problems(
        new InternetGateway(id("Igw"), "", A),
        new NatGateway(id("Nat"), "", id("SubA"), true, ""),
        new GatewayEndpoint(id("S3"), "", A, "s3", List.of(id("RtA")), ""),
        new InterfaceEndpoint(id("Ssm"), "", A, "ssm", List.of(id("SubA")), List.of(id("SgA")), true, ""),
        new PeeringConnection(id("Peer"), "", A, B),
        new VpnGateway(id("Vgw"), "", B, List.of())));
  }

  @Test
  void subnetOfAMissingVpc_orInAnotherRegionsZone_isAProblem() {
    assertEquals(List.of("Lost: belongs to VPC Gone, which does not exist"), problems(subnet("Lost", id("Gone"), "10.0.9.0/24")));
    assertEquals(List.of("Far: is in Availability Zone eu-west-1a, which is not in its VPC's region us-east-1"),
        problems(new Subnet(id("Far"), "", A, Cidr.parse("10.0.9.0/24"), AvailabilityZone.of("eu-west-1a"))));
  }

  @Test
  void referenceToAnElementOfTheWrongKind_namesBothKinds() {
    assertEquals(List.of("Odd: belongs to SgA, which is a security group, not a VPC"), problems(subnet("Odd", id("SgA"), "10.0.9.0/24")));
  }

  @Test
  void secondMainTable_isAProblem() {
    assertEquals(List.of("Rt2: is marked main, but RtA already is the main route table of VPC VpcA"),
        problems(new RouteTable(id("Rt2"), "", A, true, List.of(), List.of())));
  }

  @Test
  void subnetAssociatedTwiceOrAcrossVpcs_isAProblem() {
    assertEquals(List.of("Rt2: is associated with subnet SubA, which is already associated with RtA"),
        problems(new RouteTable(id("Rt2"), "", A, false, List.of(), List.of(id("SubA")))));
    assertEquals(List.of("Rt3: is associated with subnet SubB of another VPC (VpcB)"),
        problems(new RouteTable(id("Rt3"), "", A, false, List.of(), List.of(id("SubB")))));
  }

  @Test
  void routeToAMissingTarget_isAProblem() {
    assertEquals(List.of("Rt2: has a route to 0.0.0.0/0 via Igw9, which does not exist"),
        problems(new RouteTable(id("Rt2"), "", A, false, List.of(Route.of("0.0.0.0/0", "Igw9")), List.of())));
  }

  @Test
  void endpointsUsingAnotherVpcsTablesSubnetsOrGroups_areProblems() {
    assertEquals(List.of("S3: belongs to VPC VpcA but uses route table RtB of VPC VpcB"),
        problems(new GatewayEndpoint(id("S3"), "", A, "s3", List.of(id("RtB")), "")));
    assertEquals(List.of("Ssm: belongs to VPC VpcA but uses subnet SubB of VPC VpcB",
        "Ssm: belongs to VPC VpcA but uses security group SgB of VPC VpcB"),
        problems(new InterfaceEndpoint(id("Ssm"), "", A, "ssm", List.of(id("SubB")), List.of(id("SgB")), true, "")));
  }

  @Test
  void securityGroupRuleForAMissingGroup_isAProblem() {
    assertEquals(List.of("Sg2: has a rule for security group Ghost, which does not exist"),
        problems(new SecurityGroup(id("Sg2"), "", A, "", List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(id("Ghost")))),
            List.of())));
  }

  @Test
  void gatewaysAndPeeringsOfMissingElements_areProblems() {
    assertEquals(List.of("Igw: is attached to VPC Gone, which does not exist",
        "Nat: sits in subnet Gone, which does not exist",
        "Peer: peers with VPC Gone, which does not exist",
        "Vgw: is attached to VPC Gone, which does not exist"),
        problems(new InternetGateway(id("Igw"), "", id("Gone")), new NatGateway(id("Nat"), "", id("Gone"), true, ""),
            new PeeringConnection(id("Peer"), "", A, id("Gone")), new VpnGateway(id("Vgw"), "", id("Gone"), List.of())));
  }
}
