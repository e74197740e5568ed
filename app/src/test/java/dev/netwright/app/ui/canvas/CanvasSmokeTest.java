package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Vpc;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CanvasSmokeTest {
  private DesignSession session;
  private DesignCanvas canvas;

  @Start
  void start(Stage stage) {
    session = DesignSession.empty();
    canvas = new DesignCanvas(session);
    stage.setScene(new Scene(canvas, 1000, 700));
    stage.show();
  }

  @Test
  void clickWithArmedVpcTool_addsAVpcDrawnUnderTheMouse(FxRobot robot) {
    robot.interact(() -> canvas.armCreate(ElementKind.VPC));
    Point2D at = canvas.localToScreen(100, 100);
    robot.clickOn(at);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, session.document().topology().vpcs().size());
    Vpc vpc = session.document().topology().vpcs().get(0);
    Point2D inside = canvas.screenToLocal(at.add(200, 200));
    assertEquals(vpc.id(), canvas.viewAt(inside.getX(), inside.getY()).orElseThrow().id());
    assertTrue(canvas.paintCount() > 0);
  }
}
