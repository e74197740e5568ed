package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanAndApplyTest {
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

  @Test
  void plan_onAnEmptyAccount_createsEverythingInDependencyOrder() {
    Plan plan = plan(Designs.representative());

    List<String> order = plan.changes().stream().map(change -> change.id().value()).toList();
    assertTrue(plan.changes().stream().allMatch(change -> change.action() == PlannedChange.Action.CREATE));
    assertEquals(11, order.size());
    assertTrue(order.indexOf("Vpc") < order.indexOf("PublicA"));
    assertTrue(order.indexOf("PublicA") < order.indexOf("Nat"));
    assertTrue(order.indexOf("Nat") < order.indexOf("PrivateRt"));
    assertTrue(order.indexOf("PrivateRt") < order.indexOf("S3"));
    assertTrue(order.indexOf("EndpointSg") < order.indexOf("Ssm"));
    assertEquals("create subnet PrivateA: 10.0.1.0/24 in us-east-1a",
        plan.changes().get(order.indexOf("PrivateA")).toString());
  }

  @Test
  void apply_thenPlan_showsNoChangesAndTagsEverythingMade() {
    ApplyResult result = apply(Designs.representative());

    assertTrue(result.succeeded(), result.toString());
    assertTrue(plan(Designs.representative()).isEmpty(), PlanReport.text(plan(Designs.representative())));
    // VPC, 2 subnets, IGW, NAT, its Elastic IP, main + 2 tables, 2 endpoints, the group
    assertEquals(12, fake.state().taggedWith(NetwrightTags.ID).size(), fake.state().taggedWith(NetwrightTags.ID).toString());
  }

  @Test
  void importThenPlan_ofTheSameAccount_showsNoChanges() {
    assertTrue(apply(Designs.representative()).succeeded());
    Document imported = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document();

    Plan plan = plan(imported);

    assertTrue(plan.isEmpty(), PlanReport.text(plan));
  }

  @Test
  void plan_afterTheDesignChanges_updatesAndDeletesOnlyWhatNetwrightOwns() {
    assertTrue(apply(Designs.representative()).succeeded());
    String foreignVpc = fake.state().vpc("192.168.0.0/16", Map.of("Name", "not ours"));
    fake.state().subnet(foreignVpc, "192.168.1.0/24", "us-east-1a", Map.of());
    List<Element> changed = new ArrayList<>();
    for (Element element : Designs.representative().topology().elements()) {
      if (element.id().value().equals("Ssm") || element.id().value().equals("EndpointSg")) {
        continue;
      }
      changed.add(element.id().value().equals("PrivateA") ? element.withName("private-a-renamed") : element);
    }

    Plan plan = plan(Designs.document(changed));

    assertEquals(List.of("update subnet PrivateA: rename 'private-a' to 'private-a-renamed'"),
        plan.changes().stream().filter(c -> c.action() == PlannedChange.Action.UPDATE).map(PlannedChange::toString).toList());
    List<ElementKind> deleted = plan.changes().stream().filter(c -> c.action() == PlannedChange.Action.DELETE).map(PlannedChange::kind)
        .toList();
    assertEquals(List.of(ElementKind.INTERFACE_ENDPOINT, ElementKind.SECURITY_GROUP), deleted);
    assertTrue(apply(Designs.document(changed)).succeeded());
    assertTrue(plan(Designs.document(changed)).isEmpty());
    assertTrue(fake.state().snapshot().containsKey(foreignVpc), "a VPC Netwright does not own is never deleted");
  }

  @Test
  void plan_refusesAChangeAwsCannotMakeInPlace() {
    assertTrue(apply(Designs.representative()).succeeded());
    List<Element> changed = new ArrayList<>();
    for (Element element : Designs.representative().topology().elements()) {
      changed.add(element instanceof Subnet subnet && subnet.id().value().equals("PrivateA")
          ? subnet.withCidr(Cidr.parse("10.0.2.0/24")) : element);
    }
    NetwrightException refused = assertThrows(NetwrightException.class, () -> plan(Designs.document(changed)));
    assertTrue(refused.getMessage().contains("PrivateA") && refused.getMessage().contains("CIDR"), refused.getMessage());
  }

  @Test
  void planJson_followsTheCliContract() {
    String json = PlanReport.json(plan(Designs.representative()));
    assertTrue(json.contains("\"changes\""));
    assertTrue(json.contains("\"action\" : \"create\""), json);
    assertTrue(json.contains("\"kind\" : \"subnet\""), json);
    assertTrue(json.contains("\"detail\" : \"10.0.1.0/24 in us-east-1a\""), json);
  }

  @Test
  void apply_whenDryRunIsRefused_changesNothing() {
    fake.deny("CreateVpc");
    ApplyResult result = apply(Designs.representative());
    assertFalse(result.succeeded());
    assertTrue(result.failure().contains("CreateVpc"), result.failure());
    assertEquals(0, fake.state().liveCount());
  }
}
