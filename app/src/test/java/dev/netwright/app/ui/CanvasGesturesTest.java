package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.canvas.KindStyle;
import dev.netwright.app.ui.canvas.VpcView;
import dev.netwright.model.layout.Lane;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting, moving, resizing, deleting, panning and zooming on the sample design. */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {
  private static final ElementId VPC = ElementId.of("AppVpc");

  private DesignerFixture designer;
  private Document sample;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage);
  }

  @BeforeEach
  void openSample(FxRobot robot) {
    robot.interact(() -> designer.window.open(DesignerFixture.sample("s3-gateway-endpoints.json")));
    sample = designer.session.document();
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void aSubnetDroppedOutsideAnyVpc_isRefusedWithAVisibleHint(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    Label hint = robot.lookup("#canvasHint").queryAs(Label.class);
    boolean[] shown = new boolean[1];
    robot.interact(() -> designer.canvas.hintProperty().addListener((observable, before, text) -> shown[0] = hint.isVisible()));
    designer.dragFromPalette(robot, ElementKind.SUBNET, vpc.maxX() + 60, vpc.y() + 40);
    assertEquals(sample, designer.session.document());
    assertTrue(shown[0], "the hint was not shown");
    assertTrue(hint.getText().contains("inside a VPC"), hint.getText());
  }

  @Test
  void aNewSubnetDraggedOverAVpc_showsTheLaneOfItsNextZone_untilDropped(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    robot.drag("#palette-" + ElementKind.SUBNET.slug(), MouseButton.PRIMARY).moveTo(designer.screen(vpc.x() + 40, vpc.maxY() - 20));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Optional.of(VPC), designer.canvas.dropLane());

    robot.moveTo(designer.screen(vpc.maxX() + 80, vpc.maxY() + 80));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Optional.empty(), designer.canvas.dropLane(), "outside the VPC, no lane");

    robot.moveTo(designer.screen(vpc.maxX() + 80, vpc.maxY() + 80)).drop();
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Optional.empty(), designer.canvas.dropLane(), "dropped, no lane");
  }

  @Test
  void aSubnetArmedOnThePalette_showsTheDropLaneOfTheVpcUnderTheMouse_untilTheToolChanges(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    robot.clickOn("#palette-" + ElementKind.SUBNET.slug());
    robot.moveTo(designer.screen(vpc.x() + 40, vpc.maxY() - 20));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Optional.of(VPC), designer.canvas.dropLane());

    robot.clickOn("#selectToolButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Optional.empty(), designer.canvas.dropLane());
  }

  @Test
  void deletingAVpc_takesEverythingInIt_asOneUndoStep(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    robot.clickOn(designer.screen(vpc.x() + 200, vpc.y() + 12));
    assertEquals(Set.of(VPC), designer.session.selection());
    robot.type(KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(designer.session.document().topology().isEmpty());
    assertTrue(designer.canvas.diagram().views().isEmpty());
    designer.shortcut(robot, KeyCode.Z);
    assertEquals(sample, designer.session.document());
  }

  @Test
  void draggingAVpc_carriesItsContents_asOneCommand(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    robot.drag(designer.screen(vpc.x() + 300, vpc.y() + 12), MouseButton.PRIMARY)
        .dropTo(designer.screen(vpc.x() + 400, vpc.y() + 72));
    WaitForAsyncUtils.waitForFxEvents();
    Document moved = designer.session.document();
    for (Element element : sample.topology().elements()) {
      Bounds before = sample.layout().find(element.id()).orElseThrow();
      assertEquals(before.movedBy(100, 60), moved.layout().find(element.id()).orElseThrow(), element.id().value());
    }
    assertEquals(sample.topology(), moved.topology());
    designer.shortcut(robot, KeyCode.Z);
    assertEquals(sample, designer.session.document());
  }

  @Test
  void aRubberBand_selectsWhatItEncloses_andShiftClickAddsMore(FxRobot robot) {
    Bounds a = bounds(ElementId.of("PrivateSubnetA"));
    Bounds b = bounds(ElementId.of("PrivateSubnetB"));
    Bounds vpc = bounds(VPC);
    robot.clickOn(designer.screen(vpc.maxX() + 30, vpc.maxY() + 30));
    assertTrue(designer.session.selection().isEmpty());
    robot.drag(designer.screen(vpc.x() - 20, vpc.y() - 70), MouseButton.PRIMARY)
        .dropTo(designer.screen(vpc.maxX() + 20, vpc.maxY() + 20));
    WaitForAsyncUtils.waitForFxEvents();
    Set<ElementId> all = sample.topology().elements().stream().map(Element::id).collect(Collectors.toSet());
    assertEquals(all, Set.copyOf(designer.session.selection()));

    robot.clickOn(designer.screen(a.maxX() - 10, a.centerY()));
    assertEquals(Set.of(ElementId.of("PrivateSubnetA")), designer.session.selection());
    robot.press(KeyCode.SHIFT).clickOn(designer.screen(b.maxX() - 10, b.centerY())).release(KeyCode.SHIFT);
    assertEquals(Set.of(ElementId.of("PrivateSubnetA"), ElementId.of("PrivateSubnetB")), designer.session.selection());
  }

  @Test
  void aSubnetDraggedIntoAnotherColumn_takesThatZone_andResizingGrowsIt(FxRobot robot) {
    ElementId id = ElementId.of("PrivateSubnetB");
    Bounds box = bounds(id);
    Lane columnA = ((VpcView) designer.canvas.diagram().view(VPC).orElseThrow()).lanes().get(0);
    assertEquals("us-east-1a", columnA.zone().name());
    robot.drag(designer.screen(box.maxX() - 10, box.centerY()), MouseButton.PRIMARY)
        .dropTo(designer.screen(box.maxX() - 10 + columnA.body().centerX() - box.centerX(), columnA.body().maxY() + 60));
    WaitForAsyncUtils.waitForFxEvents();
    Subnet moved = designer.session.document().topology().require(id, Subnet.class);
    assertEquals("us-east-1a", moved.zone().name());
    // one drag, one undo step: the new zone and the new place go back together
    robot.interact(designer.session::undo);
    assertEquals(box, bounds(id));
    assertEquals("us-east-1b", designer.session.document().topology().require(id, Subnet.class).zone().name());
    robot.interact(designer.session::redo);
    assertEquals("us-east-1a", designer.session.document().topology().require(id, Subnet.class).zone().name());

    Bounds now = bounds(id);
    robot.drag(designer.screen(now.maxX(), now.maxY()), MouseButton.PRIMARY)
        .dropTo(designer.screen(now.maxX() + 40, now.maxY() + 20));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(now.resized(now.width() + 40, now.height() + 20), bounds(id));
  }

  @Test
  void spaceDrag_pans_andCtrlScroll_zoomsAboutTheMouse(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    Point2D start = designer.screen(vpc.maxX() + 30, vpc.y());
    double offsetX = designer.canvas.viewport().offsetX();
    robot.clickOn(start);
    robot.press(KeyCode.SPACE);
    robot.drag(start, MouseButton.PRIMARY).dropTo(start.add(-80, 40));
    robot.release(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(offsetX - 80, designer.canvas.viewport().offsetX(), 1.5);
    assertEquals(sample, designer.session.document());

    Point2D at = designer.screen(vpc.centerX(), vpc.centerY());
    robot.moveTo(at);
    double scale = designer.canvas.viewport().scale();
    robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(designer.canvas.viewport().scale() != scale, "Ctrl+scroll did not zoom");
    Point2D local = designer.canvas.screenToLocal(at);
    assertEquals(vpc.centerX(), designer.canvas.viewport().toDesignX(local.getX()), 1);
    assertEquals(vpc.centerY(), designer.canvas.viewport().toDesignY(local.getY()), 1);
  }

  @Test
  void copyAndPaste_addsACopyBesideTheOriginal(FxRobot robot) {
    ElementId group = ElementId.of("AppSecurityGroup");
    robot.clickOn(designer.center(group));
    designer.shortcut(robot, KeyCode.C);
    designer.shortcut(robot, KeyCode.V);
    List<SecurityGroup> groups = designer.session.document().topology().securityGroups();
    assertEquals(2, groups.size());
    ElementId copy = groups.get(1).id();
    assertEquals(Set.of(copy), designer.session.selection());
    assertEquals(bounds(group).movedBy(30, 30), bounds(copy));
  }

  @Test
  void connectingTwoSubnets_isRefusedWithAHint(FxRobot robot) {
    Bounds a = bounds(ElementId.of("PrivateSubnetA"));
    Bounds b = bounds(ElementId.of("PrivateSubnetB"));
    robot.clickOn("#connectToolButton");
    robot.drag(designer.screen(a.maxX() - 10, a.centerY()), MouseButton.PRIMARY)
        .dropTo(designer.screen(b.maxX() - 10, b.centerY()));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(sample, designer.session.document());
    assertTrue(designer.canvas.hintProperty().get().startsWith("Nothing connects a subnet to a subnet"));
  }

  @Test
  void aHighlightedPath_andAnErrorBadge_areDrawnOnTheirElements(FxRobot robot) {
    ElementId subnet = ElementId.of("PrivateSubnetA");
    ElementId endpoint = ElementId.of("S3GatewayEndpoint");
    ElementId table = ElementId.of("PrivateRouteTable");
    robot.interact(() -> {
      designer.session.highlightedPathProperty().set(HighlightedPath.blocked(List.of(subnet, table), endpoint));
      designer.session.findingsProperty().set(List.of(new Finding("TEST-RULE", Severity.ERROR, List.of(subnet), "broken")));
    });
    Bounds hop = bounds(table);
    assertColor(KindStyle.PATH, pixel(robot, hop.x() - 3, hop.centerY()));
    Bounds blocked = bounds(endpoint);
    assertColor(KindStyle.ERROR, pixel(robot, blocked.maxX() - 4, blocked.y() + 4 + 8));
    Bounds badged = bounds(subnet);
    assertColor(KindStyle.ERROR, pixel(robot, badged.maxX() - 2 - 6, badged.y() + 2 + 1));
  }

  @Test
  void anInterfaceEndpointDroppedOnTheVpc_isPlacedInASubnetAndGivenASecurityGroupWithTheConnectTool(FxRobot robot) {
    Bounds vpc = bounds(VPC);
    designer.dragFromPalette(robot, ElementKind.INTERFACE_ENDPOINT, vpc.maxX() - 100, vpc.maxY() - 40);
    ElementId endpoint = ElementId.of("InterfaceEndpoint1");
    assertTrue(designer.canvas.diagram().view(endpoint).isPresent(), designer.canvas.hintProperty().get());
    designer.connect(robot, endpoint, ElementId.of("AppSecurityGroup"));
    Bounds subnet = bounds(ElementId.of("PrivateSubnetB"));
    robot.drag(designer.center(endpoint), MouseButton.PRIMARY).dropTo(designer.screen(subnet.maxX() - 10, subnet.centerY()));
    WaitForAsyncUtils.waitForFxEvents();
    InterfaceEndpoint placed = designer.session.document().topology()
        .require(endpoint, InterfaceEndpoint.class);
    assertEquals(List.of(ElementId.of("PrivateSubnetB")), placed.subnetIds());
    assertEquals(List.of(ElementId.of("AppSecurityGroup")), placed.securityGroupIds());
    // drawn in the subnet it now has an interface in, with its security group as a chip
    Bounds inSubnet = bounds(ElementId.of("PrivateSubnetB"));
    assertTrue(designer.canvas.diagram().view(endpoint).orElseThrow().places().stream().anyMatch(inSubnet::contains));
    assertTrue(designer.canvas.diagram().drawing().placesOf(endpoint.value()).stream()
        .anyMatch(place -> place.chips().stream().anyMatch(chip -> chip.text().text().startsWith("sg: "))));
  }

  @Test
  void zoomShortcuts_andTheMiddleButton_moveTheViewButNotTheDesign(FxRobot robot) {
    robot.interact(designer.canvas::requestFocus);
    designer.shortcut(robot, KeyCode.DIGIT0);
    assertEquals(1, designer.canvas.viewport().scale(), 1e-9);
    designer.shortcut(robot, KeyCode.EQUALS);
    assertEquals(1.25, designer.canvas.viewport().scale(), 1e-9);
    designer.shortcut(robot, KeyCode.MINUS);
    designer.shortcut(robot, KeyCode.MINUS);
    assertEquals(0.8, designer.canvas.viewport().scale(), 1e-9);
    designer.shortcut(robot, KeyCode.DIGIT9);
    Bounds visible = designer.canvas.viewport().visible(designer.canvas.getWidth(), designer.canvas.getHeight());
    assertTrue(visible.contains(designer.canvas.diagram().extent().orElseThrow()));

    Bounds vpc = bounds(VPC);
    Point2D start = designer.screen(vpc.centerX(), vpc.centerY());
    double offsetY = designer.canvas.viewport().offsetY();
    robot.drag(start, MouseButton.MIDDLE).dropTo(start.add(0, 50));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(offsetY + 50, designer.canvas.viewport().offsetY(), 1.5);
    assertEquals(sample, designer.session.document());
  }

  private Bounds bounds(ElementId id) {
    return designer.canvas.diagram().view(id).orElseThrow(() -> new AssertionError(id + " is not drawn")).bounds();
  }

  private Color pixel(FxRobot robot, double designX, double designY) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      designer.canvas.paint();
      image[0] = designer.canvas.snapshot(null, null);
    });
    Point2D local = designer.canvas.localPointOf(designX, designY);
    return image[0].getPixelReader().getColor((int) Math.round(local.getX()), (int) Math.round(local.getY()));
  }

  private static void assertColor(Color expected, Color actual) {
    double distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
        + Math.abs(expected.getBlue() - actual.getBlue());
    assertTrue(distance < 0.15, () -> "expected " + expected + " but the canvas shows " + actual);
  }
}
