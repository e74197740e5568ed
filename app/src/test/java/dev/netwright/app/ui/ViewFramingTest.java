package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the canvas shows after a click on a problem and after a new VPC is dropped. */
@ExtendWith(ApplicationExtension.class)
class ViewFramingTest {
  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  private Bounds visible() {
    return designer.canvas.viewport().visible(designer.canvas.getWidth(), designer.canvas.getHeight());
  }

  private Bounds bounds(ElementId id) {
    return designer.session.document().layout().find(id).orElseThrow();
  }

  @Test
  void revealingOneSmallElement_zoomsInOnIt_butNotBeyond125Percent(FxRobot robot) {
    robot.interact(() -> designer.window.open(DesignerFixture.sample("three-tier.json")));
    double fitted = designer.canvas.zoomProperty().get();
    ElementId table = designer.session.document().topology().routeTables().get(0).id();

    robot.interact(() -> designer.session.reveal(List.of(table)));
    WaitForAsyncUtils.waitForFxEvents();

    double zoom = designer.canvas.zoomProperty().get();
    assertTrue(zoom > fitted, "zoomed in from " + fitted + " to " + zoom);
    assertEquals(1.25, zoom, 1e-9, "a 150 x 56 box would fill 60 % of the view only far beyond 100 %");
    Bounds shown = visible();
    Bounds box = bounds(table);
    assertTrue(shown.contains(box), box + " is not inside the view " + shown);
    assertEquals(shown.centerX(), box.centerX(), 1);
    assertEquals(shown.centerY(), box.centerY(), 1);
  }

  @Test
  void revealingElementsSpreadAcrossAVpc_zoomsSoTheyFillAbout60PercentOfTheView(FxRobot robot) {
    robot.interact(() -> designer.window.open(DesignerFixture.sample("three-tier.json")));
    List<ElementId> subnets = designer.session.document().topology().subnets().stream().map(s -> s.id()).toList();

    robot.interact(() -> designer.session.reveal(subnets));
    WaitForAsyncUtils.waitForFxEvents();

    Bounds all = subnets.stream().map(this::bounds).reduce(Bounds::union).orElseThrow();
    double zoom = designer.canvas.zoomProperty().get();
    double widthShare = all.width() * zoom / designer.canvas.getWidth();
    double heightShare = all.height() * zoom / designer.canvas.getHeight();
    assertEquals(0.6, Math.max(widthShare, heightShare), 0.01, "the larger side fills 60 % of the view");
    assertTrue(visible().contains(all));
    assertEquals(Set.copyOf(subnets), designer.session.selection());
  }

  @Test
  void aVpcDroppedNearTheBottomRightAt100Percent_liesWhollyInTheVisibleCanvas(FxRobot robot) {
    robot.interact(() -> designer.canvas.zoomActual());
    Bounds view = visible();

    designer.dragFromPalette(robot, ElementKind.VPC, view.maxX() - 60, view.maxY() - 60);

    Vpc vpc = designer.session.document().topology().vpcs().get(0);
    Bounds box = bounds(vpc.id());
    assertEquals(1.0, designer.canvas.zoomProperty().get(), 1e-9, "the view stays at 100 % when the VPC fits");
    assertTrue(visible().contains(box), box + " runs past the visible canvas " + visible());
    assertEquals(Set.of(vpc.id()), designer.session.selection());
  }

  @Test
  void aVpcInAViewTooSmallForIt_isMadeLower_andTheViewZoomsOutToShowItWhole(FxRobot robot) {
    robot.interact(() -> {
      designer.window.stage().setWidth(760);
      designer.window.stage().setHeight(600);
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> designer.canvas.zoomActual());
    Bounds view = visible();

    designer.dragFromPalette(robot, ElementKind.VPC, view.centerX(), view.centerY());

    Bounds box = bounds(designer.session.document().topology().vpcs().get(0).id());
    assertTrue(visible().contains(box), box + " runs past the visible canvas " + visible());
    assertTrue(box.height() <= view.height(), "made lower than the view: " + box.height());
    assertTrue(designer.canvas.zoomProperty().get() < 1, "zoomed out to show the lanes whole");
  }
}
