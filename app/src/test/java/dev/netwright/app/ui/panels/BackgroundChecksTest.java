package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundChecksTest {
  private final StackPane holder = new StackPane();
  private DesignSession session;

  @Start
  void start(Stage stage) {
    session = new DesignSession(SmallDesign.document(), null);
    stage.setScene(new Scene(holder, 700, 300));
    stage.show();
  }

  /** A finding that says which VPC name the checked document had, so that results of different documents differ. */
  private static List<Finding> nameOfVpc(Document document) {
    String name = document.topology().require(SmallDesign.VPC, Vpc.class).name();
    return List.of(new Finding("VPC-NAME", Severity.INFO, List.of(SmallDesign.VPC), name));
  }

  private void renameVpc(FxRobot robot, String name) {
    robot.interact(() -> session.editor().update(session.document().topology().require(SmallDesign.VPC, Vpc.class).withName(name)));
  }

  @Test
  void resultOfAnOutdatedDocument_isDropped_andOnlyTheCurrentOneIsPublished(FxRobot robot) throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Document> checked = Collections.synchronizedList(new ArrayList<>());
    Function<Document, List<Finding>> slowFirst = document -> {
      checked.add(document);
      if (checked.size() == 1) {
        firstStarted.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return nameOfVpc(document);
    };
    List<List<Finding>> published = new ArrayList<>();
    session.findingsProperty().addListener((obs, before, after) -> published.add(after));
    BackgroundChecks[] checks = new BackgroundChecks[1];
    robot.interact(() -> checks[0] = new BackgroundChecks(session, slowFirst));
    assertTrue(firstStarted.await(10, TimeUnit.SECONDS));

    renameVpc(robot, "renamed while checking");
    assertTrue(checks[0].runningProperty().get(), "the window went on while the first check ran");
    release.countDown();
    List<Finding> settled = checks[0].whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("renamed while checking", settled.get(0).message());
    assertEquals(List.of(settled), published, "the first document's result was never shown");
    assertEquals(settled, session.findings());
    assertEquals(2, checked.size());
    checks[0].close();
  }

  @Test
  void everyEdit_isChecked_andTheFindingsFollowUndo(FxRobot robot) throws Exception {
    BackgroundChecks[] checks = new BackgroundChecks[1];
    robot.interact(() -> checks[0] = new BackgroundChecks(session, BackgroundChecksTest::nameOfVpc));
    assertEquals("main", checks[0].whenSettled().get(10, TimeUnit.SECONDS).get(0).message());

    renameVpc(robot, "edited");
    assertEquals("edited", checks[0].whenSettled().get(10, TimeUnit.SECONDS).get(0).message());
    robot.interact(session::undo);
    assertEquals("main", checks[0].whenSettled().get(10, TimeUnit.SECONDS).get(0).message());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("main", session.findings().get(0).message());
    checks[0].close();
  }

  @Test
  void aCheckThatFails_isExplainedInTheProblemsPanel(FxRobot robot) throws Exception {
    ProblemsPanel[] panel = new ProblemsPanel[1];
    robot.interact(() -> {
      panel[0] = new ProblemsPanel(session, document -> {
        throw new IllegalStateException("rule X broke");
      });
      holder.getChildren().setAll(panel[0]);
    });
    panel[0].checks().whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("The checks stopped: rule X broke", robot.lookup("#problems-failure").queryAs(Label.class).getText());
    panel[0].checks().close();
  }
}
