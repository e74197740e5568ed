package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connect tool and the palette with transit gateways and private hosted zones, on a hub-and-spoke design. */
@ExtendWith(ApplicationExtension.class)
class TransitDesignerTest {
  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage);
  }

  @BeforeEach
  void openHub(FxRobot robot) throws Exception {
    Path file = designer.folder.resolve("hub.json");
    new DesignFile().write(HubDesign.of(3), file);
    robot.interact(() -> designer.window.open(file));
    robot.interact(designer.canvas::fit);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void draggingFromAVpcToTheTransitGateway_attachesItThroughItsFirstSubnetInEachZone_asOneUndoStep(FxRobot robot) {
    ElementId spoke = HubDesign.spoke(3);
    assertEquals(List.of(), designer.session.document().topology().attachmentsOfVpc(spoke));
    Bounds vpc = designer.canvas.diagram().view(spoke).orElseThrow().bounds();

    // from the VPC's title band (not one of its subnets) to the hub
    robot.clickOn("#connectToolButton");
    robot.drag(designer.screen(vpc.x() + vpc.width() / 2, vpc.y() + 12)).dropTo(designer.center(HubDesign.HUB));
    WaitForAsyncUtils.waitForFxEvents();

    List<TransitGatewayVpcAttachment> attachments = designer.session.document().topology().attachmentsOfVpc(spoke);
    assertEquals(1, attachments.size(), designer.canvas.hintProperty().get());
    assertEquals(HubDesign.HUB, attachments.get(0).transitGatewayId());
    assertEquals(List.of(ElementId.of("Spoke3Appa"), ElementId.of("Spoke3Appb")), attachments.get(0).subnetIds());
    assertTrue(designer.canvas.diagram().view(attachments.get(0).id()).isPresent(), "the attachment is drawn");
    assertEquals("Attach VPC spoke-3 to transit gateway hub", designer.session.history().undoLabel().orElseThrow());

    robot.interact(() -> designer.session.history().undo());
    assertEquals(List.of(), designer.session.document().topology().attachmentsOfVpc(spoke));
  }

  @Test
  void draggingFromTheHostedZoneToAVpc_associatesIt(FxRobot robot) {
    ElementId spoke = HubDesign.spoke(3);
    assertTrue(!designer.session.document().topology().require(HubDesign.ZONE, HostedZone.class).vpcIds().contains(spoke));
    Bounds vpc = designer.canvas.diagram().view(spoke).orElseThrow().bounds();

    robot.clickOn("#connectToolButton");
    robot.drag(designer.center(HubDesign.ZONE)).dropTo(designer.screen(vpc.x() + vpc.width() / 2, vpc.y() + 12));
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(designer.session.document().topology().require(HubDesign.ZONE, HostedZone.class).vpcIds().contains(spoke),
        designer.canvas.hintProperty().get());
  }

  @Test
  void aTransitGatewayFromThePalette_isAddedInTheDesignsRegion(FxRobot robot) {
    Bounds hub = designer.canvas.diagram().view(HubDesign.HUB).orElseThrow().bounds();

    designer.dragFromPalette(robot, ElementKind.TRANSIT_GATEWAY, hub.x() + hub.width() / 2, hub.maxY() + 120);

    List<TransitGateway> gateways = designer.session.document().topology().transitGateways();
    assertEquals(2, gateways.size());
    assertEquals(designer.session.document().region(), gateways.get(1).region());
    assertTrue(designer.canvas.diagram().view(gateways.get(1).id()).isPresent());
  }
}
