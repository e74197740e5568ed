package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PathPanelTest {
  private DesignSession session;
  private PathPanel panel;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SmallDesign.document(), null);
    panel = new PathPanel(session);
    stage.setScene(new Scene(panel, 520, 640));
    stage.show();
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
  void publicSubnet_toTheInternet_isReachableAcrossIt_andHighlightedHopByHop(FxRobot robot) throws Exception {
    robot.interact(() -> panel.showPath(SmallDesign.SUBNET, Target.INTERNET));
    settle();

    assertTrue(text(robot, "#path-verdict").startsWith("Reachable across the internet"), text(robot, "#path-verdict"));
    assertEquals("yes", text(robot, "#path-internet"));
    assertEquals("no", text(robot, "#path-nat"));
    HighlightedPath highlighted = session.highlightedPath();
    assertEquals(List.of(SmallDesign.SUBNET, SmallDesign.TABLE, SmallDesign.GATEWAY), highlighted.hops());
    assertTrue(highlighted.blocker().isEmpty());
  }

  @Test
  void removingTheDefaultRoute_blocksThePath_andTheAnswerFollowsTheEdit(FxRobot robot) throws Exception {
    robot.interact(() -> panel.showPath(SmallDesign.SUBNET, Target.INTERNET));
    settle();

    robot.interact(() -> session.editor().removeRoute(SmallDesign.TABLE, Route.of("0.0.0.0/0", "Igw")));
    settle();

    assertTrue(text(robot, "#path-verdict").startsWith("Blocked"), text(robot, "#path-verdict"));
    assertFalse(text(robot, "#path-blocked").isEmpty());
    assertTrue(session.highlightedPath().blocker().isPresent(), "a blocked path names what blocks it");
    assertTrue(session.document().topology().require(SmallDesign.TABLE, RouteTable.class).routes().isEmpty());
  }

  @Test
  void clearingTheQuestion_clearsTheHighlight(FxRobot robot) throws Exception {
    robot.interact(() -> panel.showPath(SmallDesign.SUBNET, Target.INTERNET));
    settle();
    assertFalse(session.highlightedPath().isEmpty());

    robot.clickOn("#path-clear");
    settle();

    assertEquals(HighlightedPath.NONE, session.highlightedPath());
    assertEquals(null, robot.lookup("#path-source").queryAs(ComboBox.class).getValue());
    assertTrue(text(robot, "#path-verdict").startsWith("Choose"), text(robot, "#path-verdict"));
  }

  @Test
  void matrix_showsEverySubnetByEveryTarget_andAClickedCellShowsThatPath(FxRobot robot) throws Exception {
    settle();
    robot.clickOn("Matrix");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> matrix = robot.lookup("#path-matrix").queryAs(TableView.class);
    assertEquals(1, matrix.getItems().size(), "one row per subnet");
    assertEquals(List.of("Subnet", "S3", "DynamoDB", "Internet"),
        matrix.getColumns().stream().map(TableColumn::getText).toList());

    TableCell<?, ?> internetCell = robot.lookup(".matrix-cell").queryAllAs(TableCell.class).stream()
        .filter(cell -> cell.getUserData() instanceof PathAnswer answer && answer.to().equals("internet"))
        .findFirst().orElseThrow();
    assertEquals("internet", internetCell.getText());
    assertTrue(internetCell.getStyleClass().contains("verdict-internet"));
    robot.clickOn(internetCell);
    settle();

    assertTrue(text(robot, "#path-verdict").startsWith("Reachable across the internet"), text(robot, "#path-verdict"));
    assertEquals(List.of(SmallDesign.SUBNET, SmallDesign.TABLE, SmallDesign.GATEWAY), session.highlightedPath().hops());
  }
}
