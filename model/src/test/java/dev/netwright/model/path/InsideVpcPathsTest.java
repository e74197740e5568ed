package dev.netwright.model.path;

import static dev.netwright.model.path.Net.gatewayEndpoint;
import static dev.netwright.model.path.Net.id;
import static dev.netwright.model.path.Net.ids;
import static dev.netwright.model.path.Net.igw;
import static dev.netwright.model.path.Net.nat;
import static dev.netwright.model.path.Net.subnet;
import static dev.netwright.model.path.Net.table;
import static dev.netwright.model.path.Net.vpc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paths inside a VPC: network ACLs checked statelessly at every subnet boundary (request and reply),
 * security groups statefully at the sender and the receiver, workloads as sources and targets.
 */
class InsideVpcPathsTest {
  private static final Cidr ANYWHERE = Cidr.ANYWHERE;

  static AclRule allow(int number, String protocol, String ports, String cidr) {
    return new AclRule(number, Protocol.parse(protocol), PortRange.parse(ports), -1, Cidr.parse(cidr), AclAction.ALLOW);
  }

  static AclRule deny(int number, String protocol, String ports, String cidr) {
    return new AclRule(number, Protocol.parse(protocol), PortRange.parse(ports), -1, Cidr.parse(cidr), AclAction.DENY);
  }

  static NetworkAcl acl(String id, List<AclRule> inbound, List<AclRule> outbound, String... subnets) {
    return new NetworkAcl(id(id), "", id("Vpc"), false, inbound, outbound, ids(subnets));
  }

  static SecurityRule tcpTo(int port, RulePeer peer) {
    return SecurityRule.tcp(port, peer);
  }

  /**
   * One VPC: App (10.0.1.0/24) with the web instance, Db (10.0.2.0/24) with the database, Public
   * (10.0.0.0/24) with the NAT gateway. App's table sends 0.0.0.0/0 to the NAT gateway and has the
   * S3 gateway endpoint. Web may send only PostgreSQL to the database's group and HTTPS to S3's list.
   */
  static List<Element> design() {
    List<Element> elements = new ArrayList<>(List.of(
        vpc("Vpc", "10.0.0.0/16"),
        subnet("Public", "Vpc", "10.0.0.0/24", "us-east-1a"),
        subnet("App", "Vpc", "10.0.1.0/24", "us-east-1a"),
        subnet("Db", "Vpc", "10.0.2.0/24", "us-east-1b"),
        igw("Igw", "Vpc"),
        nat("Nat", "Public"),
        table("PublicRt", "Vpc", List.of("0.0.0.0/0>Igw"), "Public"),
        table("AppRt", "Vpc", List.of("0.0.0.0/0>Nat"), "App", "Db"),
        gatewayEndpoint("S3Endpoint", "Vpc", "s3", "AppRt"),
        new SecurityGroup(id("WebSg"), "", id("Vpc"), "", List.of(),
            List.of(tcpTo(5432, new RulePeer.GroupPeer(id("DbSg"))), tcpTo(443, RulePeer.parse("pl-63a5400a")))),
        new SecurityGroup(id("DbSg"), "", id("Vpc"), "", List.of(tcpTo(5432, new RulePeer.GroupPeer(id("WebSg")))), List.of()),
        new Workload(id("Web"), "", WorkloadType.EC2_INSTANCE, id("App"), IpAddress.parse("10.0.1.10"), false, ids("WebSg")),
        new Workload(id("Database"), "", WorkloadType.RDS, id("Db"), IpAddress.parse("10.0.2.20"), false, ids("DbSg"))));
    return elements;
  }

  static PathAnswer reach(List<Element> elements, String from, String to, Traffic traffic) {
    return PathEngine.of(Topology.of(elements)).reach(id(from), Target.parse(to), traffic);
  }

  static PathAnswer reach(List<Element> elements, String from, String to) {
    return reach(elements, from, to, Traffic.HTTPS);
  }

  static List<String> kinds(PathAnswer answer) {
    return answer.hops().stream().map(Hop::kind).toList();
  }

