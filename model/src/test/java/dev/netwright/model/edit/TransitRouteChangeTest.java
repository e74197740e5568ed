package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changing a transit gateway static route in place, and attaching a VPC with its attachment's place on the canvas. */
class TransitRouteChangeTest {
  private static final ElementId TGW = id("Tgw");
  private static final ElementId RT = id("HubRt");

  @Test
  void aStaticRouteBecomesABlackhole_inOneUndoStep() {
    DesignEditor editor = TestDesigns.editor();
    editor.add(TransitGateway.of(TGW, "hub", TestDesigns.REGION));
    editor.add(TransitGatewayRouteTable.of(RT, "hub routes", TGW, true));
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB, APP), "main");
    ElementId attachment = editor.document().topology().attachmentsOfVpc(MAIN).get(0).id();
    TransitGatewayRoute route = TransitGatewayRoute.to(cidr("10.9.0.0/16"), attachment);
    editor.transit().addRoute(RT, route);

    editor.transit().changeRoute(RT, route, TransitGatewayRoute.blackhole(cidr("10.9.0.0/16")));

    assertEquals(List.of(TransitGatewayRoute.blackhole(cidr("10.9.0.0/16"))), table(editor).routes());
    assertEquals("Change route 10.9.0.0/16 of transit gateway route table hub routes to a blackhole",
        editor.history().undoLabel().orElseThrow());
    editor.history().undo();
    assertEquals(List.of(route), table(editor).routes());
    EditRefusedException refused = assertThrows(EditRefusedException.class,
        () -> editor.transit().changeRoute(RT, TransitGatewayRoute.blackhole(cidr("10.8.0.0/16")), route));
    assertEquals("transit gateway route table hub routes has no route 10.8.0.0/16 -> blackhole", refused.getMessage());
  }

  @Test
  void attachingWithBounds_drawsTheAttachmentThere() {
    DesignEditor editor = TestDesigns.editor();
    editor.add(TransitGateway.of(TGW, "hub", TestDesigns.REGION));
    Bounds place = new Bounds(100, 400, 150, 56);

    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "", place);

    ElementId attachment = editor.document().topology().attachmentsOfVpc(MAIN).get(0).id();
    assertEquals(place, editor.document().layout().find(attachment).orElseThrow());
    editor.history().undo();
    assertEquals(List.of(), editor.document().topology().attachmentsOfVpc(MAIN));
  }

  private static TransitGatewayRouteTable table(DesignEditor editor) {
    return editor.document().topology().require(RT, TransitGatewayRouteTable.class);
  }
}
