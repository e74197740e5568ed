package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.canvas.KindStyle;
import dev.netwright.model.diagram.SubnetExposure;
import dev.netwright.app.ui.canvas.SubnetView;
import dev.netwright.app.ui.canvas.VpcView;
import dev.netwright.app.ui.panels.PathPanel;
import dev.netwright.app.ui.panels.ProblemsPanel;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the S3 gateway-endpoint scenario of DOMAIN.md on an empty canvas with the mouse and the
 * keyboard only, checks what the problems and path panels say about it, then undoes every step
 * back to an empty design and redoes them all.
 */
@ExtendWith(ApplicationExtension.class)
class BuildScenarioTest {
  private DesignerFixture designer;
  private final List<Document> steps = new ArrayList<>();

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage, DesignerFixture.newFolder(), true);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void drawingTheS3GatewayEndpointScenario_fromAnEmptyCanvas_buildsItAndUndoesAndRedoesEveryStep(FxRobot robot)
      throws Exception {
    DesignSession session = designer.session;
    steps.add(session.document());

    designer.dragFromPalette(robot, ElementKind.VPC, 20, 40);
    step();
    ElementId vpc = ElementId.of("Vpc1");
    VpcView vpcView = (VpcView) designer.canvas.diagram().view(vpc).orElseThrow();
    Bounds vpcBox = vpcView.bounds();
    // a new VPC has no zone columns: a subnet dropped anywhere in it starts the first zone's
    assertTrue(vpcView.lanes().isEmpty());

    designer.dragFromPalette(robot, ElementKind.SUBNET, vpcBox.x() + 140, vpcBox.y() + 130);
    step();
    Bounds first = designer.canvas.diagram().view(ElementId.of("Subnet1")).orElseThrow().bounds();
    designer.dragFromPalette(robot, ElementKind.SUBNET, first.centerX(), first.maxY() + 110);
    step();
    designer.dragFromPalette(robot, ElementKind.SUBNET, first.maxX() + 150, first.maxY() + 110);
    step();
    double band = vpcBox.maxY() - 30;
    designer.dragFromPalette(robot, ElementKind.ROUTE_TABLE, vpcBox.x() + 110, band);
    step();
    designer.dragFromPalette(robot, ElementKind.ROUTE_TABLE, vpcBox.x() + 300, band);
    step();
    designer.dragFromPalette(robot, ElementKind.GATEWAY_ENDPOINT, vpcBox.x() + 500, band);
    step();
    designer.dragFromPalette(robot, ElementKind.INTERNET_GATEWAY, vpcBox.x() + 420, vpcBox.y() + 20);
    step();

    ElementId publicA = ElementId.of("Subnet1");
    ElementId privateA = ElementId.of("Subnet2");
    ElementId privateB = ElementId.of("Subnet3");
    ElementId publicTable = ElementId.of("RouteTable1");
    ElementId privateTable = ElementId.of("RouteTable2");
    designer.connect(robot, publicA, publicTable);
    step();
    designer.connect(robot, privateA, privateTable);
    step();
    designer.connect(robot, privateB, privateTable);
    step();
    designer.connect(robot, ElementId.of("GatewayEndpoint1"), privateTable);
    step();
    designer.connect(robot, publicTable, ElementId.of("InternetGateway1"));
    designer.answerRouteDialog(robot, "0.0.0.0/0");
    step();
    Bounds publicBox = designer.canvas.diagram().view(publicA).orElseThrow().bounds();
    designer.select(robot);
    designer.dragFromPalette(robot, ElementKind.NAT_GATEWAY, publicBox.centerX(), publicBox.centerY());
    step();
    designer.connect(robot, privateTable, ElementId.of("NatGateway1"));
    designer.answerRouteDialog(robot, "0.0.0.0/0");
    step();
    designer.select(robot);

    Topology topology = session.document().topology();
    assertEquals(1, topology.vpcs().size());
    assertEquals(new AvailabilityZone("us-east-1a"), topology.require(privateA, Subnet.class).zone());
    assertEquals(new AvailabilityZone("us-east-1b"), topology.require(privateB, Subnet.class).zone());
    assertEquals(vpc, topology.require(privateB, Subnet.class).vpcId());
    RouteTable privateRoutes = topology.require(privateTable, RouteTable.class);
    assertEquals(List.of(privateA, privateB), privateRoutes.subnetIds());
    assertEquals(List.of(Route.of("0.0.0.0/0", "NatGateway1")), privateRoutes.routes());
    assertEquals(List.of(Route.of("0.0.0.0/0", "InternetGateway1")), topology.require(publicTable, RouteTable.class).routes());
    GatewayEndpoint endpoint = topology.require(ElementId.of("GatewayEndpoint1"), GatewayEndpoint.class);
    assertEquals("com.amazonaws.us-east-1.s3", endpoint.service());
    assertEquals(List.of(privateTable), endpoint.routeTableIds());
    assertEquals(publicA, topology.require(ElementId.of("NatGateway1"), NatGateway.class).subnetId());
    assertEquals(vpc, topology.require(ElementId.of("InternetGateway1"), InternetGateway.class).vpcId());
    // the one thing left to do is the new NAT gateway's Elastic IP, which the inspector takes
    List<String> errors = Checks.run(topology).stream().filter(finding -> finding.severity() == Severity.ERROR)
        .map(finding -> finding.rule() + " " + finding.elements().get(0)).toList();
    assertEquals(List.of("NAT-NO-ELASTIC-IP NatGateway1"), errors);

    assertEquals(SubnetExposure.PUBLIC, SubnetExposure.of(topology, topology.require(publicA, Subnet.class)));
    assertEquals(SubnetExposure.PRIVATE, SubnetExposure.of(topology, topology.require(privateA, Subnet.class)));
    assertEquals(SubnetExposure.PRIVATE, SubnetExposure.of(topology, topology.require(privateB, Subnet.class)));
    Bounds privateBox = subnetView(privateB).bounds();
    assertEquals(privateB, designer.drawnAt(privateBox.maxX() - 10, privateBox.centerY()).orElseThrow());
    assertColor(KindStyle.PRIVATE, pixel(robot, privateBox.maxX() - 10, privateBox.centerY()));
    assertColor(KindStyle.PUBLIC, pixel(robot, publicBox.maxX() - 8, publicBox.y() + 30));

    ProblemsPanel problems = robot.lookup("#problems").queryAs(ProblemsPanel.class);
    problems.checks().whenSettled().get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
    assertTrue(table.getItems().stream().map(Finding.class::cast)
        .anyMatch(finding -> finding.rule().equals("NAT-NO-ELASTIC-IP")), () -> table.getItems().toString());
    assertTrue(robot.lookup("#statusFindings").queryAs(Label.class).getText().startsWith("1 error"));

    PathPanel paths = robot.lookup("#paths").queryAs(PathPanel.class);
    robot.interact(() -> paths.showPath(privateB, Target.S3));
    paths.whenSettled().get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    String verdict = robot.lookup("#path-verdict").queryAs(Label.class).getText();
    assertTrue(verdict.startsWith("Reachable privately through an endpoint"), verdict);
    assertTrue(session.highlightedPath().hops().containsAll(List.of(privateB, privateTable, ElementId.of("GatewayEndpoint1"))),
        () -> session.highlightedPath().toString());
    Bounds endpointBox = designer.canvas.diagram().view(ElementId.of("GatewayEndpoint1")).orElseThrow().bounds();
    assertColor(KindStyle.PATH, pixel(robot, endpointBox.x() - 3, endpointBox.centerY()));
    robot.interact(() -> paths.showPath(null, null));

    Document built = session.document();
    robot.interact(designer.canvas::requestFocus);
    for (int i = steps.size() - 2; i >= 0; i--) {
      designer.shortcut(robot, KeyCode.Z);
      assertEquals(steps.get(i), session.document(), "after undoing back to step " + i);
    }
    assertTrue(session.document().topology().isEmpty());
    assertTrue(designer.canvas.diagram().views().isEmpty());
    assertFalse(session.isDirty());

    for (int i = 1; i < steps.size(); i++) {
      designer.shortcut(robot, i % 2 == 0 ? new KeyCode[] {KeyCode.Y} : new KeyCode[] {KeyCode.SHIFT, KeyCode.Z});
      assertEquals(steps.get(i), session.document(), "after redoing step " + i);
    }
    assertEquals(built, session.document());
    assertEquals(built.topology().size(), designer.canvas.diagram().views().size());
  }

  /** Records the document after a gesture, which must have been one undo step. */
  private void step() {
    Document now = designer.session.document();
    assertFalse(now.equals(steps.get(steps.size() - 1)), () -> "the gesture changed nothing; hint: "
        + designer.canvas.hintProperty().get());
    steps.add(now);
  }

  private SubnetView subnetView(ElementId id) {
    return (SubnetView) designer.canvas.diagram().view(id).orElseThrow();
  }

  private Color pixel(FxRobot robot, double designX, double designY) {
    WritableImage image = snapshot(robot);
    Point2D local = designer.canvas.localPointOf(designX, designY);
    return image.getPixelReader().getColor((int) local.getX(), (int) local.getY());
  }

  private WritableImage snapshot(FxRobot robot) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      designer.canvas.paint();
      image[0] = designer.canvas.snapshot(null, null);
    });
    return image[0];
  }

  private static void assertColor(Color expected, Color actual) {
    double distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
        + Math.abs(expected.getBlue() - actual.getBlue());
    assertTrue(distance < 0.06, () -> "expected " + expected + " but the canvas shows " + actual);
  }
}
