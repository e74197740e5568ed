package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.HubDesign;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

/** The Inspector's forms of a transit gateway, its route tables and a private hosted zone, on a hub-and-spoke design. */
@ExtendWith(ApplicationExtension.class)
class TransitInspectorTest {
  private DesignSession session;

  @Start
  void start(Stage stage) {
    session = new DesignSession(HubDesign.of(3), null);
    InspectorPanel inspector = new InspectorPanel(session);
    stage.setScene(new Scene(inspector, 460, 900));
    stage.show();
  }

  private void select(FxRobot robot, ElementId id) {
    robot.interact(() -> session.select(List.of(id)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void retype(FxRobot robot, String query, String text) {
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).requestFocus());
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
    robot.write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private TransitGatewayRouteTable spokes() {
    return session.document().topology().require(HubDesign.SPOKE_ROUTES, TransitGatewayRouteTable.class);
  }

  @Test
  void aStaticRoute_becomesABlackholeInTheRouteTableForm_asOneUndoStep(FxRobot robot) {
    // the hub's form lists its route tables; one opens the table's form
    select(robot, HubDesign.HUB);
    robot.interact(() -> robot.lookup("#inspector-tgw-table-" + HubDesign.SPOKE_ROUTES).queryAs(Button.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Transit gateway route table · Spokes", robot.lookup("#inspector-title").queryAs(Label.class).getText());
    TransitGatewayRoute before = spokes().routes().get(0);

    @SuppressWarnings("unchecked")
    TableView<TransitGatewayRoute> routes = robot.lookup("#tgw-routes-table").queryAs(TableView.class);
    robot.interact(() -> routes.getSelectionModel().select(0));
    assertEquals("10.99.0.0/16", robot.lookup("#tgw-route-destination").queryAs(TextField.class).getText());
    @SuppressWarnings("unchecked")
    ComboBox<TransitRoutesEditor.Target> target = robot.lookup("#tgw-route-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(TransitRoutesEditor.Target.BLACKHOLE));
    robot.clickOn("#tgw-route-set");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(List.of(TransitGatewayRoute.blackhole(Cidr.parse("10.99.0.0/16"))), spokes().routes());
    assertEquals("blackhole", routes.getColumns().get(1).getCellData(0));
    assertTrue(session.history().undoLabel().orElseThrow().endsWith("to a blackhole"), session.history().undoLabel().orElseThrow());

    robot.interact(() -> session.history().undo());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(before), spokes().routes());
  }

  @Test
  void aStaticRouteToNoCidr_isMarkedAtTheDestination_andNothingChanges(FxRobot robot) {
    select(robot, HubDesign.SPOKE_ROUTES);
    Document before = session.document();
    robot.interact(() -> robot.lookup("#tgw-route-destination").queryAs(TextField.class).setText("10.300.0.0/16"));
    @SuppressWarnings("unchecked")
    ComboBox<TransitRoutesEditor.Target> target = robot.lookup("#tgw-route-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(TransitRoutesEditor.Target.BLACKHOLE));
    robot.clickOn("#tgw-route-add");
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(robot.lookup("#tgw-route-destination").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#tgw-route-error").queryAs(Label.class).getText().contains("300"));
    assertEquals(before, session.document());
  }

  @Test
  void theTransitGatewayForm_refusesAPublicAsnAtItsField_andTurnsDefaultAssociationOn(FxRobot robot) {
    select(robot, HubDesign.HUB);
    Document before = session.document();

    retype(robot, "#inspector-tgw-asn", "7224");

    assertTrue(robot.lookup("#inspector-tgw-asn").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#inspector-tgw-asn-error").queryAs(Label.class).getText().contains("64512 to 65534"));
    assertEquals(before, session.document());

    robot.clickOn("#inspector-tgw-default-association");
    assertTrue(session.document().topology().require(HubDesign.HUB, TransitGateway.class).defaultAssociation());
    robot.interact(() -> session.history().undo());
    assertFalse(session.document().topology().require(HubDesign.HUB, TransitGateway.class).defaultAssociation());
  }

  @Test
  void theVpnAttachmentForm_takesTheCustomerGateway_refusesAnAddressThatIsNone_andUndoesInOneStep(FxRobot robot) {
    ElementId office = ElementId.of("Office");
    select(robot, office);
    assertEquals("", robot.lookup("#inspector-attachment-customer-gateway").queryAs(TextField.class).getText());
    Document before = session.document();

    retype(robot, "#inspector-attachment-customer-gateway", "203.0.113.300");

    assertTrue(robot.lookup("#inspector-attachment-customer-gateway-error").queryAs(Label.class).getText().contains("public IPv4"));
    assertEquals(before, session.document());

    retype(robot, "#inspector-attachment-customer-gateway", "203.0.113.10 65001");

    assertEquals(new dev.netwright.model.topology.CustomerGateway("203.0.113.10", 65001), session.document().topology()
        .require(office, dev.netwright.model.topology.TransitGatewayVpnAttachment.class).customerGateway());
    robot.interact(() -> session.history().undo());
    assertEquals(before, session.document());
  }

  @Test
  void theHostedZoneForm_associatesAVpc_andChangesTheDomain_eachOneUndoStep(FxRobot robot) {
    select(robot, HubDesign.ZONE);
    ElementId spoke = HubDesign.spoke(3);

    robot.clickOn("#inspector-zone-vpcs-" + spoke);
    assertTrue(zone().vpcIds().contains(spoke));
    assertEquals("Associate private hosted zone ssm-zone with VPC spoke-3", session.history().undoLabel().orElseThrow());

    retype(robot, "#inspector-zone-domain", "not a domain!");
    assertTrue(robot.lookup("#inspector-zone-domain").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertEquals("ssm.us-east-1.amazonaws.com", zone().domain());

    // its alias record is not in corp.internal: refused at the field, with the reason
    retype(robot, "#inspector-zone-domain", "corp.internal");
    assertTrue(robot.lookup("#inspector-zone-domain-error").queryAs(Label.class).getText().contains("cannot hold the record"));
    assertEquals("ssm.us-east-1.amazonaws.com", zone().domain());

    @SuppressWarnings("unchecked")
    TableView<dev.netwright.model.topology.AliasRecord> records = robot.lookup("#zone-records-table").queryAs(TableView.class);
    robot.interact(() -> records.getSelectionModel().select(0));
    robot.interact(() -> robot.lookup("#zone-record-remove").queryAs(Button.class).fire());
    assertEquals(List.of(), zone().records());
    retype(robot, "#inspector-zone-domain", "corp.internal");
    assertEquals("corp.internal", zone().domain());

    robot.interact(() -> session.history().undo());
    assertEquals("ssm.us-east-1.amazonaws.com", zone().domain());
    robot.interact(() -> session.history().undo());
    assertEquals(1, zone().records().size());
    robot.interact(() -> session.history().undo());
    assertFalse(zone().vpcIds().contains(spoke));
  }

  private HostedZone zone() {
    return session.document().topology().require(HubDesign.ZONE, HostedZone.class);
  }
}