  @Test
  void workload_reachesTheDatabase_throughBothGroups_onThePortAsked() {
    PathAnswer answer = reach(design(), "Web", "Database", Traffic.of("tcp", 5432));
    assertTrue(answer.reachable(), () -> answer.blockedBy().reason());
    assertEquals(List.of("workload", "security-group", "subnet", "route-table", "security-group", "workload"), kinds(answer));
    assertEquals(new Hop("WebSg", "security-group", "allows egress TCP 5432 to DbSg"), answer.hops().get(1));
    assertEquals(new Hop("DbSg", "security-group", "admits TCP 5432 from WebSg"), answer.hops().get(4));
  }

  @Test
  void workloadsEgress_thatDoesNotAllowThePort_blocksIt_namingTheGroupAndDirection() {
    PathAnswer answer = reach(design(), "Web", "Database", Traffic.of("tcp", 22));
    assertFalse(answer.reachable());
    assertEquals(new Blocked("WebSg", "security group WebSg of workload Web allows no egress TCP 22 to 10.0.2.20/32 (workload Database in Db"
        + " (10.0.2.20/32))", "egress"), answer.blockedBy());
    assertEquals(List.of("workload", "subnet"), kinds(answer), "the hops stop at the sender");
  }

  @Test
  void databaseIngress_admitsOnlyMembersOfTheWebGroup_notAnyOtherInstance() {
    List<Element> elements = design();
    elements.add(new SecurityGroup(id("OpenSg"), "", id("Vpc"), "", List.of(), List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")))));
    elements.add(new Workload(id("Stray"), "", WorkloadType.EC2_INSTANCE, id("App"), null, false, ids("OpenSg")));
    PathAnswer answer = reach(elements, "Stray", "Database", Traffic.of("tcp", 5432));
    assertEquals(new Blocked("DbSg", "security group DbSg of workload Database admits no TCP 5432 from 10.0.1.0/24", "ingress"),
        answer.blockedBy());
  }

  @Test
  void aSubnetAsSource_standsForAWorkloadThatMayCarryAnyGroupOfItsVpc() {
    assertTrue(reach(design(), "App", "Database", Traffic.of("tcp", 5432)).reachable());
  }

  @Test
  void workloadEgressToS3sPrefixList_reachesS3ThroughTheGatewayEndpoint() {
    PathAnswer answer = reach(design(), "Web", "s3");
    assertTrue(answer.reachable(), () -> answer.blockedBy().reason());
    assertEquals("S3Endpoint", answer.endpoint());
    assertEquals(new Hop("WebSg", "security-group", "allows egress TCP 443 to pl-63a5400a"), answer.hops().get(1));
  }

  @Test
  void workloadWhoseGroupAllowsOnlyTheDatabase_cannotReachTheInternet() {
    PathAnswer answer = reach(design(), "Web", "internet");
    assertFalse(answer.reachable());
    assertEquals("WebSg", answer.blockedBy().id());
    assertEquals("egress", answer.blockedBy().rule());
  }

  @Test
  void aclThatLetsHttpsOut_butNoRepliesIn_blocksS3_namingItsCatchAllRule() {
    List<Element> elements = design();
    elements.add(acl("AppAcl", List.of(allow(100, "tcp", "443", "10.0.0.0/16")), List.of(allow(100, "tcp", "443", "0.0.0.0/0")), "App"));
    PathAnswer answer = reach(elements, "App", "s3");
    assertFalse(answer.reachable());
    Cidr first = AwsServiceRanges.standard().of(Region.US_EAST_1, "s3").orElseThrow().get(0);
    assertEquals(new Blocked("AppAcl", "network ACL AppAcl of App has no inbound rule that allows the replies (TCP 1024-65535 from"
        + " " + first + "), so its last rule * denies them", "inbound *"), answer.blockedBy());
    assertEquals(List.of("subnet", "network-acl"), kinds(answer));
  }

  @Test
  void aclThatAllowsOnlyPrivateRangesOut_blocksTheGatewayEndpoint() {
    List<Element> elements = design();
    elements.add(acl("AppAcl", List.of(AclRule.allowAll(100)), List.of(allow(100, "-1", "all", "10.0.0.0/8")), "App"));
    PathAnswer answer = reach(elements, "App", "s3");
    assertEquals("outbound *", answer.blockedBy().rule());
    assertTrue(answer.blockedBy().reason().startsWith("network ACL AppAcl of App has no outbound rule that allows TCP 443 to "));
  }

  @Test
  void aclThatAdmitsS3sPublishedRanges_andTheReplies_letsS3Through() {
    List<Element> elements = design();
    List<AclRule> out = new ArrayList<>();
    int number = 100;
    for (Cidr block : AwsServiceRanges.standard().of(Region.US_EAST_1, "s3").orElseThrow()) {
      out.add(new AclRule(number, Protocol.TCP, PortRange.single(443), -1, block, AclAction.ALLOW));
      in(out, number);
      number += 10;
    }
    elements.add(acl("AppAcl", List.of(allow(100, "tcp", "1024-65535", "0.0.0.0/0")), out, "App"));
    PathAnswer answer = reach(elements, "App", "s3");
    assertTrue(answer.reachable(), () -> answer.blockedBy().reason());
    assertEquals(List.of("subnet", "network-acl", "route-table", "gateway-endpoint", "service"), kinds(answer));
  }

  private static void in(List<AclRule> rules, int number) {
    assertTrue(rules.stream().anyMatch(rule -> rule.number() == number));
  }

  @Test
  void aDenyRuleBeforeTheAllow_decides_andIsNamedByNumber() {
    List<Element> elements = design();
    elements.add(acl("AppAcl", List.of(AclRule.allowAll(200)),
        List.of(deny(90, "tcp", "5432", "10.0.2.0/24"), AclRule.allowAll(200)), "App"));
    PathAnswer answer = reach(elements, "App", "Db", Traffic.of("tcp", 5432));
    assertEquals(new Blocked("AppAcl", "rule 90 of network ACL AppAcl of App denies outbound TCP 5432 to 10.0.2.0/24", "outbound 90"),
        answer.blockedBy());
  }

  @Test
  void theDestinationSubnetsAcl_mustLetTheRequestIn_andTheRepliesOut() {
    List<Element> elements = design();
    elements.add(acl("DbAcl", List.of(allow(100, "tcp", "5432", "10.0.1.0/24")), List.of(allow(100, "tcp", "5432", "10.0.1.0/24")), "Db"));
    PathAnswer answer = reach(elements, "Web", "Database", Traffic.of("tcp", 5432));
    assertEquals(new Blocked("DbAcl", "network ACL DbAcl of Db has no outbound rule that allows the replies (TCP 1024-65535 to"
        + " 10.0.1.10/32), so its last rule * denies them", "outbound *"), answer.blockedBy());
  }

  @Test
  void trafficInsideOneSubnet_isNeverCheckedByItsAcl() {
    List<Element> elements = design();
    elements.add(acl("AppAcl", List.of(), List.of(), "App"));
    elements.add(new Workload(id("Worker"), "", WorkloadType.ECS_TASK, id("App"), null, false, ids("DbSg")));
    PathAnswer answer = reach(elements, "Web", "Worker", Traffic.of("tcp", 5432));
    assertTrue(answer.reachable(), () -> answer.blockedBy().reason());
    assertFalse(kinds(answer).contains("network-acl"));
  }

  @Test
  void theNatGatewaysSubnetAcl_appliesToWhatPassesThroughIt() {
    List<Element> elements = design();
    elements.add(acl("PublicAcl", List.of(allow(100, "tcp", "1024-65535", "0.0.0.0/0")), List.of(AclRule.allowAll(100)), "Public"));
    PathAnswer answer = reach(elements, "App", "internet");
    assertFalse(answer.reachable());
    assertEquals(new Blocked("PublicAcl", "network ACL PublicAcl of Public has no inbound rule that allows TCP 443 from 10.0.1.0/24,"
        + " so its last rule * denies it", "inbound *"), answer.blockedBy());
  }

  @Test
  void throughANatGatewayWhoseSubnetAclAllowsTheWay_theInternetIsReached_withEachAclOnThePath() {
    List<Element> elements = design();
    elements.add(acl("PublicAcl", List.of(allow(100, "tcp", "443", "10.0.0.0/16"), allow(110, "tcp", "1024-65535", "0.0.0.0/0")),
        List.of(AclRule.allowAll(100)), "Public"));
    PathAnswer answer = reach(elements, "App", "internet");
    assertTrue(answer.reachable(), () -> answer.blockedBy().reason());
    assertEquals(List.of("subnet", "route-table", "network-acl", "nat-gateway", "route-table", "network-acl", "internet-gateway",
        "internet"), kinds(answer));
  }

  @Test
  void icmpEcho_needsTheEchoOut_andTheEchoReplyIn() {
    List<Element> elements = design();
    elements.add(acl("AppAcl", List.of(new AclRule(100, Protocol.ICMP, null, 0, ANYWHERE, AclAction.ALLOW)),
        List.of(new AclRule(100, Protocol.ICMP, null, 8, ANYWHERE, AclAction.ALLOW)), "App"));
    assertTrue(reach(elements, "App", "Db", new Traffic(Protocol.ICMP, 0)).reachable());
    elements.set(elements.size() - 1, acl("AppAcl", List.of(new AclRule(100, Protocol.ICMP, null, 3, ANYWHERE, AclAction.ALLOW)),
        List.of(new AclRule(100, Protocol.ICMP, null, 8, ANYWHERE, AclAction.ALLOW)), "App"));
    assertEquals("inbound *", reach(elements, "App", "Db", new Traffic(Protocol.ICMP, 0)).blockedBy().rule());
  }

  @Test
  void whereTheRegionsRangesAreUnknown_aRestrictiveAcl_isAnsweredAsUnknown_notGuessed() {
    // an isolated (ISO) region: AWS's published ranges leave it out
    List<Element> elements = new ArrayList<>(List.of(
        new Vpc(id("Vpc"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.of("us-isob-east-1")),
        subnet("App", "Vpc", "10.0.1.0/24", "us-isob-east-1a"),
        table("AppRt", "Vpc", List.of(), "App"),
        new dev.netwright.model.topology.GatewayEndpoint(id("S3Endpoint"), "", id("Vpc"), "com.amazonaws.us-isob-east-1.s3", ids("AppRt"),
            ""),
        acl("AppAcl", List.of(allow(100, "tcp", "1024-65535", "52.0.0.0/8")), List.of(allow(100, "tcp", "443", "52.0.0.0/8")), "App")));
    PathAnswer answer = reach(elements, "App", "s3");
    assertFalse(answer.reachable());
    assertTrue(answer.blockedBy().reason().contains("are not in Netwright's data"), answer.blockedBy().reason());
    assertTrue(answer.blockedBy().reason().contains("cannot tell"), answer.blockedBy().reason());
    elements.set(elements.size() - 1, acl("AppAcl", List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)), "App"));
    assertTrue(reach(elements, "App", "s3").reachable(), "an ACL that admits every address needs no ranges");
  }

  @Test
  void theVpcsDefaultAcl_appliesToSubnetsWithoutAnAssociation() {
    List<Element> elements = design();
    elements.add(new NetworkAcl(id("DefaultAcl"), "", id("Vpc"), true, List.of(), List.of(), List.of()));
    PathAnswer answer = reach(elements, "App", "s3");
    assertEquals("DefaultAcl", answer.blockedBy().id());
  }

  @Test
  void aclEdit_reanswersOnlyItsVpcsRow_andAgreesWithAFreshMatrix() {
    List<Element> elements = design();
    elements.add(vpc("Other", "10.9.0.0/16"));
    elements.add(subnet("OtherA", "Other", "10.9.1.0/24", "us-east-1a"));
    elements.add(Net.mainTable("OtherRt", "Other", List.of()));
    NetworkAcl open = acl("AppAcl", List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)), "App");
    elements.add(open);
    Topology before = Topology.of(elements);
    PathMatrix matrix = PathMatrix.of(before);
    Topology after = before.with(open.withRules(List.of(), List.of()));
    PathMatrix updated = matrix.update(after);
    assertEquals(3 * updated.targets().size(), updated.answersComputed(), "only the three subnets of Vpc are answered again");
    assertEquals(PathMatrix.of(after).answers(), updated.answers());
    assertFalse(updated.answer(id("App"), Target.S3).orElseThrow().reachable());
  }
}
