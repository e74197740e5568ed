package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.MainWindow;
import dev.netwright.app.ui.NetwrightApplication;
import dev.netwright.app.ui.UserSettings;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panels as the real main window installs them: beside and below the canvas, feeding its status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPanelsTest {
  private MainWindow window;
  private DesignSession session;
  private UserSettings settings;

  @Start
  void start(Stage stage) throws Exception {
    System.setProperty("netwright.prefs", "dev/netwright/panels-tests");
    settings = UserSettings.load();
    // The headless screen is 1280 x 800: a window larger than that cannot be drawn.
    settings.rememberWindow(new UserSettings.WindowBox(0, 0, 1200, 760, false));
    Path folder = Files.createTempDirectory("netwright-panels-test");
    window = MainWindow.create(stage, DesignSession.empty(), settings, folder.resolve("autosave"));
    window.installPanels();
    session = window.session();
    Scene scene = new Scene(window.root(), 1200, 760);
    scene.getStylesheets().add(NetwrightApplication.class.getResource("netwright.css").toExternalForm());
    window.show(scene);
  }

  @AfterEach
  void forgetSettings() {
    settings.clear();
  }

  private ProblemsPanel problems(FxRobot robot) {
    return robot.lookup("#problems").queryAs(ProblemsPanel.class);
  }

  @Test
  void openingTheCostLeakSample_showsItsWarning_countsItInTheStatusBar_andAClickSelectsItsElements(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.open(SampleDesigns.file("s3-cost-leak.json")));
    WaitForAsyncUtils.waitForFxEvents();
    List<Finding> findings = problems(robot).checks().whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    Finding leak = findings.stream().filter(finding -> finding.rule().equals("NAT-COST-LEAK")).findFirst().orElseThrow();
    String status = robot.lookup("#statusFindings").queryAs(Label.class).getText();
    assertTrue(status.contains(ProblemsPanel.plural(findings.stream().filter(f -> f.severity() == Severity.WARNING).count(),
        "warning")), status);
    assertTrue(status.contains(ProblemsPanel.plural(findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
        "error")), status);

    robot.clickOn("Problems");
    @SuppressWarnings("unchecked")
    TableView<Finding> table = robot.lookup("#problems-table").queryAs(TableView.class);
    robot.interact(() -> table.scrollTo(leak));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableRow<Finding> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(candidate -> leak.equals(candidate.getItem())).findFirst().orElseThrow();
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(leak.elements(), List.copyOf(session.selection()));
    assertTrue(robot.lookup("#inspector-title").queryAs(Label.class).getText().contains("elements selected"));
  }

  @Test
  void selectingASubnet_showsItInTheInspector_andAnEditThereIsOneUndoStep(FxRobot robot) {
    robot.interact(() -> window.open(SampleDesigns.file("s3-gateway-endpoints.json")));
    robot.interact(() -> session.select(List.of(ElementId.of("PrivateSubnetA"))));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#inspector-title").queryAs(Label.class).getText().contains("PrivateSubnetA"));

    robot.doubleClickOn("#inspector-name");
    robot.interact(() -> robot.lookup("#inspector-name").queryAs(TextField.class).clear());
    robot.write("private-a-renamed").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("private-a-renamed", session.document().topology().find(ElementId.of("PrivateSubnetA")).orElseThrow().name());
    assertFalse(session.undoDescription().isEmpty());
    robot.interact(session::undo);
    assertFalse(session.isDirty(), "one undo took the rename back to the opened file");
  }
}
