package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.APP_RT;
import static dev.netwright.model.edit.TestDesigns.APP_SG;
import static dev.netwright.model.edit.TestDesigns.BUCKET;
import static dev.netwright.model.edit.TestDesigns.ENDPOINT_SG;
import static dev.netwright.model.edit.TestDesigns.IGW;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.MAIN_RT;
import static dev.netwright.model.edit.TestDesigns.NAT;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.OTHER_RT;
import static dev.netwright.model.edit.TestDesigns.OTHER_SG;
import static dev.netwright.model.edit.TestDesigns.OTHER_WEB;
import static dev.netwright.model.edit.TestDesigns.PEER;
import static dev.netwright.model.edit.TestDesigns.PUBLIC_RT;
import static dev.netwright.model.edit.TestDesigns.S3;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.VGW;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeleteCascadeTest {
  private final DesignEditor editor = TestDesigns.editor();
  private final Document start = editor.document();

  private static Set<ElementId> ids(Topology topology) {
    return topology.elements().stream().map(Element::id).collect(Collectors.toSet());
  }

  @Test
  void deletingAVpc_removesEverythingInsideItAndItsLayout() {
    editor.delete(List.of(MAIN));

    Topology after = editor.document().topology();
    assertEquals(Set.of(OTHER, OTHER_WEB, OTHER_RT, OTHER_SG, BUCKET), ids(after));
    assertEquals(ids(after), editor.document().layout().asMap().keySet());
    assertEquals(List.of(), StructureCheck.problems(after));
  }

  @Test
  void deletingAVpc_dropsReferencesToItFromTheOtherVpc() {
    editor.delete(List.of(MAIN));

    Topology after = editor.document().topology();
    assertEquals(List.of(), after.require(OTHER_RT, RouteTable.class).routes(), "the route via the peering is gone");
    assertEquals(List.of(), after.require(OTHER_SG, SecurityGroup.class).ingress(), "the rule for AppSg is gone");
  }

  @Test
  void deletingAVpc_isOneUndoStepThatRestoresAllOfIt() {
    editor.delete(List.of(MAIN));

    assertEquals(Optional.of("Delete VPC Main"), editor.history().undoLabel());
    assertTrue(editor.history().undo());
    assertEquals(start, editor.document());
    assertFalse(editor.history().canUndo());
  }

  @Test
  void cascade_listsOwnedElementsRecursively() {
    Set<ElementId> removed = Cascade.of(start.topology(), List.of(MAIN));

    assertEquals(Set.of(MAIN, TestDesigns.WEB, APP, TestDesigns.DATA, MAIN_RT, PUBLIC_RT, APP_RT, IGW, NAT, S3, SSM,
        ENDPOINT_SG, APP_SG, VGW, PEER), removed);
  }

  @Test
  void deletingASubnet_takesItsNatGatewayAndTheRoutesThroughIt() {
    editor.delete(List.of(WEB));

    Topology after = editor.document().topology();
    assertFalse(after.contains(NAT));
    assertEquals(List.of(Route.of("10.1.0.0/16", "Peer")), after.require(APP_RT, RouteTable.class).routes());
    assertEquals(List.of(), after.require(PUBLIC_RT, RouteTable.class).subnetIds());
    assertEquals(Optional.of("Delete subnet Web"), editor.history().undoLabel());
  }

  @Test
  void deletingASubnet_removesItFromItsEndpointsAndAssociation() {
    editor.delete(List.of(APP));

    Topology after = editor.document().topology();
    assertEquals(List.of(), after.require(SSM, InterfaceEndpoint.class).subnetIds());
    assertEquals(List.of(), after.require(APP_RT, RouteTable.class).subnetIds());
    assertFalse(editor.document().layout().find(APP).isPresent());
  }

  @Test
  void deletingASecurityGroup_dropsRulesAndEndpointUsesOfIt() {
    editor.delete(List.of(ENDPOINT_SG));

    Topology after = editor.document().topology();
    assertEquals(List.of(), after.require(SSM, InterfaceEndpoint.class).securityGroupIds());
    assertEquals(List.of(), after.require(APP_SG, SecurityGroup.class).egress());
  }

  @Test
  void deletingARouteTable_detachesItsEndpointAndFreesItsSubnets() {
    editor.delete(List.of(APP_RT));

    Topology after = editor.document().topology();
    assertEquals(List.of(), after.require(S3, dev.netwright.model.topology.GatewayEndpoint.class).routeTableIds());
    assertEquals(MAIN_RT, after.routeTableOf(APP).orElseThrow().id(), "App falls back to the main table");
  }

  @Test
  void deletingSeveralElements_isOneStepNamedByItsCount() {
    editor.delete(List.of(IGW, BUCKET, PEER));

    Topology after = editor.document().topology();
    assertEquals(start.topology().size() - 3, after.size());
    assertEquals(List.of(), after.require(PUBLIC_RT, RouteTable.class).routes());
    assertEquals(List.of(Route.of("0.0.0.0/0", "Nat")), after.require(APP_RT, RouteTable.class).routes());
    assertEquals(Optional.of("Delete 3 elements"), editor.history().undoLabel());
    editor.history().undo();
    assertEquals(start, editor.document());
  }

  @Test
  void deletingTheMainTableWithItsVpc_isAllowed() {
    editor.delete(List.of(MAIN_RT, MAIN));

    assertFalse(editor.document().topology().contains(MAIN_RT));
  }
}
