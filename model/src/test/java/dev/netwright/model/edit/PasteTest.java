package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.APP_RT;
import static dev.netwright.model.edit.TestDesigns.ENDPOINT_SG;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasteTest {
  private final DesignEditor editor = TestDesigns.editor();
  private final Document start = editor.document();

  @Test
  void copy_takesWhatTheElementsOwnWithTheirBounds() {
    Clipboard clipboard = Clipboard.copy(start, List.of(WEB));

    assertEquals(List.of(WEB, id("Nat")), clipboard.elements().stream().map(Element::id).toList());
    assertEquals(start.layout().find(WEB).orElseThrow(), clipboard.bounds().get(WEB));
  }

  @Test
  void copy_ofAnUnknownElement_isRefused() {
    EditRefusedException refused = assertThrows(EditRefusedException.class, () -> Clipboard.copy(start, List.of(id("Gone"))));
    assertEquals("there is no element Gone to copy", refused.getMessage());
  }

  @Test
  void pastingAVpc_copiesItsContentsUnderFreshIdsWithReferencesRemapped() {
    Clipboard clipboard = Clipboard.copy(start, List.of(MAIN));

    editor.paste(clipboard, 0, 1000);

    Topology after = editor.document().topology();
    assertEquals(start.topology().size() + 15, after.size());
    assertEquals(List.of(), StructureCheck.problems(after));
    Vpc copy = after.require(id("Vpc1"), Vpc.class);
    assertEquals("Main", copy.name());
    assertEquals(3, after.inVpc(copy.id(), RouteTable.class).size());
    RouteTable appRtCopy = named(after.inVpc(copy.id(), RouteTable.class), "AppRt");
    Subnet appCopy = named(after.inVpc(copy.id(), Subnet.class), "App");
    Subnet webCopy = named(after.inVpc(copy.id(), Subnet.class), "Web");
    assertEquals(List.of(appCopy.id()), appRtCopy.subnetIds());
    NatGateway natCopy = after.natGateways().stream().filter(nat -> nat.subnetId().equals(webCopy.id())).findFirst()
        .orElseThrow();
    assertEquals(new Route(RouteDestination.parse("0.0.0.0/0"), natCopy.id()), appRtCopy.routes().get(0));
    GatewayEndpoint s3Copy = after.inVpc(copy.id(), GatewayEndpoint.class).get(0);
    assertEquals(List.of(appRtCopy.id()), s3Copy.routeTableIds());
    PeeringConnection peerCopy = after.peeringConnections().stream().filter(p -> p.requesterVpcId().equals(copy.id()))
        .findFirst().orElseThrow();
    assertEquals(OTHER, peerCopy.accepterVpcId(), "the peering's other side, not copied, stays the original");
    assertTrue(after.mainRouteTable(copy.id()).isPresent(), "the copied VPC keeps a main table");
  }

  private static <T extends Element> T named(List<T> elements, String name) {
    return elements.stream().filter(element -> element.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void pastedBounds_areOffset() {
    editor.paste(Clipboard.copy(start, List.of(WEB)), 30, 40);

    Bounds original = start.layout().find(WEB).orElseThrow();
    assertEquals(original.movedBy(30, 40), editor.document().layout().find(id("Subnet1")).orElseThrow());
    assertEquals(Optional.of("Paste 2 elements"), editor.history().undoLabel());
  }

  @Test
  void pastingARouteTableAlone_dropsItsAssociationsAndKeepsItsRoutes() {
    editor.paste(Clipboard.copy(start, List.of(APP_RT)), 10, 10);

    RouteTable copy = editor.document().topology().require(id("RouteTable1"), RouteTable.class);
    assertEquals(List.of(), copy.subnetIds(), "App keeps its one table");
    assertEquals(start.topology().require(APP_RT, RouteTable.class).routes(), copy.routes());
    assertFalse(copy.main());
    assertEquals(Optional.of("Paste route table AppRt"), editor.history().undoLabel());
  }

  @Test
  void pastingGroupsTogether_remapsRulesBetweenThem() {
    editor.paste(Clipboard.copy(start, List.of(ENDPOINT_SG, id("AppSg"))), 10, 10);

    Topology after = editor.document().topology();
    SecurityGroup endpointCopy = after.require(id("SecurityGroup1"), SecurityGroup.class);
    assertEquals(new RulePeer.GroupPeer(id("SecurityGroup2")), endpointCopy.ingress().get(0).peer());
  }

  @Test
  void pastingAnInterfaceEndpointAlone_keepsItsSubnetsAndGroups() {
    editor.paste(Clipboard.copy(start, List.of(SSM)), 10, 10);

    InterfaceEndpoint copy = editor.document().topology().require(id("InterfaceEndpoint1"), InterfaceEndpoint.class);
    assertEquals(List.of(APP), copy.subnetIds());
    assertEquals(List.of(ENDPOINT_SG), copy.securityGroupIds());
  }

  @Test
  void pastingIntoADesignWithoutTheOwner_isRefused() {
    Clipboard clipboard = Clipboard.copy(start, List.of(WEB));
    DesignEditor other = new DesignEditor(new History(Document.empty("Empty", TestDesigns.REGION)));

    EditRefusedException refused = assertThrows(EditRefusedException.class, () -> other.paste(clipboard, 0, 0));
    assertEquals("subnet Web belongs to VPC Main, which is not in the design", refused.getMessage());
  }

  @Test
  void pastingIntoAnotherDesign_leavesOutAPeeringWhoseOtherVpcIsNotThere() {
    Clipboard clipboard = Clipboard.copy(start, List.of(MAIN));
    DesignEditor other = new DesignEditor(new History(Document.empty("Empty", TestDesigns.REGION)));

    other.paste(clipboard, 0, 0);

    Topology after = other.document().topology();
    assertEquals(14, after.size());
    assertEquals(List.of(), after.peeringConnections());
    assertEquals(List.of(), StructureCheck.problems(after));
    RouteTable appRt = named(after.routeTables(), "AppRt");
    assertEquals(1, appRt.routes().size(), "the route via the left-out peering is left out too");
    assertEquals(id("Vpc1"), after.elements().iterator().next().id());
  }
}
