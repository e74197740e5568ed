package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector on the samples' NAT gateway, VPN gateway and interface endpoints. */
@ExtendWith(ApplicationExtension.class)
class InspectorSampleTest {
  private final StackPane holder = new StackPane();
  private DesignSession session;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 420, 700));
    stage.show();
  }

  private void open(FxRobot robot, String sample, String selected) {
    robot.interact(() -> {
      session = new DesignSession(SampleDesigns.load(sample), null);
      holder.getChildren().setAll(new InspectorPanel(session));
      session.select(List.of(ElementId.of(selected)));
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void retype(FxRobot robot, String query, String text) {
    robot.doubleClickOn(query);
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
    robot.write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void natGateway_madePrivate_dropsItsPublicConnectivity_inOneStep(FxRobot robot) {
    open(robot, "s3-gateway-endpoints.json", "NatGatewayA");
    Document before = session.document();
    assertTrue(robot.lookup("#inspector-nat-public").queryAs(CheckBox.class).isSelected());

    robot.clickOn("#inspector-nat-public");
    WaitForAsyncUtils.waitForFxEvents();

    NatGateway nat = session.document().topology().require(ElementId.of("NatGatewayA"), NatGateway.class);
    assertFalse(nat.publicConnectivity());
    assertTrue(robot.lookup("#inspector-elastic-ip").queryAs(TextField.class).getParent().isDisabled(),
        "a private NAT gateway has no Elastic IP to edit");
    robot.interact(session::undo);
    assertEquals(before, session.document());
  }

  @Test
  void vpnOnPremisesNetworks_withAnInvalidBlock_areRefused_andValidOnesApplied(FxRobot robot) {
    open(robot, "onprem-vpn-s3-interface.json", "VpnGateway");
    Document before = session.document();

    retype(robot, "#inspector-onprem-cidrs", "192.168.0.0/16, 172.20.0.0/33");
    assertEquals(before, session.document());
    assertTrue(robot.lookup("#inspector-onprem-cidrs").queryAs(TextField.class).getStyleClass().contains("invalid"));
    assertTrue(robot.lookup("#inspector-onprem-cidrs-error").queryAs(Label.class).getText().contains("/33"));

    retype(robot, "#inspector-onprem-cidrs", "192.168.0.0/16, 172.21.0.0/16");
    assertEquals(List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.21.0.0/16")),
        session.document().topology().require(ElementId.of("VpnGateway"), VpnGateway.class).onPremisesCidrs());
    assertFalse(robot.lookup("#inspector-onprem-cidrs").queryAs(TextField.class).getStyleClass().contains("invalid"));
  }

  @Test
  void interfaceEndpoint_privateDns_andItsSubnets_areEditable(FxRobot robot) {
    open(robot, "ssm-interface-endpoints.json", "SsmEndpoint");
    ElementId ssm = ElementId.of("SsmEndpoint");

    robot.clickOn("#inspector-private-dns");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(session.document().topology().require(ssm, InterfaceEndpoint.class).privateDns());

    robot.clickOn("#inspector-endpoint-subnets-PrivateSubnetB");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(ElementId.of("PrivateSubnetA")), session.document().topology().require(ssm, InterfaceEndpoint.class).subnetIds());
    assertFalse(robot.lookup("#inspector-endpoint-subnets-PrivateSubnetB").queryAs(CheckBox.class).isSelected());
  }
}
