package dev.netwright.app.aws;

import static dev.netwright.app.aws.Designs.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.Fault;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Apply makes, changes and deletes private hosted zones with their VPC associations and alias
 * records to interface endpoints; a plan afterwards is empty; a fault at any call of the Route 53
 * part rolls back to the account as it was, or a re-run converges.
 */
class HostedZoneApplyTest {
  private static final FakeEc2 fake = new FakeEc2();
  private static final AwsSession session = TestSessions.session(fake, 1000);

  @AfterAll
  static void close() {
    session.close();
    fake.close();
  }

  /** A shared-services VPC with SSM and STS interface endpoints, and a spoke VPC. */
  private static List<Element> base() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("Shared"), "shared", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new Vpc(id("Spoke"), "spoke", List.of(Cidr.parse("10.1.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new Subnet(id("SharedA"), "shared-a", id("Shared"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new SecurityGroup(id("EndpointGroup"), "endpoints", id("Shared"), "endpoints", List.of(), List.of()));
    for (String service : List.of("ssm", "sts")) {
      String name = service.substring(0, 1).toUpperCase() + service.substring(1);
      elements.add(new InterfaceEndpoint(id(name + "Endpoint"), service + "-shared", id("Shared"), "com.amazonaws.us-east-1." + service,
          List.of(id("SharedA")), List.of(id("EndpointGroup")), false, ""));
    }
    return elements;
  }

  /** The SSM zone for both VPCs, the STS zone for the shared one with a wildcard record. */
  static Document withZones() {
    List<Element> elements = base();
    elements.add(new HostedZone(id("SsmZone"), "ssm", "ssm.us-east-1.amazonaws.com", List.of(id("Shared"), id("Spoke")),
        List.of(AliasRecord.of("ssm.us-east-1.amazonaws.com", "SsmEndpoint"))));
    elements.add(new HostedZone(id("StsZone"), "sts", "sts.us-east-1.amazonaws.com", List.of(id("Shared")),
        List.of(AliasRecord.of("sts.us-east-1.amazonaws.com", "StsEndpoint"), AliasRecord.of("*.sts.us-east-1.amazonaws.com", "StsEndpoint"))));
    return Designs.document(elements);
  }

  /** The SSM zone moves to the spoke only and is renamed; the STS zone gains the spoke, its apex points at SSM, its wildcard goes. */
  static Document changed() {
    List<Element> elements = base();
    elements.add(new HostedZone(id("SsmZone"), "ssm for the spoke", "ssm.us-east-1.amazonaws.com", List.of(id("Spoke")),
        List.of(AliasRecord.of("ssm.us-east-1.amazonaws.com", "SsmEndpoint"))));
    elements.add(new HostedZone(id("StsZone"), "sts", "sts.us-east-1.amazonaws.com", List.of(id("Shared"), id("Spoke")),
        List.of(AliasRecord.of("sts.us-east-1.amazonaws.com", "SsmEndpoint"))));
    return Designs.document(elements);
  }

  private static Plan plan(Document design) {
    return new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
  }

  private static ApplyResult apply(Document design) {
    return new Applier(session).apply(plan(design), ProgressListener.NONE, new Cancellation());
  }

  private static String zoneOf(String designId) {
    return fake.route53().snapshot().keySet().stream().filter(zone -> fake.route53().snapshot().get(zone)
        .contains("netwright:id=" + designId)).findFirst().orElseThrow();
  }

  private static String endpointDns(String designId) {
    String endpoint = fake.state().taggedWith(NetwrightTags.ID).stream().filter(id -> id.startsWith("vpce-"))
        .filter(id -> fake.state().snapshot().get(id).contains("<value>" + designId + "</value>")).findFirst().orElseThrow();
    return endpoint + "-fake0001.";
  }

  @Test
  void apply_makesTheZonesAfterTheEndpoints_withTheirVpcsAndAliases_andAPlanAfterwardsIsEmpty() {
    fake.reset();
    Plan plan = plan(withZones());
    List<String> order = plan.changes().stream().map(change -> change.id().value()).toList();
    assertEquals(2, plan.changes().stream().filter(change -> change.kind() == ElementKind.HOSTED_ZONE).count(), PlanReport.text(plan));
    assertTrue(order.indexOf("SsmEndpoint") < order.indexOf("SsmZone") && order.indexOf("Spoke") < order.indexOf("SsmZone"), order.toString());
    assertTrue(PlanReport.text(plan).contains("ssm.us-east-1.amazonaws.com for 2 VPCs, 1 alias record"), PlanReport.text(plan));
    assertTrue(!PlanReport.text(plan).contains("hosted zone"), "hosted zones are no longer 'not applied': " + PlanReport.text(plan));

    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), PlanReport.text(result));
    Plan again = plan(withZones());
    assertTrue(again.isEmpty(), PlanReport.text(again));
    String ssm = zoneOf("SsmZone");
    String sts = zoneOf("StsZone");
    assertEquals(2, fake.route53().vpcs(ssm).size());
    assertEquals(1, fake.route53().vpcs(sts).size());
    assertTrue(fake.route53().aliases(ssm).get("ssm.us-east-1.amazonaws.com.").startsWith(endpointDns("SsmEndpoint")));
    assertEquals(2, fake.route53().aliases(sts).size(), fake.route53().aliases(sts).toString());
    assertTrue(fake.route53().aliases(sts).get("\\052.sts.us-east-1.amazonaws.com.").startsWith(endpointDns("StsEndpoint")));
  }

