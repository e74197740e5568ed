package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The AWS menu opens the import and the plan-and-apply dialogs; neither calls AWS until asked. */
@ExtendWith(ApplicationExtension.class)
class AwsMenuTest {
  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void importFromAws_opensTheImportDialog_andCancelClosesIt(FxRobot robot) {
    robot.clickOn("AWS").clickOn("Import from AWS…");
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(titles(robot).contains("Import from AWS"), titles(robot).toString());
    assertTrue(robot.lookup("#aws-vpcs").tryQuery().isPresent(), "the dialog asks which VPCs to import");

    robot.clickOn("#aws-cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!titles(robot).contains("Import from AWS"), titles(robot).toString());
  }

  @Test
  void planAndApply_opensTheDialogForTheOpenDesign(FxRobot robot) {
    robot.clickOn("AWS").clickOn("Plan and Apply…");
    WaitForAsyncUtils.waitForFxEvents();

    List<String> titles = titles(robot);
    assertEquals(1, titles.stream().filter(title -> title.startsWith("Plan and Apply")).count(), titles.toString());
    robot.interact(() -> robot.listWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
        .filter(stage -> stage.getTitle() != null && stage.getTitle().startsWith("Plan and Apply")).toList()
        .forEach(Stage::close));
  }

  private static List<String> titles(FxRobot robot) {
    return robot.listWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
        .map(window -> ((Stage) window).getTitle()).filter(title -> title != null).toList();
  }
}
