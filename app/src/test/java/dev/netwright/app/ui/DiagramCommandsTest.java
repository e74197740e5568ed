package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.canvas.VpcView;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.ConnectorKind;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.LineLayer;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.Lane;
import dev.netwright.model.topology.Subnet;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagram's commands in the real window: a zone set in the Inspector moves the subnet's box
 * into that zone's column, Tidy Up lays the design out as one undo step, the View menu's line
 * layer shows all, the selection's or no lines, and Export Image writes a PNG at 2x.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramCommandsTest {
  private static final ElementId SUBNET = ElementId.of("PrivateSubnetB");
  private static final ElementId VPC = ElementId.of("ThreeTierVpc");

  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage, DesignerFixture.newFolder(), true);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void settingASubnetsZoneInTheInspector_movesItsBoxIntoThatZonesColumn_asOneUndoStep(FxRobot robot) {
    open(robot, "three-tier.json");
    Document before = designer.session.document();
    robot.interact(() -> designer.session.select(List.of(SUBNET)));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ComboBox<AvailabilityZone> zone = robot.lookup("#inspector-zone").queryAs(ComboBox.class);

    robot.interact(() -> zone.setValue(AvailabilityZone.of("us-east-1a")));
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("us-east-1a", designer.session.document().topology().require(SUBNET, Subnet.class).zone().name());
    Bounds box = designer.canvas.diagram().view(SUBNET).orElseThrow().bounds();
    Lane columnA = lane("us-east-1a");
    assertTrue(columnA.body().contains(box), box + " is not in the column of us-east-1a " + columnA);
    for (Lane other : ((VpcView) designer.canvas.diagram().view(VPC).orElseThrow()).lanes()) {
      if (!other.zone().equals(columnA.zone())) {
        assertFalse(other.bounds().intersects(box), box + " straddles the column of " + other.zone());
      }
    }

    robot.interact(designer.session::undo);
    assertEquals(before, designer.session.document());
  }

  @Test
  void tidyUp_laysTheDesignOutAnew_andOneUndoPutsItBack(FxRobot robot) {
    open(robot, "three-tier.json");
    robot.interact(() -> designer.session.editor().move(java.util.Map.of(ElementId.of("AppSecurityGroup"),
        new Bounds(2000, 2000, 150, 56))));
    Document messy = designer.session.document();

    robot.interact(() -> designer.window.item("tidyUp").fire());
    WaitForAsyncUtils.waitForFxEvents();

    Document tidy = designer.session.document();
    assertNotEquals(messy.layout(), tidy.layout());
    assertEquals(messy.topology(), tidy.topology());
    Bounds vpc = tidy.layout().find(VPC).orElseThrow();
    assertTrue(vpc.contains(tidy.layout().find(ElementId.of("AppSecurityGroup")).orElseThrow()));
    assertEquals("Tidy up", designer.session.undoDescription());

    robot.interact(designer.session::undo);
    assertEquals(messy, designer.session.document());
  }

  @Test
  void theLineLayer_showsAllLines_theSelectionsLines_orNone_butAlwaysThePath(FxRobot robot) {
    open(robot, "three-tier.json");
    assertEquals(LineLayer.ALL, designer.canvas.lineLayerProperty().get());
    int all = lines().size();
    assertTrue(all > 10, all + " lines");

    robot.interact(() -> designer.session.select(List.of(ElementId.of("PublicRouteTable"))));
    robot.interact(() -> designer.window.item("linesSelection").fire());
    WaitForAsyncUtils.waitForFxEvents();
    List<DrawnConnector> selections = lines();
    assertFalse(selections.isEmpty());
    assertTrue(selections.size() < all);
    assertTrue(selections.stream().allMatch(line -> line.fromId().equals("PublicRouteTable") || line.toId().equals("PublicRouteTable")),
        selections.toString());

    robot.interact(() -> designer.window.item("linesNone").fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), lines());

    robot.interact(() -> designer.session.highlightedPathProperty().set(HighlightedPath.reachable(List.of(ElementId.of("PrivateSubnetA"),
        ElementId.of("PrivateRouteTableA"), ElementId.of("NatGatewayA")))));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(ConnectorKind.PATH, ConnectorKind.PATH),
        designer.canvas.diagram().drawing().connectors().stream().map(DrawnConnector::kind).toList());
  }

  @Test
  void exportImageAt2x_writesAPngTwiceTheSizeOfTheDrawing(FxRobot robot) throws Exception {
    open(robot, "peered-vpcs.json");
    Path png = designer.folder.resolve("peered@2x.png");
    designer.chosenFiles.add(png);

    robot.interact(() -> designer.window.item("exportPng2").fire());

    BufferedImage image = ImageIO.read(png.toFile());
    Box area = SvgWriter.area(designer.canvas.diagram().drawing());
    assertEquals(Math.round(area.width() * 2), image.getWidth());
    assertEquals(Math.round(area.height() * 2), image.getHeight());
  }

  private List<DrawnConnector> lines() {
    return designer.canvas.diagram().drawing().connectors().stream().filter(line -> line.kind() != ConnectorKind.PATH).toList();
  }

  private Lane lane(String zone) {
    return ((VpcView) designer.canvas.diagram().view(VPC).orElseThrow()).lanes().stream()
        .filter(lane -> lane.zone().name().equals(zone)).findFirst().orElseThrow();
  }

  private void open(FxRobot robot, String sample) {
    designer.chosenFiles.add(DesignerFixture.sample(sample));
    designer.shortcut(robot, KeyCode.O);
    assertEquals(DesignerFixture.sample(sample), designer.session.file());
  }
}
