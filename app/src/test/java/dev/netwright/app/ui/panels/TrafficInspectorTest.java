package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.path.Target;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The traffic a design states is edited in the Inspector: the default per subnet, and each subnet's flows. */
@ExtendWith(ApplicationExtension.class)
class TrafficInspectorTest {
  private static final ElementId APP_B = ElementId.of("AppSubnetB");

  private DesignSession session;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SampleDesigns.load("s3-cost-leak.json").withTraffic(Traffic.DEFAULT), null);
    stage.setScene(new Scene(new InspectorPanel(session), 420, 760));
    stage.show();
  }

  private void retype(FxRobot robot, String query, String text) {
    robot.doubleClickOn(query);
    robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
    robot.write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theDefaultPerSubnet_isEditedWithNothingSelected_asOneUndoStep(FxRobot robot) {
    retype(robot, "#inspector-document-gb-per-subnet", "0");

    assertEquals(TrafficAssumption.of(0), session.document().traffic().unstated());
    robot.interact(session::undo);
    assertEquals(TrafficAssumption.DEFAULT, session.document().traffic().unstated());
  }

  @Test
  void aSubnetsInspector_addsAFlow_setsItsGbBothWays_andRemovesIt(FxRobot robot) {
    robot.interact(() -> session.select(List.of(APP_B)));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#inspector-flow-target");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(cell -> "Internet".equalsIgnoreCase(String.valueOf(cell.getText()))).findFirst().orElseThrow());
    robot.clickOn("#inspector-flow-add");
    WaitForAsyncUtils.waitForFxEvents();
    retype(robot, "#inspector-flow-AppSubnetB-internet-sent", "300");
    retype(robot, "#inspector-flow-AppSubnetB-internet-received", "1500");

    TrafficFlow flow = session.document().traffic().find(ElementId.of("AppSubnetB-internet")).orElseThrow();
    assertEquals(Target.INTERNET, flow.to());
    assertEquals(new BigDecimal("300"), flow.sentGb());
    assertEquals(new BigDecimal("1500"), flow.receivedGb());

    retype(robot, "#inspector-flow-AppSubnetB-internet-sent", "-5");
    assertTrue(robot.lookup("#inspector-flow-AppSubnetB-internet-sent-error").queryAs(Label.class).getText()
        .contains("zero or more"));
    assertEquals(flow, session.document().traffic().flows().get(0), "a refused volume is not applied");

    robot.clickOn("#inspector-flow-AppSubnetB-internet-remove");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(session.document().traffic().flows().isEmpty());
  }
}