  @Test
  void apply_ofAChangedDesign_movesAssociationsAndAliases_andDeletingTheZonesRemovesThem() {
    fake.reset();
    assertTrue(apply(withZones()).succeeded());
    String ssm = zoneOf("SsmZone");
    String sts = zoneOf("StsZone");

    Plan plan = plan(changed());
    String text = PlanReport.text(plan);
    assertTrue(text.contains("disassociate VPC Shared") && text.contains("associate VPC Spoke") && text.contains("rename 'ssm'"), text);
    assertTrue(text.contains("point alias sts.us-east-1.amazonaws.com -> SsmEndpoint") && text.contains("remove alias *.sts"), text);
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), PlanReport.text(result));
    assertTrue(plan(changed()).isEmpty(), PlanReport.text(plan(changed())));
    assertEquals(1, fake.route53().vpcs(ssm).size());
    assertEquals(2, fake.route53().vpcs(sts).size());
    assertEquals(Map.of("sts.us-east-1.amazonaws.com.", fake.route53().aliases(ssm).get("ssm.us-east-1.amazonaws.com.")),
        fake.route53().aliases(sts));

    Document without = Designs.document(base());
    Plan deletes = plan(without);
    assertEquals(2, deletes.count(PlannedChange.Action.DELETE), PlanReport.text(deletes));
    assertTrue(new Applier(session).apply(deletes, ProgressListener.NONE, new Cancellation()).succeeded());
    assertEquals(0, fake.route53().count());
    assertTrue(plan(without).isEmpty());
  }

  @Test
  void theHubAndSpokeSample_appliesItsZones_andTheirImportHoldsThemWhole() {
    fake.reset();
    Document sample = new dev.netwright.model.format.DesignFile().read(java.nio.file.Path.of(System.getProperty("netwright.samples",
        "../samples"), "hub-and-spoke.json"));
    assertTrue(apply(sample).succeeded());

    List<HostedZone> imported = new AccountImporter(session).importAccount(java.util.Set.of(), ProgressListener.NONE, new Cancellation())
        .document().topology().hostedZones();
    Map<String, String> byDomain = new java.util.TreeMap<>();
    imported.forEach(zone -> byDomain.put(zone.domain(), zone.vpcIds().size() + " VPCs, " + zone.records().size() + " records"));
    Map<String, String> designed = new java.util.TreeMap<>();
    sample.topology().hostedZones().forEach(zone -> designed.put(zone.domain(), zone.vpcIds().size() + " VPCs, " + zone.records().size()
        + " records"));
    assertEquals(designed, byDomain);
    assertEquals(4, designed.size());
  }

  @Test
  void aZoneWithoutAVpc_isRefusedAtPlanTime_namingIt() {
    fake.reset();
    List<Element> elements = base();
    elements.add(new HostedZone(id("Lonely"), "", "lonely.example", List.of(), List.of()));

    dev.netwright.model.NetwrightException refused = org.junit.jupiter.api.Assertions.assertThrows(
        dev.netwright.model.NetwrightException.class, () -> plan(Designs.document(elements)));

    assertTrue(refused.getMessage().contains("Lonely") && refused.getMessage().contains("no VPC"), refused.getMessage());
    assertEquals(0, fake.route53().count());
  }

  @Test
  void aZoneSomeoneElseMade_isNeverDeleted() {
    fake.reset();
    assertTrue(apply(Designs.document(base())).succeeded());
    String vpc = fake.state().taggedWith(NetwrightTags.ID).stream().filter(id -> id.startsWith("vpc-")).findFirst().orElseThrow();
    fake.route53().zone("corp.example", vpc, "us-east-1", Map.of("Name", "not ours"));

    assertTrue(plan(Designs.document(base())).isEmpty(), PlanReport.text(plan(Designs.document(base()))));
  }

  @Test
  void aFaultAtAnyCallOfMakingTheZones_rollsBackOrARerunConverges() {
    everyIndex(Designs.document(base()), withZones(), index -> Fault.error("InvalidInput"));
    everyIndex(Designs.document(base()), withZones(), index -> Fault.drop());
  }

  @Test
  void aFaultAtAnyCallOfChangingOrDeletingTheZones_rollsBackOrARerunConverges() {
    everyIndex(withZones(), changed(), index -> Fault.error("InvalidInput"));
    everyIndex(withZones(), Designs.document(base()), index -> Fault.error("InvalidInput"));
  }

  /** Applies {@code from}, then {@code to} with a fault at each call of that apply in turn. */
  private static void everyIndex(Document from, Document to, IntFunction<Fault> fault) {
    fake.reset();
    assertTrue(apply(from).succeeded());
    Plan plan = plan(to);
    int start = fake.callCount();
    assertTrue(new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation()).succeeded());
    int calls = fake.callCount() - start;
    assertTrue(calls >= 5, "the apply makes " + calls + " calls");
    List<String> problems = new ArrayList<>();
    for (int index = 1; index <= calls; index++) {
      fake.reset();
      assertTrue(apply(from).succeeded());
      Map<String, String> zonesBefore = fake.route53().snapshot();
      Map<String, String> ec2Before = fake.state().snapshot();
      Plan fresh = plan(to);
      int failing = fake.callCount() + index;
      fake.failAt(failing, fault.apply(index));
      ApplyResult result = new Applier(session).apply(fresh, ProgressListener.NONE, new Cancellation());
      String at = "call " + index + " " + fault.apply(index) + " (" + fake.calls().get(failing - 1) + ")";
      if (result.succeeded()) {
        if (!plan(to).isEmpty()) {
          problems.add(at + ": succeeded but the account differs: " + PlanReport.text(plan(to)));
        }
      } else if (result.remaining().isEmpty()) {
        if (!fake.route53().snapshot().equals(zonesBefore) || !fake.state().snapshot().equals(ec2Before)) {
          problems.add(at + ": rolled back but the account changed: " + PlanReport.text(result));
        }
      } else {
        ApplyResult again = new Applier(session).apply(plan(to), ProgressListener.NONE, new Cancellation());
        if (!again.succeeded() || !plan(to).isEmpty()) {
          problems.add(at + ": a re-run did not converge: " + again.failure());
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
