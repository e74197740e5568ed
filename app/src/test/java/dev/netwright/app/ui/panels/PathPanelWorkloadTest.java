package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Topology;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The path panel on samples/locked-down-acl.json: a workload as the source, a port typed in, the rule that blocks named. */
@ExtendWith(ApplicationExtension.class)
class PathPanelWorkloadTest {
  private DesignSession session;
  private PathPanel panel;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SampleDesigns.load("locked-down-acl.json"), null);
    panel = new PathPanel(session);
    stage.setScene(new Scene(panel, 760, 700));
    stage.show();
  }

  private void choose(FxRobot robot, String comboBox, String item) {
    robot.clickOn(comboBox);
    WaitForAsyncUtils.waitForFxEvents();
    ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(candidate -> item.equals(candidate.getText())).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + item + " in " + comboBox));
    robot.clickOn(cell);
  }

  private void settle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    panel.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void theWebInstance_reachesTheDatabaseOnItsPort_butNotOnSsh_whichItsGroupStops(FxRobot robot) throws Exception {
    Topology topology = session.document().topology();
    choose(robot, "#path-source", PathChoices.sourceText(topology, ElementId.of("Web1")));
    choose(robot, "#path-target", PathChoices.targetText(topology, Target.element(ElementId.of("OrdersDatabase"))));
    robot.doubleClickOn("#path-port").write("5432");
    settle();
    assertTrue(text(robot, "#path-verdict").startsWith("Reachable"), text(robot, "#path-verdict"));

    robot.doubleClickOn("#path-port").write("22");
    settle();
    assertTrue(text(robot, "#path-blocked").contains("WebSecurityGroup"), text(robot, "#path-blocked"));
    assertTrue(text(robot, "#path-blocked").contains("egress rules"), text(robot, "#path-blocked"));
    assertEquals(ElementId.of("WebSecurityGroup"), session.highlightedPath().blocker().orElseThrow());
  }

  @Test
  void theReportFunction_toTheDatabaseOnSsh_isStoppedByTheAcl_namingItsRule(FxRobot robot) throws Exception {
    Topology topology = session.document().topology();
    choose(robot, "#path-source", PathChoices.sourceText(topology, ElementId.of("ReportFunction")));
    choose(robot, "#path-target", PathChoices.targetText(topology, Target.element(ElementId.of("OrdersDatabase"))));
    robot.doubleClickOn("#path-port").write("22");
    settle();
    assertTrue(text(robot, "#path-blocked").contains("outbound rule *"), text(robot, "#path-blocked"));
  }
}
