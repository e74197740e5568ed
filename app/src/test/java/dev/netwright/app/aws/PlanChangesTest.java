package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.Cidr;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes plan used to miss or tell in AWS ids: the main table, rule and group descriptions, the words of a plan. */
class PlanChangesTest {
  private static final Pattern AWS_ID = Pattern.compile("\\b(igw|rtb|subnet|sg|nat|vpce|vpc)-[0-9a-f]{8,}");

  private final FakeEc2 fake = new FakeEc2();
  private final AwsSession session = TestSessions.session(fake, 1000);

  @BeforeEach
  void applyTheRepresentativeDesign() {
    assertTrue(apply(Designs.representative()).succeeded());
  }

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

  private static Document changed(UnaryOperator<Element> change) {
    List<Element> elements = new ArrayList<>();
    Designs.representative().topology().elements().forEach(element -> elements.add(change.apply(element)));
    return Designs.document(elements);
  }

  private static Document privateTableIsMain() {
    return changed(element -> element instanceof RouteTable table
        ? new RouteTable(table.id(), table.name(), table.vpcId(), table.id().value().equals("PrivateRt"), table.routes(), table.subnetIds())
        : element);
  }

  @Test
  void makingAnotherTableTheMainOne_plansItAndApplyMovesTheMainAssociation() {
    Plan plan = plan(privateTableIsMain());

    assertEquals(List.of("update route-table PrivateRt: become the main table instead of MainRt"),
        plan.changes().stream().map(PlannedChange::toString).toList());
    assertTrue(apply(privateTableIsMain()).succeeded());
    assertTrue(plan(privateTableIsMain()).isEmpty(), PlanReport.text(plan(privateTableIsMain())));
  }

  @Test
  void makingAnotherTableTheMainOne_isRolledBackWhenTheNextStepFails() {
    java.util.Map<String, String> before = fake.state().snapshot();
    fake.deny("CreateRoute");
    Document design = changed(element -> element instanceof RouteTable table
        ? new RouteTable(table.id(), table.name(), table.vpcId(), table.id().value().equals("PrivateRt"),
            table.id().value().equals("PrivateRt") ? List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("172.16.0.0/12", "Nat"))
                : table.routes(), table.subnetIds())
        : element);

    ApplyResult result = apply(design);

    assertFalse(result.succeeded(), result.toString());
    assertTrue(result.rolledBack().stream().anyMatch(line -> line.contains("the main table again")), result.rolledBack().toString());
    // AWS gives the moved main association a new id each time; everything else is as it was
    assertTrue(withoutAssociationIds(before).equals(withoutAssociationIds(fake.state().snapshot())), "the main table went back to MainRt");
  }

  private static java.util.Map<String, String> withoutAssociationIds(java.util.Map<String, String> snapshot) {
    java.util.Map<String, String> masked = new java.util.TreeMap<>();
    snapshot.forEach((id, content) -> masked.put(id, content.replaceAll("rtbassoc-[0-9a-f]+", "rtbassoc")));
    return masked;
  }

  @Test
  void changingARuleDescription_plansAnInPlaceUpdate() {
    Document design = changed(element -> element instanceof SecurityGroup group && group.id().value().equals("EndpointSg")
        ? group.withRules(List.of(new SecurityRule(dev.netwright.model.Protocol.TCP, dev.netwright.model.PortRange.single(443),
            new RulePeer.CidrPeer(Cidr.parse("10.0.0.0/16")), "HTTPS from the app")), group.egress())
        : element);

    Plan plan = plan(design);

    assertEquals(1, plan.changes().size(), PlanReport.text(plan));
    assertTrue(plan.changes().get(0).detail().startsWith("describe ingress "), plan.changes().get(0).detail());
    assertTrue(apply(design).succeeded());
    assertTrue(plan(design).isEmpty(), PlanReport.text(plan(design)));
  }

  @Test
  void changingAGroupDescription_isRefusedWithTheReason() {
    Document design = changed(element -> element instanceof SecurityGroup group
        ? new SecurityGroup(group.id(), group.name(), group.vpcId(), "HTTPS for endpoints", group.ingress(), group.egress())
        : element);

    NetwrightException refused = assertThrows(NetwrightException.class, () -> plan(design));

    assertTrue(refused.getMessage().startsWith("Security group EndpointSg ("), refused.getMessage());
    assertTrue(refused.getMessage().contains("can only change a description by replacing the group"), refused.getMessage());
  }

  @Test
  void aNewPeeringToAnExternalVpc_isRefusedWithTheReason() {
    List<Element> elements = new ArrayList<>(Designs.representative().topology().elements());
    elements.add(dev.netwright.model.topology.Vpc.external(Designs.id("vpc-0partner"), List.of(Cidr.parse("10.9.0.0/16")),
        dev.netwright.model.Region.of("eu-west-1"), "999988887777"));
    elements.add(new dev.netwright.model.topology.PeeringConnection(Designs.id("ToPartner"), "", Designs.id("Vpc"),
        Designs.id("vpc-0partner")));

    NetwrightException refused = assertThrows(NetwrightException.class, () -> plan(Designs.document(elements)));

    assertTrue(refused.getMessage().startsWith("peering connection ToPartner does not run yet and joins external VPC vpc-0partner"),
        refused.getMessage());
  }

  @Test
  void planDetails_nameTheDesignsIds_notAwsIds() {
    Document design = changed(element -> {
      if (element instanceof RouteTable table && table.id().value().equals("PrivateRt")) {
        return table.withRoutes(List.of(Route.of("0.0.0.0/0", "Igw")));
      }
      if (element instanceof dev.netwright.model.topology.GatewayEndpoint s3) {
        return s3.withRouteTables(List.of(Designs.id("PublicRt")));
      }
      return element;
    });

    Plan plan = plan(design);
    String text = PlanReport.text(plan) + PlanReport.json(plan);

    assertTrue(text.contains("route 0.0.0.0/0 -> Igw instead of Nat"), text);
    assertTrue(text.contains("+PublicRt -PrivateRt"), text);
    assertFalse(AWS_ID.matcher(text).find(), text);
  }
}
