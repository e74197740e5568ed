package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Planning and applying network ACLs, their rules and subnet associations against an emulated account, through the real SDK. */
class NetworkAclApplyTest {
  private final FakeEc2 fake = new FakeEc2();
  private final AwsSession session = TestSessions.session(fake, 1000);

  @AfterEach
  void close() {
    session.close();
    fake.close();
  }

  private Plan plan(Document design) {
    return new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
  }

  private ApplyResult apply(Document design) {
    return new Applier(session).apply(plan(design), ProgressListener.NONE, new Cancellation());
  }

  private Topology imported() {
    return new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document().topology();
  }

  private static PlannedChange change(Plan plan, String id) {
    return plan.changes().stream().filter(change -> change.id().value().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no change for " + id + " in " + PlanReport.text(plan)));
  }

  /** The ACL the account associates a subnet with, found by the subnet's Name tag. */
  private static NetworkAcl aclOfSubnetNamed(Topology account, String name) {
    ElementId subnet = account.subnets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    return account.networkAclOf(subnet).orElseThrow();
  }

  @Test
  void plan_onAnEmptyAccount_createsTheAclAfterItsSubnet_andAdoptsTheDefaultAcl() {
    Plan plan = plan(Designs.withNetworkAcls());

    List<String> order = plan.changes().stream().map(change -> change.id().value()).toList();
    assertTrue(order.indexOf("PrivateA") < order.indexOf("AppAcl"), order.toString());
    assertTrue(order.indexOf("Vpc") < order.indexOf("DefaultAcl"), order.toString());
    assertEquals("create network-acl AppAcl: 3 inbound, 3 outbound rules, 1 subnets", change(plan, "AppAcl").toString());
    assertEquals("create network-acl DefaultAcl: default ACL of Vpc, 1 inbound, 2 outbound rules", change(plan, "DefaultAcl").toString());
  }

  @Test
  void apply_makesTheAclsRulesAndAssociations_andAPlanAfterwardsIsEmpty() {
    ApplyResult result = apply(Designs.withNetworkAcls());

    assertTrue(result.succeeded(), PlanReport.text(result));
    Plan again = plan(Designs.withNetworkAcls());
    assertTrue(again.isEmpty(), PlanReport.text(again));
    Topology account = imported();
    NetworkAcl app = aclOfSubnetNamed(account, "private-a");
    NetworkAcl designed = Designs.withNetworkAcls().topology().require(ElementId.of("AppAcl"), NetworkAcl.class);
    assertEquals("app-acl", app.name());
    assertFalse(app.isDefault());
    assertEquals(designed.inbound(), app.inbound(), "ICMP type and port ranges as designed");
    assertEquals(designed.outbound(), app.outbound());
    NetworkAcl defaults = aclOfSubnetNamed(account, "public-a");
    assertTrue(defaults.isDefault(), "a subnet the design leaves on the default ACL stays there");
    assertEquals(List.of(AclRule.allowAll(100)), defaults.inbound());
    assertEquals(2, defaults.outbound().size(), "the default ACL's rules are reconciled");
    assertTrue(fake.state().taggedWith(NetwrightTags.ID).contains(app.id().value()), "the new ACL is tagged at birth");
    assertTrue(fake.state().taggedWith(NetwrightTags.ID).contains(defaults.id().value()), "the default ACL is adopted");
  }

  @Test
  void plan_ofChangedRulesAndAssociations_namesTheDesignsIds_andApplyReachesIt() {
    assertTrue(apply(Designs.withNetworkAcls()).succeeded());

    Plan plan = plan(Designs.withChangedNetworkAcls());

    assertEquals("update network-acl AppAcl: replace inbound rule 100: deny tcp 443 from 10.0.0.0/16 (was allow tcp 443 from"
        + " 10.0.0.0/16); add inbound rule 130: allow tcp 22 from 10.0.0.10/32; remove inbound rule 120: allow icmp type 8 from"
        + " 10.0.0.0/16; associate subnet PublicA; move subnet PrivateA back to the VPC's default network ACL",
        change(plan, "AppAcl").toString());
    assertEquals("update network-acl DefaultAcl: remove outbound rule 90: deny tcp 25 to 0.0.0.0/0", change(plan, "DefaultAcl")
        .toString());
    assertEquals(2, plan.changes().size(), PlanReport.text(plan));
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
    assertTrue(result.succeeded(), PlanReport.text(result));
    assertTrue(plan(Designs.withChangedNetworkAcls()).isEmpty());
    Topology account = imported();
    assertEquals("app-acl", aclOfSubnetNamed(account, "public-a").name());
    assertTrue(aclOfSubnetNamed(account, "private-a").isDefault());
  }

  @Test
  void plan_ofAnAclTheDesignDropped_deletesIt_afterMovingItsSubnetBackToTheDefault() {
    assertTrue(apply(Designs.withNetworkAcls()).succeeded());
    List<Element> without = new ArrayList<>(Designs.withNetworkAcls().topology().elements());
    without.removeIf(element -> element.id().value().equals("AppAcl"));
    Document design = Designs.document(without);

    Plan plan = plan(design);

    assertEquals(1, plan.changes().size(), PlanReport.text(plan));
    assertEquals(PlannedChange.Action.DELETE, plan.changes().get(0).action());
    assertTrue(plan.changes().get(0).detail().contains("made by Netwright for AppAcl"), plan.changes().get(0).detail());
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
    assertTrue(result.succeeded(), PlanReport.text(result));
    assertTrue(plan(design).isEmpty());
    Topology account = imported();
    assertEquals(1, account.networkAcls().size(), "only the default ACL is left: " + account.networkAcls());
    assertTrue(aclOfSubnetNamed(account, "private-a").isDefault());
  }

  @Test
  void apply_ofTheWholeVpcDeleted_neverDeletesTheDefaultAclOnItsOwn() {
    assertTrue(apply(Designs.withNetworkAcls()).succeeded());

    Plan plan = plan(Designs.document(List.of()));

    assertTrue(plan.changes().stream().noneMatch(change -> change.live() instanceof NetworkAcl acl && acl.isDefault()),
        PlanReport.text(plan));
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
    assertTrue(result.succeeded(), PlanReport.text(result));
    assertEquals(0, fake.state().liveCount(), "the default ACL went with its VPC");
  }

  @Test
  void apply_whenDryRunRefusesCreateNetworkAcl_changesNothing() {
    assertTrue(apply(Designs.representative()).succeeded());
    Map<String, String> before = fake.state().snapshot();
    fake.deny("CreateNetworkAcl");

    ApplyResult result = apply(Designs.withNetworkAcls());

    assertFalse(result.succeeded());
    assertTrue(result.failure().contains("CreateNetworkAcl"), result.failure());
    assertEquals(before, fake.state().snapshot());
  }

  @Test
  void importThenPlan_ofAnAccountWithAclsAndWorkloads_isEmpty_andSaysWorkloadsAreOnlyRead() {
    String vpc = fake.state().vpc("10.0.0.0/16", Map.of("Name", "shop"));
    String web = fake.state().subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    String data = fake.state().subnet(vpc, "10.0.2.0/24", "us-east-1b", Map.of());
    String acl = fake.state().networkAcl(vpc, List.of(web, data), Map.of("Name", "locked"));
    fake.state().aclEntry(acl, 100, "6", "allow", false, "0.0.0.0/0", 443, 443, null);
    fake.state().aclEntry(acl, 110, "17", "allow", true, "10.0.0.2/32", 53, 53, null);
    fake.state().aclEntry(acl, 120, "1", "allow", false, "10.0.0.0/16", null, null, 8);
    fake.state().aclEntry(fake.state().defaultAcl(vpc), 90, "6", "deny", true, "0.0.0.0/0", 25, 25, null);
    String group = fake.state().securityGroup(vpc, "web", Map.of());
    fake.state().networkInterface(web, "interface", "Primary network interface", null, "i-0abc", "10.0.1.10", "54.1.2.3",
        List.of(group), Map.of("Name", "web-1"));
    fake.state().networkInterface(web, "interface", "Primary network interface", null, "i-0def", "10.0.1.11", null,
        List.of(group), Map.of());
    fake.state().networkInterface(web, "lambda", "AWS Lambda VPC ENI-report", "AROAEXAMPLE:awslambda_1", null, "10.0.1.20", null,
        List.of(group), Map.of());
    fake.state().networkInterface(data, "interface", "RDSNetworkInterface", "amazon-rds", null, "10.0.2.30", null, List.of(group),
        Map.of());
    fake.state().networkInterface(web, "interface", "arn:aws:ecs:us-east-1:111122223333:attachment/1", "578734482556", null,
        "10.0.1.40", null, List.of(group), Map.of());
    fake.state().networkInterface(web, "interface", "ELB app/shop/50dc6c495c0c9188", "amazon-elb", null, "10.0.1.50", null,
        List.of(group), Map.of());
    fake.state().networkInterface(web, "vpc_endpoint", "VPC Endpoint Interface vpce-0123", "727180483921", null, "10.0.1.60", null,
        List.of(group), Map.of());
    Document design = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document();
    assertEquals(6, design.topology().workloads().size(), "the endpoint's interface is the endpoint's own");
    assertEquals(2, design.topology().networkAcls().size());

    Plan plan = plan(design);

    assertTrue(plan.isEmpty(), PlanReport.text(plan));
    assertEquals("No changes: the account matches the design.\n"
        + "Not applied: 2 EC2 instances are read from the account; apply never creates or deletes them.\n"
        + "Not applied: 1 Lambda function is read from the account; apply never creates or deletes it.\n"
        + "Not applied: 1 ECS task is read from the account; apply never creates or deletes it.\n"
        + "Not applied: 1 RDS instance is read from the account; apply never creates or deletes it.\n"
        + "Not applied: 1 load balancer is read from the account; apply never creates or deletes it.\n", PlanReport.text(plan));
  }

  @Test
  void plan_neverDeletesAnInstance_evenOneCarryingTheDesignsTags() {
    assertTrue(apply(Designs.withNetworkAcls()).succeeded());
    String subnet = fake.state().snapshot().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("subnet-") && entry.getValue().contains("<cidrBlock>10.0.0.0/24<"))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    fake.state().networkInterface(subnet, "interface", "Primary network interface", null, "i-0copied", "10.0.0.50", null, List.of(),
        Map.of(NetwrightTags.DESIGN, "test-design", NetwrightTags.ID, "OldWeb"));

    Plan plan = plan(Designs.withNetworkAcls());

    assertTrue(plan.isEmpty(), PlanReport.text(plan));
  }
}
