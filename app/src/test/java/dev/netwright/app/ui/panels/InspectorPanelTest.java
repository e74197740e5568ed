package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Protocol;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorPanelTest {
  private DesignSession session;
  private InspectorPanel inspector;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SmallDesign.document(), null);
    inspector = new InspectorPanel(session);
    stage.setScene(new Scene(inspector, 420, 640));
    stage.show();
  }

  private void select(FxRobot robot, ElementId id) {
    robot.interact(() -> session.select(List.of(id)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void retype(FxRobot robot, String query, String text) {
    robot.doubleClickOn(query);
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
    robot.write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void invalidCidr_typedIntoTheSubnet_isRefusedAndMarked_andTheModelIsUnchanged(FxRobot robot) {
    select(robot, SmallDesign.SUBNET);
    Document before = session.document();

    retype(robot, "#inspector-cidr", "10.0.1.300/24");

    TextField field = robot.lookup("#inspector-cidr").queryAs(TextField.class);
    Label error = robot.lookup("#inspector-cidr-error").queryAs(Label.class);
    assertTrue(field.getStyleClass().contains("invalid"), "the field is marked");
    assertTrue(error.isVisible());
    assertTrue(error.getText().contains("octet 300 is above 255"), error.getText());
    assertEquals(before, session.document());
    assertFalse(session.canUndoProperty().get());
    assertEquals("10.0.1.300/24", field.getText(), "what the user typed stays for them to fix");
  }

  @Test
  void validCidr_isAppliedAsOneUndoStep(FxRobot robot) {
    select(robot, SmallDesign.SUBNET);
    Document before = session.document();

    retype(robot, "#inspector-cidr", "10.0.2.0/24");

    assertEquals(Cidr.parse("10.0.2.0/24"), session.document().topology().require(SmallDesign.SUBNET, Subnet.class).cidr());
    assertFalse(robot.lookup("#inspector-cidr").queryAs(TextField.class).getStyleClass().contains("invalid"));
    robot.interact(session::undo);
    assertEquals(before, session.document());
    assertFalse(session.canUndoProperty().get(), "the edit was exactly one step");
    assertEquals("10.0.1.0/24", robot.lookup("#inspector-cidr").queryAs(TextField.class).getText(), "the field follows undo");
  }

  @Test
  void subnetCidr_outsideItsVpc_isRefusedByTheEditor_withTheReasonAtTheField(FxRobot robot) {
    select(robot, SmallDesign.SUBNET);
    Document before = session.document();

    retype(robot, "#inspector-cidr", "192.168.1.0/24");

    assertTrue(robot.lookup("#inspector-cidr").queryAs(TextField.class).getStyleClass().contains("invalid"));
    String reason = robot.lookup("#inspector-cidr-error").queryAs(Label.class).getText();
    assertTrue(reason.contains("192.168.1.0/24"), reason);
    assertEquals(before, session.document());
  }

  @Test
  void renaming_theVpc_changesItsName(FxRobot robot) {
    select(robot, SmallDesign.VPC);

    retype(robot, "#inspector-name", "production");

    assertEquals("production", session.document().topology().require(SmallDesign.VPC, Vpc.class).name());
    assertTrue(robot.lookup("#inspector-title").queryAs(Label.class).getText().contains("VPC"));
  }

  @Test
  void vpcBlocks_withOneInvalid_areRefusedWhole(FxRobot robot) {
    select(robot, SmallDesign.VPC);
    Document before = session.document();

    retype(robot, "#inspector-cidr-blocks", "10.0.0.0/16, 10.1.0.1/16");

    assertTrue(robot.lookup("#inspector-cidr-blocks-error").queryAs(Label.class).getText().contains("host bits"));
    assertEquals(before, session.document());
  }

  @Test
  void dnsFlags_areEditedByTheirCheckBoxes(FxRobot robot) {
    select(robot, SmallDesign.VPC);

    robot.clickOn("#inspector-dns-hostnames");
    WaitForAsyncUtils.waitForFxEvents();

    Vpc vpc = session.document().topology().require(SmallDesign.VPC, Vpc.class);
    assertTrue(vpc.dnsSupport());
    assertFalse(vpc.dnsHostnames());
    assertFalse(robot.lookup("#inspector-dns-hostnames").queryAs(CheckBox.class).isSelected());
  }

  @Test
  void zone_isChosenFromTheVpcsRegion(FxRobot robot) {
    select(robot, SmallDesign.SUBNET);
    @SuppressWarnings("unchecked")
    ComboBox<AvailabilityZone> zone = robot.lookup("#inspector-zone").queryAs(ComboBox.class);

    robot.interact(() -> zone.setValue(AvailabilityZone.of("us-east-1b")));

    assertEquals("us-east-1b", session.document().topology().require(SmallDesign.SUBNET, Subnet.class).zone().name());
  }

  @Test
  void route_isAddedAndRemoved_eachOneUndoStep(FxRobot robot) {
    select(robot, SmallDesign.TABLE);
    @SuppressWarnings("unchecked")
    ComboBox<ElementId> target = robot.lookup("#route-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(SmallDesign.GATEWAY));
    robot.clickOn("#route-destination").write("192.168.0.0/16");
    robot.clickOn("#route-add");
    WaitForAsyncUtils.waitForFxEvents();

    RouteTable table = session.document().topology().require(SmallDesign.TABLE, RouteTable.class);
    assertEquals(List.of(Route.of("0.0.0.0/0", "Igw"), Route.of("192.168.0.0/16", "Igw")), table.routes());
    assertEquals(2, robot.lookup("#routes-table").queryAs(TableView.class).getItems().size());

    robot.interact(() -> robot.lookup("#routes-table").queryAs(TableView.class).getSelectionModel().select(0));
    robot.clickOn("#route-remove");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(Route.of("192.168.0.0/16", "Igw")),
        session.document().topology().require(SmallDesign.TABLE, RouteTable.class).routes());

    robot.interact(session::undo);
    assertEquals(table, session.document().topology().require(SmallDesign.TABLE, RouteTable.class));
  }

  @Test
  void route_withAnInvalidDestination_isRefusedAndMarked(FxRobot robot) {
    select(robot, SmallDesign.TABLE);
    Document before = session.document();
    @SuppressWarnings("unchecked")
    ComboBox<ElementId> target = robot.lookup("#route-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(SmallDesign.GATEWAY));
    robot.clickOn("#route-destination").write("pl-nothex");
    robot.clickOn("#route-add");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(before, session.document());
    assertTrue(robot.lookup("#route-destination").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#route-error").queryAs(Label.class).getText().contains("prefix list"));
  }

  @Test
  void route_withoutATarget_marksTheTargetAndLeavesTheValidDestinationUnmarked(FxRobot robot) {
    select(robot, SmallDesign.TABLE);
    Document before = session.document();
    robot.clickOn("#route-destination").write("192.168.0.0/16");
    robot.clickOn("#route-add");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(before, session.document());
    assertTrue(robot.lookup("#route-target").queryAs(ComboBox.class).getStyleClass().contains("invalid"));
    assertFalse(robot.lookup("#route-destination").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#route-error").queryAs(Label.class).getText().contains("target"));

    @SuppressWarnings("unchecked")
    ComboBox<ElementId> target = robot.lookup("#route-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(SmallDesign.GATEWAY));
    robot.clickOn("#route-add");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(target.getStyleClass().contains("invalid"), "the mark goes once the route is added");
    assertEquals(2, session.document().topology().require(SmallDesign.TABLE, RouteTable.class).routes().size());
  }

  @Test
  void emptyName_isRefusedAtTheNameField_andTheElementKeepsItsName(FxRobot robot) {
    select(robot, SmallDesign.SUBNET);
    Document before = session.document();
    String name = before.topology().require(SmallDesign.SUBNET, Subnet.class).name();

    retype(robot, "#inspector-name", "   ");

    assertEquals(before, session.document());
    assertEquals(name, session.document().topology().require(SmallDesign.SUBNET, Subnet.class).name());
    assertTrue(robot.lookup("#inspector-name").queryAs(TextField.class).getStyleClass().contains("invalid"));
    String reason = robot.lookup("#inspector-name-error").queryAs(Label.class).getText();
    assertTrue(reason.contains("needs a name"), reason);
  }

  @Test
  void securityGroupRule_isAddedFromTheRow_andRemoved(FxRobot robot) {
    select(robot, SmallDesign.GROUP);
    robot.clickOn("#rule-ports").write("443");
    robot.clickOn("#rule-peer").write("10.0.0.0/16");
    robot.clickOn("#rule-add");
    WaitForAsyncUtils.waitForFxEvents();

    SecurityGroup group = session.document().topology().require(SmallDesign.GROUP, SecurityGroup.class);
    assertEquals(1, group.ingress().size());
    SecurityRule rule = group.ingress().get(0);
    assertEquals(Protocol.TCP, rule.protocol());
    assertTrue(rule.admitsTcp(443));
    assertFalse(rule.admitsTcp(80));
    assertEquals(1, robot.lookup("#rules-table").queryAs(TableView.class).getItems().size());

    robot.interact(() -> robot.lookup("#rules-table").queryAs(TableView.class).getSelectionModel().select(0));
    robot.clickOn("#rule-remove");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(session.document().topology().require(SmallDesign.GROUP, SecurityGroup.class).ingress().isEmpty());
  }

  @Test
  void securityGroupRule_withBadPorts_isRefusedAndMarked(FxRobot robot) {
    select(robot, SmallDesign.GROUP);
    Document before = session.document();
    robot.clickOn("#rule-ports").write("70000");
    robot.clickOn("#rule-peer").write("10.0.0.0/16");
    robot.clickOn("#rule-add");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(before, session.document());
    assertTrue(robot.lookup("#rule-ports").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#rule-error").queryAs(Label.class).getText().contains("outside 0-65535"));
  }

  @Test
  void gatewayEndpoint_tickedOnARouteTable_isAttachedInOneStep(FxRobot robot) {
    select(robot, SmallDesign.S3_ENDPOINT);
    Document before = session.document();

    robot.clickOn("#inspector-endpoint-tables-AppRoutes");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(List.of(SmallDesign.TABLE),
        session.document().topology().require(SmallDesign.S3_ENDPOINT, GatewayEndpoint.class).routeTableIds());
    robot.interact(session::undo);
    assertEquals(before, session.document());
    assertFalse(robot.lookup("#inspector-endpoint-tables-AppRoutes").queryAs(CheckBox.class).isSelected());
  }

  @Test
  void endpointService_givenAsAShortName_isCompletedWithTheRegion(FxRobot robot) {
    select(robot, SmallDesign.S3_ENDPOINT);

    retype(robot, "#inspector-service", "dynamodb");

    assertEquals("com.amazonaws.us-east-1.dynamodb",
        session.document().topology().require(SmallDesign.S3_ENDPOINT, GatewayEndpoint.class).service());
  }

  @Test
  void nothingSelected_showsTheDesignsInfo_andEditsIt(FxRobot robot) {
    assertEquals("Design", robot.lookup("#inspector-title").queryAs(Label.class).getText());
    retype(robot, "#inspector-document-name", "renamed design");
    assertEquals("renamed design", session.document().name());
  }
}
