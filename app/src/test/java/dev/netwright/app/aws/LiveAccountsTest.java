package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Accounts as they are: peers outside the import, several accounts and regions, and what is said when it goes wrong. */
class LiveAccountsTest {
  private static final String PARTNER = "444455556666";
  private static final String SHARED = "555566667777";
  private static final String PARTNER_ROLE = "arn:aws:iam::" + PARTNER + ":role/NetwrightRead";
  private static final String SHARED_ROLE = "arn:aws:iam::" + SHARED + ":role/NetwrightRead";
  /** A Java class name such as SdkClientException or software.amazon.awssdk.Foo. */
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Z]\\w*(Exception|Error)\\b|software\\.amazon|ProfileFile\\(");

  private final FakeEc2 fake = new FakeEc2();
  private final FakeEc2State home = fake.state();

  @AfterEach
  void close() {
    fake.close();
  }

  private Topology importWith(AwsSettings settings, Set<String> vpcIds) {
    try (AwsSession session = new AwsSession(settings.withTuning(TestSessions.fastTuning(1000)),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(TestSessions.ACCESS_KEY, TestSessions.SECRET_KEY)))) {
      return new AccountImporter(session).importAccount(vpcIds, ProgressListener.NONE, new Cancellation()).document().topology();
    }
  }

  private AwsSettings settings(List<String> roles, List<String> regions) {
    return AwsSettings.parse(List.of(), roles, regions, fake.endpoint());
  }

  @Test
  void import_withThePeerFilteredOutByVpc_keepsItAsAnExternalVpcAndTheRouteThroughThePeering() {
    String app = home.vpc("10.0.0.0/16", Map.of());
    String subnet = home.subnet(app, "10.0.1.0/24", "us-east-1a", Map.of());
    String other = home.vpc("10.1.0.0/16", Map.of());
    String pcx = home.peering(app, other, Map.of());
    String table = home.routeTable(app, Map.of());
    home.associate(table, subnet);
    home.route(table, "10.1.0.0/16", pcx);

    Topology topology = importWith(settings(List.of(), List.of("us-east-1")), Set.of(app));

    Vpc peer = topology.require(ElementId.of(other), Vpc.class);
    assertTrue(peer.external());
    assertEquals(List.of(Cidr.parse("10.1.0.0/16")), peer.cidrBlocks());
    assertEquals(FakeEc2.defaultAccount(), peer.accountId());
    assertTrue(PathEngine.of(topology).reach(ElementId.of(subnet), Target.element(ElementId.of(other))).reachable());
  }

  @Test
  void import_ofOneRegion_keepsACrossRegionPeerAsAnExternalVpcInItsRegion() {
    FakeEc2State ireland = fake.state("eu-west-1");
    String app = home.vpc("10.0.0.0/16", Map.of());
    String peerVpc = ireland.vpc("10.20.0.0/16", Map.of());
    String pcx = fake.peering(home, app, ireland, peerVpc);
    home.route(mainTable(home, app), "10.20.0.0/16", pcx);

    Topology topology = importWith(settings(List.of(), List.of("us-east-1")), Set.of());

    Vpc peer = topology.require(ElementId.of(peerVpc), Vpc.class);
    assertTrue(peer.external());
    assertEquals(Region.of("eu-west-1"), peer.region());
    assertEquals(ElementId.of(peerVpc), topology.require(ElementId.of(pcx), PeeringConnection.class).accepterVpcId());
  }

  @Test
  void import_withTwoRoles_readsBothAccountsIntoOneDesign_eachVpcWithItsAccount() {
    fake.role(PARTNER_ROLE).role(SHARED_ROLE);
    String partnerVpc = fake.state(PARTNER, "us-east-1").vpc("10.30.0.0/16", Map.of());
    String sharedVpc = fake.state(SHARED, "us-east-1").vpc("10.40.0.0/16", Map.of());
    home.vpc("10.50.0.0/16", Map.of());

    Topology topology = importWith(settings(List.of(PARTNER_ROLE, SHARED_ROLE), List.of("us-east-1")), Set.of());

    assertEquals(PARTNER, topology.require(ElementId.of(partnerVpc), Vpc.class).accountId());
    assertEquals(SHARED, topology.require(ElementId.of(sharedVpc), Vpc.class).accountId());
    assertEquals(2, topology.vpcs().size(), "roles alone: the credentials that assume them are not an account of their own");
  }

  @Test
  void import_withRegionAll_readsEveryEnabledRegion() {
    fake.enabledRegions(List.of("us-east-1", "ap-southeast-2"));
    String sydney = fake.state("ap-southeast-2").vpc("10.60.0.0/16", Map.of());
    String virginia = home.vpc("10.0.0.0/16", Map.of());

    Topology topology = importWith(settings(List.of(), List.of("all")), Set.of());

    assertEquals(Region.of("ap-southeast-2"), topology.require(ElementId.of(sydney), Vpc.class).region());
    assertTrue(topology.contains(ElementId.of(virginia)));
  }

  @Test
  void import_ofAVpnConnectionThatLearnsByBgp_readsTheNetworksPropagationTaughtTheRouteTables() {
    String app = home.vpc("10.0.0.0/16", Map.of());
    String subnet = home.subnet(app, "10.0.1.0/24", "us-east-1a", Map.of());
    String table = home.routeTable(app, Map.of());
    home.associate(table, subnet);
    String vgw = home.vpnGateway(app, Map.of());
    home.dynamicVpnConnection(vgw, table, List.of("192.168.0.0/16"));

    Topology topology = importWith(settings(List.of(), List.of("us-east-1")), Set.of());

    var gateway = topology.require(ElementId.of(vgw), dev.netwright.model.topology.VpnGateway.class);
    assertEquals(List.of(Cidr.parse("192.168.0.0/16")), gateway.onPremisesCidrs());
    assertTrue(PathEngine.of(topology).reach(ElementId.of(subnet), Target.element(ElementId.of(vgw))).reachable());
  }

  @Test
  void import_ofAnUnknownRegion_saysTheRegionIsUnknownAndNamesTheEnabledOnes() {
    NetwrightException error = assertThrows(NetwrightException.class,
        () -> importWith(settings(List.of(), List.of("us-east-99")), Set.of()));

    assertEquals("region us-east-99 is unknown or not enabled for this account; its enabled regions are eu-west-1, us-east-1,"
        + " us-west-2 (or use --region all)", error.getMessage());
  }

  @Test
  void import_whenTheEndpointRefusesConnections_namesTheEndpoint() {
    AwsSettings refused = AwsSettings.parse(List.of(), List.of(), List.of("us-east-1"), URI.create("http://127.0.0.1:9"));

    NetwrightException error = assertThrows(NetwrightException.class, () -> importWith(refused, Set.of()));

    assertTrue(error.getMessage().contains("cannot connect to http://127.0.0.1:9 (connection refused)"), error.getMessage());
    assertFalse(CLASS_NAME.matcher(error.getMessage()).find(), error.getMessage());
  }

  @Test
  void import_withARoleThatCannotBeAssumed_saysWhichRoleAndWhy() {
    NetwrightException error = assertThrows(NetwrightException.class,
        () -> importWith(settings(List.of(PARTNER_ROLE), List.of("us-east-1")), Set.of()));

    assertTrue(error.getMessage().startsWith("role " + PARTNER_ROLE + ": AccessDenied: "), error.getMessage());
    assertFalse(CLASS_NAME.matcher(error.getMessage()).find(), error.getMessage());
  }

  @Test
  void settings_refuseARoleArnThatIsNotOne() {
    NetwrightException error = assertThrows(NetwrightException.class,
        () -> settings(List.of("NetwrightRead"), List.of("us-east-1")));

    assertTrue(error.getMessage().contains("'NetwrightRead' is not an IAM role ARN"), error.getMessage());
  }

  private static String mainTable(FakeEc2State state, String vpc) {
    return state.snapshot().entrySet().stream().filter(entry -> entry.getKey().startsWith("rtb-") && entry.getValue().contains(vpc))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }
}
