package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountImporterTest {
  private final FakeEc2 fake = new FakeEc2();
  private final FakeEc2State account = fake.state();

  @AfterEach
  void close() {
    fake.close();
  }

  private Topology importAll(int pageSize) {
    try (AwsSession session = TestSessions.session(fake, pageSize)) {
      return new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document().topology();
    }
  }

  @Test
  void importAccount_keepsPrefixListRoutesAsGatewayEndpointTablesAndTheMainFlag() {
    String vpc = account.vpc("10.0.0.0/16", Map.of("Name", "prod"));
    account.dns(vpc, true, true);
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of("Name", "app-a"));
    String table = account.routeTable(vpc, Map.of("Name", "private"));
    account.associate(table, subnet);
    String endpoint = account.gatewayEndpoint(vpc, "com.amazonaws.us-east-1.s3", List.of(table), Map.of());

    Topology topology = importAll(1000);

    Vpc imported = topology.require(ElementId.of(vpc), Vpc.class);
    assertEquals("prod", imported.name());
    assertTrue(imported.dnsSupport() && imported.dnsHostnames());
    GatewayEndpoint gateway = topology.require(ElementId.of(endpoint), GatewayEndpoint.class);
    assertEquals(List.of(ElementId.of(table)), gateway.routeTableIds());
    RouteTable private_ = topology.require(ElementId.of(table), RouteTable.class);
    assertTrue(private_.routes().isEmpty(), "the prefix-list route is implied by the endpoint, not stored twice");
    assertEquals(List.of(ElementId.of(subnet)), private_.subnetIds());
    RouteTable main = topology.mainRouteTable(ElementId.of(vpc)).orElseThrow();
    assertFalse(main.id().value().equals(table));
    assertEquals(ElementId.of(table), topology.routeTableOf(ElementId.of(subnet)).orElseThrow().id());
  }

  @Test
  void importAccount_readsEverySecondaryCidrBlockSubnetsGatewaysAndRoutes() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1b", Map.of());
    String igw = account.internetGateway(vpc, Map.of());
    String nat = account.natGateway(subnet, Map.of("Name", "nat-b"));
    String main = account.snapshot().keySet().stream().filter(id -> id.startsWith("rtb-")).findFirst().orElseThrow();
    account.route(main, "0.0.0.0/0", igw);
    account.route(main, "10.9.0.0/16", "tgw-0123456789abcdef0");

    Topology topology = importAll(1000);

    assertEquals(Cidr.parse("10.0.1.0/24"), topology.require(ElementId.of(subnet), Subnet.class).cidr());
    assertEquals(ElementId.of(subnet), topology.natGateways().get(0).subnetId());
    assertEquals("nat-b", topology.find(ElementId.of(nat)).orElseThrow().name());
    RouteTable table = topology.require(ElementId.of(main), RouteTable.class);
    assertTrue(table.main());
    assertEquals("0.0.0.0/0 -> " + igw, table.routes().get(0).toString());
    assertEquals("AWS::EC2::TransitGateway",
        ((dev.netwright.model.topology.OpaqueResource) topology.find(ElementId.of("tgw-0123456789abcdef0")).orElseThrow()).resourceType());
  }

  @Test
  void importAccount_readsInterfaceEndpointsAndSecurityGroupRules() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String a = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    String b = account.subnet(vpc, "10.0.2.0/24", "us-east-1b", Map.of());
    String clients = account.securityGroup(vpc, "clients", Map.of());
    String group = account.securityGroup(vpc, "endpoints", Map.of("Name", "ssm-endpoints"));
    account.ingress(group, "tcp", 443, 443, null, clients);
    account.ingress(group, "tcp", 443, 443, "10.0.0.0/16", null);
    String endpoint = account.interfaceEndpoint(vpc, "com.amazonaws.us-east-1.ssm", List.of(a, b), List.of(group), true, Map.of());

    Topology topology = importAll(1000);

    InterfaceEndpoint ssm = topology.require(ElementId.of(endpoint), InterfaceEndpoint.class);
    assertEquals(List.of(ElementId.of(a), ElementId.of(b)), ssm.subnetIds());
    assertEquals(List.of(ElementId.of(group)), ssm.securityGroupIds());
    assertTrue(ssm.privateDns());
    SecurityGroup endpoints = topology.require(ElementId.of(group), SecurityGroup.class);
    assertEquals("ssm-endpoints", endpoints.name());
    assertEquals(2, endpoints.ingress().size());
    assertEquals(new RulePeer.GroupPeer(ElementId.of(clients)), endpoints.ingress().get(0).peer());
    assertTrue(endpoints.ingress().get(1).admitsTcp(443));
    assertEquals(1, endpoints.egress().size());
  }

  @Test
  void importAccount_withVpcIds_readsOnlyThoseVpcs() {
    String wanted = account.vpc("10.0.0.0/16", Map.of());
    String other = account.vpc("10.1.0.0/16", Map.of());
    account.subnet(other, "10.1.1.0/24", "us-east-1a", Map.of());
    account.peering(wanted, other, Map.of());

    try (AwsSession session = TestSessions.session(fake, 1000)) {
      AccountImporter.Result result = new AccountImporter(session).importAccount(Set.of(wanted), ProgressListener.NONE, new Cancellation());
      Topology topology = result.document().topology();
      assertEquals(List.of(ElementId.of(wanted)), topology.vpcs().stream().filter(vpc -> !vpc.external()).map(Vpc::id).toList());
      assertTrue(topology.require(ElementId.of(other), Vpc.class).external(), "the peer left out by --vpc is kept as an external VPC");
      assertTrue(topology.subnets().isEmpty());
      assertTrue(result.warnings().stream().anyMatch(w -> w.contains("kept as an external VPC")), result.warnings().toString());
    }
  }

  @Test
  void importAccount_callsGrowWithPagesNotWithResources() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    for (int i = 0; i < 40; i++) {
      String subnet = account.subnet(vpc, "10.0." + i + ".0/24", "us-east-1a", Map.of());
      String table = account.routeTable(vpc, Map.of());
      account.associate(table, subnet);
      account.securityGroup(vpc, "g" + i, Map.of());
    }
    importAll(1000);
    int onePage = fake.callCount();
    String onePageCalls = fake.calls().toString();
    fake.resetCalls();
    importAll(20);
    int smallPages = fake.callCount();

    // 13 paged describes (network ACLs, instances, network interfaces and transit gateways among them; with no
    // transit gateway nothing more of them is asked), DescribeVpnGateways, DescribeVpcAttribute twice for the one VPC,
    // and Route 53's ListHostedZonesByVPC for it (no zone: nothing more)
    assertEquals(17, onePage, onePageCalls);
    // 40 subnets, 41 route tables and 41 groups in pages of 20 take 2 more pages each (3 pages for 41)
    assertEquals(17 + 1 + 2 + 2, smallPages, fake.calls().toString());
  }

  @Test
  void importAccount_whenAwsRefuses_saysWhatAndNeverShowsTheSecret() {
    account.vpc("10.0.0.0/16", Map.of());
    fake.deny("DescribeSubnets");
    AwsFailure failure = assertThrows(AwsFailure.class, () -> importAll(1000));
    assertTrue(failure.getMessage().contains("UnauthorizedOperation"), failure.getMessage());
    assertFalse(failure.getMessage().contains(TestSessions.SECRET_KEY));
    assertFalse(failure.getMessage().contains(TestSessions.ACCESS_KEY));
  }

  @Test
  void importAccount_ofTwoRegions_readsBothIntoOneDesign() {
    String east = account.vpc("10.0.0.0/16", Map.of());
    String west = fake.state("eu-west-1").vpc("10.1.0.0/16", Map.of());
    fake.state("eu-west-1").subnet(west, "10.1.1.0/24", "eu-west-1b", Map.of());

    try (AwsSession session = TestSessions.session(fake, 1000, dev.netwright.model.Region.US_EAST_1,
        dev.netwright.model.Region.of("eu-west-1"))) {
      Topology topology = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation())
          .document().topology();
      assertEquals("us-east-1", topology.require(ElementId.of(east), Vpc.class).region().name());
      assertEquals("eu-west-1", topology.require(ElementId.of(west), Vpc.class).region().name());
      assertEquals("eu-west-1b", topology.subnets().get(0).zone().name());
    }
  }

  @Test
  void importAccount_laysTheDesignOutWithEveryElementPlaced() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    try (AwsSession session = TestSessions.session(fake, 1000)) {
      var document = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document();
      for (var element : document.topology().elements()) {
        assertTrue(document.layout().find(element.id()).isPresent(), element.id() + " has no place");
      }
    }
  }

  @Test
  void importAccount_whenCancelled_stops() {
    account.vpc("10.0.0.0/16", Map.of());
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();
    try (AwsSession session = TestSessions.session(fake, 1000)) {
      assertThrows(Cancellation.Cancelled.class,
          () -> new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, cancellation));
    }
  }

  @Test
  void importAccount_readsTheOnPremisesNetworksBehindAVpnGateway() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String vgw = account.vpnGateway(vpc, Map.of("Name", "to-dc"));
    account.vpnConnection(vgw, List.of("192.168.0.0/16", "172.20.0.0/16"));

    dev.netwright.model.topology.VpnGateway gateway = importAll(1000).require(ElementId.of(vgw), dev.netwright.model.topology.VpnGateway.class);

    assertEquals(List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.20.0.0/16")), gateway.onPremisesCidrs());
    assertEquals("to-dc", gateway.name());
  }

  @Test
  void importAccount_namesManagedPrefixLists() {
    account.vpc("10.0.0.0/16", Map.of());
    try (AwsSession session = TestSessions.session(fake, 1000)) {
      LiveAccount live = AccountReader.read(session, session.regions(), Set.of(), ProgressListener.NONE, new Cancellation());
      assertEquals("com.amazonaws.us-east-1.s3", live.prefixLists().get(PrefixListId.of("pl-63a5400a")));
    }
  }
}
