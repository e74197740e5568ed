package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Two accounts in two regions, peered across accounts and across regions, one peer in an account
 * not imported, and a VPN connection: the import comes in whole, and planning it changes nothing.
 */
class MultiAccountImportTest {
  private static final String HOME = FakeEc2.defaultAccount();
  private static final String SPOKE = "444455556666";
  private static final String PARTNER = "999988887777";
  private static final String HOME_ROLE = "arn:aws:iam::" + HOME + ":role/NetwrightRead";
  private static final String SPOKE_ROLE = "arn:aws:iam::" + SPOKE + ":role/NetwrightRead";

  private final FakeEc2 fake = new FakeEc2().role(HOME_ROLE).role(SPOKE_ROLE);
  private final FakeEc2State homeVirginia = fake.state(HOME, "us-east-1");
  private final FakeEc2State homeIreland = fake.state(HOME, "eu-west-1");
  private final FakeEc2State spokeVirginia = fake.state(SPOKE, "us-east-1");
  private final FakeEc2State partnerIreland = fake.state(PARTNER, "eu-west-1");
  private AwsSession session;
  private String hub;
  private String hubSubnet;
  private String ireland;
  private String spoke;
  private String partner;
  private String vgw;
  private String crossAccount;
  private String crossRegion;
  private String toPartner;

  @BeforeEach
  void buildTheAccounts() {
    hub = homeVirginia.vpc("10.0.0.0/16", Map.of("Name", "hub"));
    hubSubnet = homeVirginia.subnet(hub, "10.0.1.0/24", "us-east-1a", Map.of());
    String hubTable = homeVirginia.routeTable(hub, Map.of());
    homeVirginia.associate(hubTable, hubSubnet);
    homeVirginia.internetGateway(hub, Map.of());
    vgw = homeVirginia.vpnGateway(hub, Map.of("Name", "to-dc"));
    homeVirginia.vpnConnection(vgw, List.of("192.168.0.0/16"));
    homeVirginia.route(hubTable, "192.168.0.0/16", vgw);

    ireland = homeIreland.vpc("10.1.0.0/16", Map.of("Name", "eu"));
    String irelandSubnet = homeIreland.subnet(ireland, "10.1.1.0/24", "eu-west-1a", Map.of());
    String irelandTable = homeIreland.routeTable(ireland, Map.of());
    homeIreland.associate(irelandTable, irelandSubnet);

    spoke = spokeVirginia.vpc("10.2.0.0/16", Map.of("Name", "spoke"));
    String spokeSubnet = spokeVirginia.subnet(spoke, "10.2.1.0/24", "us-east-1b", Map.of());
    String spokeTable = spokeVirginia.routeTable(spoke, Map.of());
    spokeVirginia.associate(spokeTable, spokeSubnet);

    partner = partnerIreland.vpc("10.9.0.0/16", Map.of());

    crossRegion = fake.peering(homeVirginia, hub, homeIreland, ireland);
    crossAccount = fake.peering(homeVirginia, hub, spokeVirginia, spoke);
    toPartner = fake.peering(homeIreland, ireland, partnerIreland, partner);
    homeVirginia.route(hubTable, "10.1.0.0/16", crossRegion);
    homeVirginia.route(hubTable, "10.2.0.0/16", crossAccount);
    homeIreland.route(irelandTable, "10.0.0.0/16", crossRegion);
    homeIreland.route(irelandTable, "10.9.0.0/16", toPartner);
    spokeVirginia.route(spokeTable, "10.0.0.0/16", crossAccount);

    AwsSettings settings = AwsSettings.parse(List.of(), List.of(HOME_ROLE, SPOKE_ROLE), List.of("us-east-1", "eu-west-1"),
        fake.endpoint()).withTuning(TestSessions.fastTuning(1000));
    session = new AwsSession(settings, StaticCredentialsProvider.create(
        AwsBasicCredentials.create(TestSessions.ACCESS_KEY, TestSessions.SECRET_KEY)));
  }

  @AfterEach
  void close() {
    session.close();
    fake.close();
  }

  private Document importAll() {
    return new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document();
  }

  @Test
  void import_ofTwoAccountsInTwoRegions_comesInWhole() {
    Topology topology = importAll().topology();

    assertEquals(HOME, topology.require(ElementId.of(hub), Vpc.class).accountId());
    assertEquals(HOME, topology.require(ElementId.of(ireland), Vpc.class).accountId());
    assertEquals(SPOKE, topology.require(ElementId.of(spoke), Vpc.class).accountId());
    Vpc outside = topology.require(ElementId.of(partner), Vpc.class);
    assertTrue(outside.external());
    assertEquals(PARTNER, outside.accountId());
    assertEquals(Set.of(hub, ireland, spoke), topology.vpcs().stream().filter(vpc -> !vpc.external()).map(vpc -> vpc.id().value())
        .collect(java.util.stream.Collectors.toSet()));
    for (String pcx : List.of(crossRegion, crossAccount, toPartner)) {
      assertTrue(topology.find(ElementId.of(pcx), PeeringConnection.class).isPresent(), pcx);
    }
    assertEquals(List.of(Cidr.parse("192.168.0.0/16")), topology.require(ElementId.of(vgw), VpnGateway.class).onPremisesCidrs());
    PathEngine paths = PathEngine.of(topology);
    assertTrue(paths.reach(ElementId.of(hubSubnet), Target.element(ElementId.of(vgw))).reachable());
    assertTrue(paths.reach(ElementId.of(hubSubnet), Target.element(topology.subnets().stream()
        .filter(subnet -> subnet.vpcId().value().equals(spoke)).findFirst().orElseThrow().id())).reachable());
  }

  @Test
  void import_ofTwoAccountsInTwoRegions_plansNoChanges() {
    Plan plan = new Planner(session).plan(importAll(), ProgressListener.NONE, new Cancellation());

    assertTrue(plan.isEmpty(), PlanReport.text(plan));
  }

  @Test
  void apply_ofANewSubnetInTheSpokesVpc_makesItInTheSpokesAccount() {
    Document imported = importAll();
    Subnet added = new Subnet(ElementId.of("SpokeB"), "spoke-b", ElementId.of(spoke), Cidr.parse("10.2.2.0/24"),
        AvailabilityZone.of("us-east-1c"));
    Document design = new Document(imported.name(), "", imported.region(), imported.topology().with(added), imported.layout());

    ApplyResult result = new Applier(session).apply(new Planner(session).plan(design, ProgressListener.NONE, new Cancellation()),
        ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), result.toString());
    assertEquals(1, spokeVirginia.taggedWith(NetwrightTags.ID).size(), "made in the spoke's account");
    assertTrue(homeVirginia.taggedWith(NetwrightTags.ID).isEmpty(), "nothing made in the hub's account");
    assertTrue(new Planner(session).plan(design, ProgressListener.NONE, new Cancellation()).isEmpty());
  }
}
