package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.panels.CostPanel;
import dev.netwright.model.ElementId;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bill in the designer, as a new user meets it: open the cost-leak design with no traffic stated,
 * state that app-a sends 20000 GB a month to S3, see what the leak costs in the Cost panel, take the
 * advice with one click, see the bill drop, and undo it.
 */
@ExtendWith(ApplicationExtension.class)
class CostScenarioTest {
  private static final ElementId ENDPOINT = ElementId.of("S3GatewayEndpoint");

  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage, DesignerFixture.newFolder(), true);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void statingAFlow_showsTheLeaksCost_andApplyingTheAdvice_dropsTheBill_untilUndone(FxRobot robot) throws Exception {
    Path leak = designer.folder.resolve("leak.json");
    DesignFile file = new DesignFile();
    file.write(file.read(DesignerFixture.sample("s3-cost-leak.json")).withTraffic(Traffic.DEFAULT), leak);
    robot.interact(() -> designer.window.open(leak));
    CostPanel cost = robot.lookup("#cost").queryAs(CostPanel.class);
    settle(cost);
    // no flow stated: 100 GB a month assumed from each app subnet through the NAT gateway
    assertEquals("$42.85 a month", text(robot, "#cost-total"));

    tab(robot, "Paths");
    choose(robot, "#path-source", "app-a");
    choose(robot, "#path-target", "S3");
    robot.clickOn("#path-add-flow");
    WaitForAsyncUtils.waitForFxEvents();
    robot.doubleClickOn("#inspector-flow-AppSubnetA-s3-sent").write("20000").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new BigDecimal("20000"), designer.session.document().traffic().flows().get(0).sentGb());

    tab(robot, "Cost");
    settle(cost);
    // the flow pays 20000 GB x $0.045 through the NAT gateway; AppSubnetB keeps the assumed 100 GB
    assertEquals("$900.00", text(robot, "#cost-flows-AppSubnetA-s3-monthly"));
    assertEquals("$938.35 a month", text(robot, "#cost-total"));
    assertEquals("This change: +$895.50 a month", text(robot, "#cost-change"));
    assertTrue(text(robot, "#cost-advice-message-0").startsWith("Associate gateway endpoint S3GatewayEndpoint with route table"
        + " AppRouteTable"), text(robot, "#cost-advice-message-0"));
    assertEquals("Saves $905.50 a month: the total would be $32.85 a month", text(robot, "#cost-advice-after-0"));

    robot.clickOn("#cost-advice-apply-0");
    settle(cost);
    assertEquals("$32.85 a month", text(robot, "#cost-total"), text(robot, "#cost-advice-error"));
    assertEquals("This change: -$905.50 a month", text(robot, "#cost-change"));
    assertEquals("Against leak.json on disk: -$10.00 a month", text(robot, "#cost-against-file"));
    assertTrue(endpointTables().contains(ElementId.of("AppRouteTable")));
    assertEquals("Associate S3GatewayEndpoint with AppRouteTable", designer.session.undoDescription());
    robot.interact(() -> designer.session.markSaved(leak));
    assertEquals("", text(robot, "#cost-against-file"), "saved: the file on disk holds the bill shown");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    settle(cost);
    assertEquals("$938.35 a month", text(robot, "#cost-total"));
    assertEquals("Against leak.json on disk: +$905.50 a month", text(robot, "#cost-against-file"));
    assertEquals(List.of(ElementId.of("PublicRouteTable")), endpointTables());
  }

  @Test
  void theHubSample_billsEachTransitGatewayAttachment_theGatewaysProcessing_andEachHostedZone_inThePanel(FxRobot robot)
      throws Exception {
    robot.interact(() -> designer.window.open(DesignerFixture.sample("hub-and-spoke.json")));
    tab(robot, "Cost");
    CostPanel cost = robot.lookup("#cost").queryAs(CostPanel.class);
    settle(cost);

    for (String attachment : List.of("EgressAttachment", "SharedAttachment", "SpokeAAttachment", "SpokeBAttachment")) {
      assertEquals("$36.50", text(robot, "#cost-elements-" + attachment + "-monthly"), attachment);
    }
    assertEquals("$14.00", text(robot, "#cost-elements-Tgw-monthly"));
    assertEquals("$0.50", text(robot, "#cost-elements-SsmZone-monthly"));
    assertEquals("730 h x $0.05", text(robot, "#cost-elements-SpokeAAttachment-detail"));
    assertEquals("$436.10 a month", text(robot, "#cost-total"));
  }

  private List<ElementId> endpointTables() {
    return designer.session.document().topology().require(ENDPOINT, GatewayEndpoint.class).routeTableIds();
  }

  private static void settle(CostPanel panel) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    panel.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Labeled.class).getText();
  }

  /** Clicks the header of a bottom panel's tab. */
  private static void tab(FxRobot robot, String title) {
    robot.clickOn(robot.lookup(".tab-pane .tab-label").queryAllAs(Labeled.class).stream()
        .filter(label -> title.equals(label.getText())).findFirst().orElseThrow(() -> new AssertionError("no tab " + title)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Opens a choice box and clicks the first item whose text contains {@code part}. */
  private static void choose(FxRobot robot, String comboBox, String part) {
    robot.clickOn(comboBox);
    WaitForAsyncUtils.waitForFxEvents();
    ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(candidate -> candidate.getText() != null && candidate.getText().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no item with " + part + " in " + comboBox));
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
