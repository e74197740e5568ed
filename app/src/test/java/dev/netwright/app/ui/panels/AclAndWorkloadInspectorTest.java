package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Inspector's network ACL and workload forms and the path panel beside them, wired as the
 * designer wires them, on samples/locked-down-acl.json.
 */
@ExtendWith(ApplicationExtension.class)
class AclAndWorkloadInspectorTest {
  private static final ElementId LOCKED = ElementId.of("LockedAcl");
  private static final ElementId WEB = ElementId.of("Web1");
  private static final ElementId REPORT = ElementId.of("ReportFunction");
  private static final ElementId DATABASE = ElementId.of("OrdersDatabase");

  private DesignSession session;
  private InspectorPanel inspector;
  private PathPanel paths;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SampleDesigns.load("locked-down-acl.json"), null);
    inspector = new InspectorPanel(session);
    paths = new PathPanel(session);
    paths.setOnRule(inspector::focusRule);
    inspector.setPrefWidth(460);
    paths.setPrefWidth(760);
    stage.setScene(new Scene(new HBox(inspector, paths), 1240, 1100));
    stage.show();
  }

  private NetworkAcl acl() {
    return session.document().topology().require(LOCKED, NetworkAcl.class);
  }

  private Workload web() {
    return session.document().topology().require(WEB, Workload.class);
  }

  private void select(FxRobot robot, ElementId id) {
    robot.interact(() -> session.select(List.of(id)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private TableView<AclRule> table(FxRobot robot, String direction) {
    return robot.lookup("#acl-" + direction + "-table").queryAs(TableView.class);
  }

  private void selectRule(FxRobot robot, String direction, int number) {
    TableView<AclRule> table = table(robot, direction);
    robot.interact(() -> table.getItems().stream().filter(rule -> rule.number() == number).findFirst()
        .ifPresent(rule -> table.getSelectionModel().select(rule)));
  }

  private void setField(FxRobot robot, String query, String text) {
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
  }

  private void press(FxRobot robot, String query) {
    robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void settle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    paths.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void ask(FxRobot robot, ElementId from, ElementId to, String port) throws Exception {
    robot.interact(() -> paths.showPath(from, Target.element(to)));
    setField(robot, "#path-port", port);
    settle();
  }

  @Test
  void selectingAnAcl_showsItsForm_withItsRulesInOrder_andItsSubnets(FxRobot robot) {
    select(robot, LOCKED);

    assertInstanceOf(NetworkAclForm.class, inspector.currentForm());
    // the sample's outbound rules (the service ranges' rules 200 on), in rule order
    List<Integer> numbers = table(robot, "out").getItems().stream().map(AclRule::number).toList();
    assertEquals(acl().outbound().stream().map(AclRule::number).sorted().toList(), numbers);
    assertEquals(List.of(100, 110, 200), numbers.subList(0, 3));
    assertEquals(acl().inbound(), table(robot, "in").getItems());
    assertTrue(robot.lookup("#inspector-acl-subnets-AppSubnet").queryAs(CheckBox.class).isSelected());
    assertTrue(!robot.lookup("#inspector-acl-subnets-DataSubnet").queryAs(CheckBox.class).isSelected());
  }

  @Test
  void editingARuleInTheTable_changesIt_asOneUndoStep_andABadPortIsMarkedAndNotApplied(FxRobot robot) {
    select(robot, LOCKED);
    NetworkAcl before = acl();

    selectRule(robot, "out", 110);
    assertEquals("443", robot.lookup("#acl-out-ports").queryAs(TextField.class).getText(), "the row fills the fields");
    setField(robot, "#acl-out-ports", "70000");
    press(robot, "#acl-out-apply");

    assertTrue(robot.lookup("#acl-out-ports").queryAs(TextField.class).getStyleClass().contains(ValidatedField.INVALID));
    assertTrue(robot.lookup("#acl-out-error").queryAs(javafx.scene.control.Label.class).getText().contains("70000"));
    assertEquals(before, acl(), "nothing applied");

    setField(robot, "#acl-out-ports", "8443");
    press(robot, "#acl-out-apply");

    AclRule edited = acl().outbound().get(1);
    assertEquals(110, edited.number());
    assertEquals(PortRange.single(8443), edited.ports());
    assertEquals(110, table(robot, "out").getSelectionModel().getSelectedItem().number(), "the edited row stays selected");
    robot.interact(session::undo);
    assertEquals(before, acl(), "one undo restores the rule");
  }

  @Test
  void movingADenyRuleAboveTheAllow_blocksThePath_andTheAnswerLinksToThatRule(FxRobot robot) throws Exception {
    ask(robot, WEB, DATABASE, "5432");
    assertTrue(paths.verdictText().startsWith("Reachable"), paths.verdictText());

    select(robot, LOCKED);
    setField(robot, "#acl-out-number", "105");
    robot.interact(() -> robot.lookup("#acl-out-protocol").queryAs(ChoiceBox.class).setValue(dev.netwright.model.Protocol.TCP));
    setField(robot, "#acl-out-ports", "5432");
    setField(robot, "#acl-out-cidr", "10.0.20.0/24");
    robot.interact(() -> robot.lookup("#acl-out-action").queryAs(ChoiceBox.class).setValue(AclAction.DENY));
    press(robot, "#acl-out-add");
    settle();
    assertEquals(AclAction.DENY, acl().outbound().get(1).action(), "added as rule 105, after the allow of rule 100");
    assertTrue(paths.verdictText().startsWith("Reachable"), "rule 100 still decides first: " + paths.verdictText());

    selectRule(robot, "out", 105);
    press(robot, "#acl-out-up");
    settle();

    assertEquals(AclAction.DENY, acl().outbound().get(0).action(), "the deny is now rule 100");
    assertTrue(paths.verdictText().startsWith("Blocked"), paths.verdictText());
    assertTrue(paths.verdictText().contains("TCP 5432"), "the answer shows what was asked: " + paths.verdictText());
    assertTrue(paths.ruleLinkText().contains("outbound rule 100"), paths.ruleLinkText());

    select(robot, WEB);
    robot.interact(paths::fireRuleLink);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(java.util.Set.of(LOCKED), session.selection());
    assertEquals(100, table(robot, "out").getSelectionModel().getSelectedItem().number(), "the named rule's row is selected");
    robot.interact(session::undo);
    settle();
    assertTrue(paths.verdictText().startsWith("Reachable"), "undoing the reorder answers as before: " + paths.verdictText());
  }

  @Test
  void sshFromTheReportFunction_isBlockedByTheCatchAllRule_whichTheLinkShows_andTheAclChipOfItsSubnetIsMarked(FxRobot robot)
      throws Exception {
    ask(robot, REPORT, DATABASE, "22");

    assertTrue(paths.verdictText().startsWith("Blocked"), paths.verdictText());
    assertTrue(paths.ruleLinkText().contains("locked-acl") && paths.ruleLinkText().contains("outbound rule *"),
        paths.ruleLinkText());
    assertEquals(LOCKED, session.highlightedPath().blocker().orElseThrow());
    assertEquals(ElementId.of("AppSubnet"), session.highlightedPath().blockerPlace().orElseThrow(),
        "it blocks where the packet leaves the app subnet");

    robot.interact(paths::fireRuleLink);
    WaitForAsyncUtils.waitForFxEvents();

    NetworkAclForm form = assertInstanceOf(NetworkAclForm.class, inspector.currentForm());
    assertTrue(form.table(false).catchAllFocused(), "the catch-all rule * is marked");
  }

  @Test
  void aBadPort_isRefusedAtTheField_andNothingIsAsked(FxRobot robot) throws Exception {
    ask(robot, REPORT, DATABASE, "99999");

    assertTrue(robot.lookup("#path-port").queryAs(TextField.class).getStyleClass().contains(ValidatedField.INVALID));
    assertTrue(robot.lookup("#path-port-error").queryAs(javafx.scene.control.Label.class).getText().contains("99999"));
  }

  @Test
  void editingAWorkload_addressTypeAndGroups_eachOneUndoStep_anAddressOutsideItsSubnetRefused(FxRobot robot) {
    select(robot, WEB);
    assertInstanceOf(WorkloadForm.class, inspector.currentForm());
    Workload before = web();

    robot.doubleClickOn("#inspector-workload-address");
    robot.interact(() -> robot.lookup("#inspector-workload-address").queryAs(TextField.class).clear());
    robot.write("10.0.99.5").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#inspector-workload-address").queryAs(TextField.class).getStyleClass().contains(ValidatedField.INVALID));
    assertEquals(before, web(), "an address outside 10.0.10.0/24 is not applied");

    robot.interact(() -> robot.lookup("#inspector-workload-address").queryAs(TextField.class).clear());
    robot.write("10.0.10.99").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(IpAddress.parse("10.0.10.99"), web().privateIp());

    robot.interact(() -> robot.lookup("#inspector-workload-type").queryAs(ChoiceBox.class).setValue(WorkloadType.ECS_TASK));
    robot.interact(() -> robot.lookup("#inspector-workload-groups-ReportSecurityGroup").queryAs(CheckBox.class).fire());
    assertEquals(WorkloadType.ECS_TASK, web().type());
    assertEquals(List.of(ElementId.of("WebSecurityGroup"), ElementId.of("ReportSecurityGroup")), web().securityGroupIds());

    robot.interact(session::undo);
    assertEquals(List.of(ElementId.of("WebSecurityGroup")), web().securityGroupIds());
    assertEquals(WorkloadType.ECS_TASK, web().type());
    robot.interact(session::undo);
    assertEquals(WorkloadType.EC2_INSTANCE, web().type());
    robot.interact(session::undo);
    assertEquals(before, web(), "three edits, three undo steps");
  }

  @Test
  void aWorkloadMovedToAnotherSubnet_andASubnetGivenAnotherAcl_eachOneUndoStep(FxRobot robot) {
    select(robot, WEB);
    robot.interact(() -> robot.lookup("#inspector-workload-subnet").queryAs(ChoiceBox.class).setValue(ElementId.of("DataSubnet")));
    assertEquals(ElementId.of("DataSubnet"), web().subnetId());
    assertEquals(null, web().privateIp(), "10.0.10.10 is not an address of the data subnet: AWS picks one");
    robot.interact(session::undo);
    assertEquals(ElementId.of("AppSubnet"), web().subnetId());

    ElementId data = ElementId.of("DataSubnet");
    select(robot, data);
    robot.interact(() -> robot.lookup("#inspector-subnet-acl").queryAs(ChoiceBox.class).setValue(LOCKED));
    assertEquals(LOCKED, session.document().topology().networkAclOf(data).orElseThrow().id());
    robot.interact(session::undo);
    assertEquals(ElementId.of("DefaultAcl"), session.document().topology().networkAclOf(data).orElseThrow().id());
    assertInstanceOf(Subnet.class, session.document().topology().find(data).orElseThrow());
  }

  @Test
  void aFlowFromAWorkload_isAddedFromThePathsPanel_andListedInItsForm(FxRobot robot) throws Exception {
    robot.interact(() -> paths.showPath(REPORT, Target.S3));
    settle();
    press(robot, "#path-add-flow");

    assertEquals(REPORT, session.document().traffic().flows().get(0).from());
    assertEquals(java.util.Set.of(REPORT), session.selection(), "the workload is selected to edit the flow's GB");
    assertInstanceOf(WorkloadForm.class, inspector.currentForm());
    String flowId = session.document().traffic().flows().get(0).id().value();
    assertEquals("100", robot.lookup("#inspector-flow-" + flowId + "-sent").queryAs(TextField.class).getText(),
        "its form lists the flow at the design's default volume");
  }

  @Test
  void aSubnetsForm_addsAWorkload_andGivesTheSubnetANetworkAclOfItsOwn_eachSelectedForItsForm(FxRobot robot) {
    ElementId data = ElementId.of("DataSubnet");
    select(robot, data);
    robot.interact(() -> robot.lookup("#inspector-subnet-new-acl").queryAs(Button.class).fire());

    NetworkAcl created = session.document().topology().networkAclOf(data).orElseThrow();
    assertTrue(!created.isDefault() && created.subnetIds().equals(List.of(data)), created.toString());
    assertEquals(List.of(AclRule.allowAll(100)), created.outbound(), "it lets everything through until its rules are tightened");
    assertEquals(java.util.Set.of(created.id()), session.selection());
    assertInstanceOf(NetworkAclForm.class, inspector.currentForm());
    robot.interact(session::undo);
    assertEquals(ElementId.of("DefaultAcl"), session.document().topology().networkAclOf(data).orElseThrow().id(), "one undo step");

    select(robot, data);
    robot.interact(() -> robot.lookup("#inspector-subnet-add-workload").queryAs(Button.class).fire());
    Workload added = session.document().topology().workloadsIn(data).get(1);
    assertEquals(WorkloadType.EC2_INSTANCE, added.type());
    assertInstanceOf(WorkloadForm.class, inspector.currentForm());

    select(robot, data);
    robot.interact(() -> robot.lookup("#inspector-subnet-workload-OrdersDatabase").queryAs(javafx.scene.control.Hyperlink.class).fire());
    assertEquals(java.util.Set.of(DATABASE), session.selection(), "a workload link selects it");
  }
}
