package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.app.aws.fake.FakeRoute53;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Private hosted zones of an emulated account come in with their VPC associations and their alias
 * records to interface endpoints, one item per page; what the design cannot hold is told, and a plan
 * of the import changes nothing.
 */
class HostedZoneImportTest {
  private final FakeEc2 fake = new FakeEc2();
  private final FakeEc2State account = fake.state();
  private final FakeRoute53 route53 = fake.route53();

  @AfterEach
  void close() {
    fake.close();
  }

  private AccountImporter.Result importAll() {
    try (AwsSession session = TestSessions.session(fake, 5)) {
      return new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation());
    }
  }

  /** The regional DNS name of an interface endpoint, as DescribeVpcEndpoints tells it (the fake's first DnsEntry). */
  private static String regionalName(String endpoint, String shortService) {
    return endpoint + "-fake0001." + shortService + ".us-east-1.vpce.amazonaws.com";
  }

  @Test
  void import_readsPrivateZones_theirVpcs_andAliasRecordsToEndpoints_page_by_page() {
    String shared = account.vpc("10.0.0.0/16", Map.of("Name", "shared"));
    String sharedA = account.subnet(shared, "10.0.1.0/24", "us-east-1a", Map.of());
    String spoke = account.vpc("10.1.0.0/16", Map.of("Name", "spoke"));
    String ssm = account.interfaceEndpoint(shared, "com.amazonaws.us-east-1.ssm", List.of(sharedA), List.of(), false, Map.of());
    String dkr = account.interfaceEndpoint(shared, "com.amazonaws.us-east-1.ecr.dkr", List.of(sharedA), List.of(), false, Map.of());
    String elsewhere = fake.state("us-west-2").vpc("10.9.0.0/16", Map.of());

    String ssmZone = route53.zone("ssm.us-east-1.amazonaws.com", shared, "us-east-1", Map.of("Name", "ssm shared"));
    route53.associate(ssmZone, spoke, "us-east-1");
    route53.associate(ssmZone, elsewhere, "us-west-2");
    route53.alias(ssmZone, "ssm.us-east-1.amazonaws.com", regionalName(ssm, "ssm"), "Z7HUB22UULQXV");
    route53.record(ssmZone, "notes.ssm.us-east-1.amazonaws.com", "TXT", "\"kept as it runs\"");
    String dkrZone = route53.zone("dkr.ecr.us-east-1.amazonaws.com", shared, "us-east-1", Map.of());
    route53.associate(dkrZone, spoke, "us-east-1");
    route53.alias(dkrZone, "dkr.ecr.us-east-1.amazonaws.com", regionalName(dkr, "ecr.dkr"), "Z7HUB22UULQXV");
    // a wildcard record, which Route 53 lists as \052, to the endpoint's zonal name
    route53.alias(dkrZone, "*.dkr.ecr.us-east-1.amazonaws.com", dkr + "-fake0001-" + sharedA + ".ecr.dkr.us-east-1.vpce.amazonaws.com",
        "Z7HUB22UULQXV");
    route53.alias(dkrZone, "old.dkr.ecr.us-east-1.amazonaws.com", "vpce-0gone-x.ecr.dkr.us-east-1.vpce.amazonaws.com", "Z7HUB22UULQXV");
    for (int extra = 0; extra < 3; extra++) {
      route53.zone("internal" + extra + ".example", spoke, "us-east-1", Map.of());
    }
    route53.zone("west.example", elsewhere, "us-west-2", Map.of());
    route53.pageSize = 1;

    AccountImporter.Result result = importAll();
    Topology imported = result.document().topology();

    assertEquals(5, imported.hostedZones().size(), imported.hostedZones().toString());
    HostedZone ssmRead = imported.find(ElementId.of(ssmZone), HostedZone.class).orElseThrow();
    assertEquals("ssm shared", ssmRead.name());
    assertEquals("ssm.us-east-1.amazonaws.com", ssmRead.domain());
    assertEquals(List.of(ElementId.of(shared), ElementId.of(spoke)), ssmRead.vpcIds());
    assertEquals(List.of(AliasRecord.of("ssm.us-east-1.amazonaws.com", ssm)), ssmRead.records());
    HostedZone dkrRead = imported.find(ElementId.of(dkrZone), HostedZone.class).orElseThrow();
    assertEquals(Set.of(AliasRecord.of("dkr.ecr.us-east-1.amazonaws.com", dkr), AliasRecord.of("*.dkr.ecr.us-east-1.amazonaws.com", dkr)),
        Set.copyOf(dkrRead.records()));
    List<String> warnings = result.warnings();
    assertTrue(warnings.stream().anyMatch(w -> w.contains(ssmZone) && w.contains(elsewhere) && w.contains("not read")), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.contains(ssmZone) && w.contains("1 record that is not an alias record")),
        warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.contains(dkrZone) && w.contains("1 record")), warnings.toString());
    assertTrue(imported.hostedZones().stream().noneMatch(zone -> zone.domain().equals("west.example")), "a zone of no VPC read stays out");

    try (AwsSession session = TestSessions.session(fake, 5)) {
      Plan plan = new Planner(session).plan(result.document(), ProgressListener.NONE, new Cancellation());
      assertTrue(plan.isEmpty(), PlanReport.text(plan));
    }
  }

  @Test
  void import_ofManyVpcs_listsTheAccountsZones_insteadOfAskingVpcByVpc() {
    String first = account.vpc("10.0.0.0/16", Map.of());
    for (int extra = 1; extra <= LiveHostedZoneReader.BY_VPC_UP_TO; extra++) {
      account.vpc("10." + extra + ".0.0/16", Map.of());
    }
    String elsewhere = fake.state("us-west-2").vpc("10.99.0.0/16", Map.of());
    String ours = route53.zone("a.example", first, "us-east-1", Map.of("Name", "a"));
    route53.zone("b.example", elsewhere, "us-west-2", Map.of());
    route53.zone("c.example", elsewhere, "us-west-2", Map.of());
    route53.pageSize = 1;

    AccountImporter.Result result = importAll();

    assertEquals(List.of(ElementId.of(ours)), result.document().topology().hostedZones().stream().map(HostedZone::id).toList());
    assertEquals(0, fake.calls().stream().filter(call -> call.equals("ListHostedZonesByVPC")).count());
    assertEquals(3, fake.calls().stream().filter(call -> call.equals("ListHostedZones")).count(), "one zone a page");
  }

  @Test
  void import_withCredentialsThatMayNotReadRoute53_bringsTheRestIn_andSaysSo() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    route53.zone("a.example", vpc, "us-east-1", Map.of());
    fake.deny("ListHostedZonesByVPC");

    AccountImporter.Result result = importAll();

    assertTrue(result.document().topology().contains(ElementId.of(vpc)));
    assertTrue(result.document().topology().hostedZones().isEmpty());
    assertTrue(result.warnings().stream().anyMatch(w -> w.contains("may not read Route 53") && w.contains("route53:ListHostedZonesByVPC")),
        result.warnings().toString());
  }

  @Test
  void import_ofOnlySomeVpcs_leavesTheOthersAssociationsOut() {
    String shared = account.vpc("10.0.0.0/16", Map.of());
    String spoke = account.vpc("10.1.0.0/16", Map.of());
    String zone = route53.zone("sts.us-east-1.amazonaws.com", shared, "us-east-1", Map.of());
    route53.associate(zone, spoke, "us-east-1");

    try (AwsSession session = TestSessions.session(fake, 5)) {
      AccountImporter.Result result = new AccountImporter(session).importAccount(Set.of(spoke), ProgressListener.NONE, new Cancellation());
      HostedZone read = result.document().topology().hostedZones().get(0);
      assertEquals(List.of(ElementId.of(spoke)), read.vpcIds());
      assertTrue(result.warnings().stream().anyMatch(w -> w.contains(shared)), result.warnings().toString());
    }
  }
}
