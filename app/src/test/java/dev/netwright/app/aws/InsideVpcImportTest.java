package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing network ACLs and the network interfaces that are workloads from an emulated account, through the real SDK. */
class InsideVpcImportTest {
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
  void importAccount_readsAclsWithTheirRulesInOrderAndAssociations_withoutTheCatchAllRule() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    String defaults = account.defaultAcl(vpc);
    String locked = account.networkAcl(vpc, List.of(subnet), Map.of("Name", "locked"));
    account.aclEntry(locked, 110, "6", "allow", true, "10.0.0.0/16", 443, 443, null);
    account.aclEntry(locked, 100, "6", "deny", true, "0.0.0.0/0", 22, 22, null);
    account.aclEntry(locked, 100, "1", "allow", false, "10.0.0.0/8", null, null, 0);

    Topology topology = importAll(5);

    NetworkAcl acl = topology.require(ElementId.of(locked), NetworkAcl.class);
    assertEquals("locked", acl.name());
    assertEquals(List.of(ElementId.of(subnet)), acl.subnetIds());
    assertEquals(List.of(AclRule.tcp(100, PortRange.single(22), Cidr.ANYWHERE, AclAction.DENY),
        AclRule.tcp(110, PortRange.single(443), Cidr.parse("10.0.0.0/16"), AclAction.ALLOW)), acl.outbound());
    assertEquals(0, acl.inbound().get(0).icmpType());
    NetworkAcl defaultAcl = topology.require(ElementId.of(defaults), NetworkAcl.class);
    assertTrue(defaultAcl.isDefault());
    assertEquals(List.of(AclRule.allowAll(100)), defaultAcl.inbound(), "the catch-all rule * is implied, not stored");
  }

  @Test
  void importAccount_readsInstancesAndServiceInterfacesAsWorkloads_butLeavesEndpointInterfacesToTheirEndpoints() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    account.networkInterface(subnet, "interface", "Primary network interface", null, "i-0abc", "10.0.1.10", "54.1.2.3", List.of(),
        Map.of("Name", "web-1"));
    String lambda = account.networkInterface(subnet, "lambda", "AWS Lambda VPC ENI-report", "AROAEXAMPLE:awslambda_123", null,
        "10.0.1.20", null, List.of(), Map.of());
    String rds = account.networkInterface(subnet, "interface", "RDSNetworkInterface", "amazon-rds", null, "10.0.1.30", null, List.of(),
        Map.of());
    String endpoint = account.networkInterface(subnet, "vpc_endpoint", "VPC Endpoint Interface vpce-0123", "727180483921", null,
        "10.0.1.40", null, List.of(), Map.of());

    Topology topology = importAll(1000);

    Workload web = topology.require(ElementId.of("i-0abc"), Workload.class);
    assertEquals(WorkloadType.EC2_INSTANCE, web.type());
    assertEquals("web-1", web.name());
    assertTrue(web.publicIp());
    assertEquals("10.0.1.10", web.privateIp().toString());
    assertEquals(WorkloadType.LAMBDA, topology.require(ElementId.of(lambda), Workload.class).type());
    assertEquals(WorkloadType.RDS, topology.require(ElementId.of(rds), Workload.class).type());
    assertFalse(topology.contains(ElementId.of(endpoint)), "an endpoint's interface is the endpoint's own");
  }

  @Test
  void importAccount_namesAnInstanceByItsOwnNameTag_whichItsInterfaceDoesNotCarry() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    String group = account.securityGroup(vpc, "web", Map.of());
    String instance = account.instance(subnet, "10.0.1.10", null, List.of(group), Map.of("Name", "web-1", "team", "shop"));

    Topology topology = importAll(5);

    Workload web = topology.require(ElementId.of(instance), Workload.class);
    assertEquals("web-1", web.name());
    assertEquals(WorkloadType.EC2_INSTANCE, web.type());
    assertEquals(List.of(ElementId.of(group)), web.securityGroupIds());
  }

  @Test
  void importAccount_whenDescribeInstancesIsDenied_keepsTheInstancesWithoutNames_andSaysSo() {
    String vpc = account.vpc("10.0.0.0/16", Map.of());
    String subnet = account.subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    String instance = account.instance(subnet, "10.0.1.10", null, List.of(), Map.of("Name", "web-1"));
    fake.deny("DescribeInstances");

    try (AwsSession session = TestSessions.session(fake, 1000)) {
      var result = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation());
      assertEquals("", result.document().topology().require(ElementId.of(instance), Workload.class).name());
      assertTrue(result.warnings().stream().anyMatch(w -> w.contains("DescribeInstances")), result.warnings().toString());
    }
  }

  @Test
  void plan_ofTheLockedDownSample_createsItsAcls_andSaysItsWorkloadsAreOnlyRead() {
    dev.netwright.model.document.Document design = new dev.netwright.model.format.DesignFile().read(
        java.nio.file.Path.of(System.getProperty("netwright.samples", "../samples")).resolve("locked-down-acl.json"));
    try (AwsSession session = TestSessions.session(fake, 1000)) {
      Plan plan = new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
      String text = PlanReport.text(plan);
      long workloadKinds = design.topology().workloads().stream().map(Workload::type).distinct().count();
      List<String> lines = text.lines().toList();
      assertTrue(lines.subList(0, (int) workloadKinds).stream().allMatch(line -> line.startsWith("Not applied: ")
          && line.contains(" read from the account; apply never creates or deletes ")), text);
      assertTrue(plan.changes().stream().noneMatch(change -> NotApplied.kinds().contains(change.kind())), text);
      assertEquals(2, plan.changes().stream().filter(change -> change.kind() == dev.netwright.model.topology.ElementKind.NETWORK_ACL)
          .count(), text);
    }
  }
}
