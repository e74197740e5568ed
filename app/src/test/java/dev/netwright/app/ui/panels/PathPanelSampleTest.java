package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The path panel on the default sample, driven through its choice boxes as a person would. */
@ExtendWith(ApplicationExtension.class)
class PathPanelSampleTest {
  private static final ElementId PRIVATE_SUBNET_A = ElementId.of("PrivateSubnetA");

  private DesignSession session;
  private PathPanel panel;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SampleDesigns.load("s3-gateway-endpoints.json"), null);
    panel = new PathPanel(session);
    stage.setScene(new Scene(panel, 560, 700));
    stage.show();
  }

  private String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  /** Opens a choice box and clicks the item with that text in its drop-down list. */
  private void choose(FxRobot robot, String comboBox, String item) {
    robot.clickOn(comboBox);
    WaitForAsyncUtils.waitForFxEvents();
    ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(candidate -> item.equals(candidate.getText())).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + item + " in " + comboBox));
    robot.clickOn(cell);
  }

  @Test
  void privateSubnetA_toS3_goesPrivatelyThroughTheGatewayEndpoint_andIsHighlighted(FxRobot robot) throws Exception {
    Topology topology = session.document().topology();
    choose(robot, "#path-source", PathChoices.sourceText(topology, PRIVATE_SUBNET_A));
    choose(robot, "#path-target", PathChoices.targetText(topology, Target.S3));
    WaitForAsyncUtils.waitForFxEvents();
    panel.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    String verdict = text(robot, "#path-verdict");
    assertTrue(verdict.startsWith("Reachable privately through an endpoint"), verdict);
    assertTrue(robot.lookup("#path-verdict").queryAs(Label.class).getStyleClass().contains("verdict-reachable"));
    assertEquals("no", text(robot, "#path-internet"));
    assertEquals("no", text(robot, "#path-nat"));
    assertTrue(text(robot, "#path-endpoint").contains("S3GatewayEndpoint"), text(robot, "#path-endpoint"));
    assertEquals("$0.0000", text(robot, "#path-cost"));
    List<String> hops = panel.hopTexts();
    assertTrue(hops.size() >= 3, "the hops are listed: " + hops);
    assertTrue(hops.get(0).startsWith("1. "), hops.toString());

    HighlightedPath highlighted = session.highlightedPath();
    assertEquals(List.of(PRIVATE_SUBNET_A, ElementId.of("PrivateRouteTable"), ElementId.of("S3GatewayEndpoint")),
        highlighted.hops());
    assertTrue(highlighted.blocker().isEmpty());
  }

  @Test
  void detachingTheEndpoint_sendsS3ThroughTheNatGateway(FxRobot robot) throws Exception {
    robot.interact(() -> panel.showPath(PRIVATE_SUBNET_A, Target.S3));
    panel.whenSettled().get(10, TimeUnit.SECONDS);

    robot.interact(() -> session.editor().detach(ElementId.of("S3GatewayEndpoint"), ElementId.of("PrivateRouteTable")));
    WaitForAsyncUtils.waitForFxEvents();
    panel.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(text(robot, "#path-verdict").startsWith("Reachable through a NAT gateway"), text(robot, "#path-verdict"));
    assertEquals("yes", text(robot, "#path-nat"));
    assertTrue(session.highlightedPath().hops().contains(ElementId.of("NatGatewayA")), session.highlightedPath().toString());
  }

  @Test
  void onPremisesNetworks_behindTheVpn_areASource_andTheirPathToS3IsAnswered(FxRobot robot) throws Exception {
    ElementId vpn = ElementId.of("VpnGateway");
    robot.interact(() -> session.replace(SampleDesigns.load("onprem-vpn-s3-interface.json"), null));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#path-source").queryAs(ComboBox.class).getItems().contains(vpn));

    robot.interact(() -> panel.showPath(vpn, Target.S3));
    panel.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    String verdict = text(robot, "#path-verdict");
    assertTrue(verdict.endsWith("On-premises behind " + session.document().topology().find(vpn).orElseThrow().label() + " → S3 (TCP 443)"),
        verdict);
    assertEquals(vpn, session.highlightedPath().hops().get(0), session.highlightedPath().toString());
    assertTrue(verdict.startsWith("Reachable privately through an endpoint"), verdict);
    assertTrue(text(robot, "#path-endpoint").contains("S3InterfaceEndpoint"), text(robot, "#path-endpoint"));
  }
}
