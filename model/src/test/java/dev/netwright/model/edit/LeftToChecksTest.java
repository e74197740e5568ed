package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP_RT;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.OTHER_RT;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static dev.netwright.model.edit.TestDesigns.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Networking mistakes the editor lets through, because a design in progress may be wrong: the
 * checks report them as findings (docs/decisions.md, "Structure is enforced, networking is
 * checked"). Each edit still leaves the structure sound.
 */
class LeftToChecksTest {
  private final DesignEditor editor = TestDesigns.editor();

  private Topology topology() {
    return editor.document().topology();
  }

  private void assertSound() {
    assertEquals(List.of(), StructureCheck.problems(topology()));
  }

  @Test
  void blockSizesAndOverlaps_areAllowed() {
    editor.add(new Subnet(id("Subnet1"), "Tiny", MAIN, cidr("10.0.9.0/29"), zone('a')));
    editor.add(new Subnet(id("Subnet2"), "Overlap", MAIN, cidr("10.0.1.0/25"), zone('b')));
    editor.update(topology().require(MAIN, Vpc.class).withCidrBlocks(List.of(cidr("10.0.0.0/16"), cidr("10.0.128.0/17"))));
    editor.add(new Vpc(id("Vpc1"), "Huge", List.of(cidr("10.0.0.0/8")), true, true, TestDesigns.REGION));

    assertEquals(5, topology().inVpc(MAIN, Subnet.class).size());
    assertSound();
  }

  @Test
  void secondInternetOrVpnGateway_isAllowed() {
    editor.add(new InternetGateway(id("InternetGateway1"), "Igw2", MAIN));
    editor.add(new VpnGateway(id("VpnGateway1"), "Vgw2", MAIN, List.of()));

    assertEquals(2, topology().inVpc(MAIN, InternetGateway.class).size());
    assertEquals(2, topology().inVpc(MAIN, VpnGateway.class).size());
    assertSound();
  }

  @Test
  void gatewayEndpointOfAnotherServiceOrRegion_orASecondOnATable_isAllowed() {
    editor.add(new GatewayEndpoint(id("GatewayEndpoint1"), "Ssm", MAIN, "com.amazonaws.us-east-1.ssm", List.of(), ""));
    editor.add(new GatewayEndpoint(id("GatewayEndpoint2"), "S3eu", MAIN, "com.amazonaws.eu-west-1.s3", List.of(), ""));
    editor.add(new GatewayEndpoint(id("GatewayEndpoint3"), "S3b", MAIN, "s3", List.of(APP_RT), ""));

    assertEquals(4, topology().gatewayEndpoints().size());
    assertSound();
  }

  @Test
  void interfaceEndpointInTwoSubnetsOfOneZone_isAllowed() {
    editor.addEndpointSubnet(SSM, DATA);
    editor.addEndpointSubnet(SSM, WEB);

    assertEquals(3, topology().require(SSM, InterfaceEndpoint.class).subnetIds().size());
    assertSound();
  }

  @Test
  void routesToAnotherVpcsGateways_duplicatesAndReservedDestinations_areAllowed() {
    editor.addRoute(OTHER_RT, Route.of("0.0.0.0/0", "Igw"));
    editor.addRoute(APP_RT, Route.of("0.0.0.0/0", "Igw"));
    editor.addRoute(APP_RT, Route.of("169.254.168.0/22", "Igw"));

    assertEquals(2, topology().require(OTHER_RT, RouteTable.class).routes().size());
    assertEquals(4, topology().require(APP_RT, RouteTable.class).routes().size());
    assertSound();
  }

  @Test
  void allowedEdits_undoLikeAnyOther() {
    editor.addRoute(APP_RT, Route.of("0.0.0.0/0", "Igw"));

    assertTrue(editor.history().undo());
    assertEquals(TestDesigns.twoVpcs(), editor.document());
  }
}
