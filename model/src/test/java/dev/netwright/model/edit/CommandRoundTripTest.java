package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.APP_RT;
import static dev.netwright.model.edit.TestDesigns.APP_SG;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.ENDPOINT_SG;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.MAIN_RT;
import static dev.netwright.model.edit.TestDesigns.NAT;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.PUBLIC_RT;
import static dev.netwright.model.edit.TestDesigns.S3;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static dev.netwright.model.edit.TestDesigns.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of edit, made through the editor on {@link TestDesigns#twoVpcs()}: it has its effect,
 * keeps the design structurally sound, and execute, undo, redo, undo give equal documents at each step.
 */
class CommandRoundTripTest {

  private static Arguments edit(String name, Function<DesignEditor, Command> edit, Predicate<Document> effect) {
    return Arguments.of(name, edit, effect);
  }

  private static Subnet subnet(Document document, ElementId id) {
    return document.topology().require(id, Subnet.class);
  }

  private static RouteTable table(Document document, ElementId id) {
    return document.topology().require(id, RouteTable.class);
  }

  private static InterfaceEndpoint ssm(Document document) {
    return document.topology().require(SSM, InterfaceEndpoint.class);
  }

  static Stream<Arguments> edits() {
    Bounds box = new Bounds(10, 20, 220, 110);
    return Stream.of(
        edit("add subnet", e -> e.add(new Subnet(e.nextId(ElementKind.SUBNET), "Cache", MAIN, cidr("10.0.4.0/24"), zone('c')), box),
            d -> d.topology().contains(id("Subnet1")) && d.layout().find(id("Subnet1")).orElseThrow().equals(box)),
        edit("add VPC", e -> e.add(new Vpc(id("Vpc1"), "Third", List.of(cidr("10.2.0.0/16")), true, true, Region.US_EAST_1), box),
            d -> d.topology().vpcs().size() == 3),
        edit("add route table", e -> e.add(new RouteTable(id("RouteTable1"), "DataRt", MAIN, false, List.of(), List.of())),
            d -> d.topology().inVpc(MAIN, RouteTable.class).size() == 4 && d.layout().find(id("RouteTable1")).isEmpty()),
        edit("add internet gateway", e -> e.add(new InternetGateway(id("InternetGateway1"), "OtherIgw", OTHER)),
            d -> d.topology().internetGateways().size() == 2),
        edit("add NAT gateway", e -> e.add(new NatGateway(id("NatGateway1"), "Nat2", APP, false, "")),
            d -> d.topology().natGateways().size() == 2),
        edit("add gateway endpoint", e -> e.add(new GatewayEndpoint(id("GatewayEndpoint1"), "Dynamo", MAIN, "dynamodb",
            List.of(APP_RT), "")), d -> d.topology().gatewayEndpoints().size() == 2),
        edit("add interface endpoint", e -> e.add(new InterfaceEndpoint(id("InterfaceEndpoint1"), "Sts", MAIN,
            "com.amazonaws.us-east-1.sts", List.of(DATA), List.of(ENDPOINT_SG), true, "")),
            d -> d.topology().interfaceEndpoints().size() == 2),
        edit("add security group", e -> e.add(new SecurityGroup(id("SecurityGroup1"), "DbSg", MAIN, "",
            List.of(SecurityRule.tcp(5432, new RulePeer.GroupPeer(APP_SG))), List.of())),
            d -> d.topology().securityGroups().size() == 4),
        edit("add peering", e -> e.add(new PeeringConnection(id("Peering1"), "Peer2", OTHER, MAIN)),
            d -> d.topology().peeringConnections().size() == 2),
        edit("add VPN gateway", e -> e.add(new VpnGateway(id("VpnGateway1"), "OtherVgw", OTHER, List.of(cidr("172.16.0.0/12")))),
            d -> d.topology().vpnGateways().size() == 2),
        edit("add opaque resource", e -> e.add(new OpaqueResource(id("Resource1"), "Queue", "AWS::SQS::Queue", "{}")),
            d -> d.topology().contains(id("Resource1"))),
        edit("rename subnet", e -> e.update(subnet(e.document(), WEB).withName("Public")),
            d -> subnet(d, WEB).name().equals("Public")),
        edit("change subnet block", e -> e.update(subnet(e.document(), DATA).withCidr(cidr("10.0.128.0/20"))),
            d -> subnet(d, DATA).cidr().equals(cidr("10.0.128.0/20"))),
        edit("change subnet zone", e -> e.update(subnet(e.document(), DATA).withZone(zone('c'))),
            d -> subnet(d, DATA).zone().equals(zone('c'))),
        edit("rezone subnet from the inspector", e -> e.rezone(DATA, zone('c')),
            d -> subnet(d, DATA).zone().equals(zone('c'))),
        edit("tidy up", DesignEditor::tidyUp,
            d -> d.layout().equals(dev.netwright.model.layout.AutoLayout.layout(d.topology()))),
        edit("add VPC block", e -> e.update(e.document().topology().require(MAIN, Vpc.class)
            .withCidrBlocks(List.of(cidr("10.0.0.0/16"), cidr("100.64.0.0/16")))),
            d -> d.topology().require(MAIN, Vpc.class).cidrBlocks().size() == 2),
        edit("change DNS flags", e -> e.update(e.document().topology().require(OTHER, Vpc.class).withDns(true, true)),
            d -> d.topology().require(OTHER, Vpc.class).dnsHostnames()),
        edit("change endpoint policy", e -> e.update(e.document().topology().require(S3, GatewayEndpoint.class)
            .withPolicy("{\"Statement\":[]}")), d -> !d.topology().require(S3, GatewayEndpoint.class).policy().isEmpty()),
        edit("turn private DNS off", e -> e.update(ssm(e.document()).withPrivateDns(false)), d -> !ssm(d).privateDns()),
        edit("change security group rules", e -> e.update(e.document().topology().require(APP_SG, SecurityGroup.class)
            .withRules(List.of(SecurityRule.tcp(22, new RulePeer.CidrPeer(cidr("10.0.0.0/16")))), List.of())),
            d -> d.topology().require(APP_SG, SecurityGroup.class).ingress().size() == 1),
        edit("delete subnet", e -> e.delete(List.of(APP)),
            d -> !d.topology().contains(APP) && table(d, APP_RT).subnetIds().isEmpty() && ssm(d).subnetIds().isEmpty()),
        edit("delete VPC", e -> e.delete(List.of(MAIN)), d -> d.topology().size() == 5),
        edit("delete several", e -> e.delete(List.of(NAT, S3, id("Bucket"))),
            d -> table(d, APP_RT).routes().size() == 1 && d.topology().size() == 17),
        edit("move many", e -> e.move(Map.of(MAIN, box, WEB, box.movedBy(5, 5))),
            d -> d.layout().find(WEB).orElseThrow().equals(box.movedBy(5, 5))),
        edit("move subnet into another zone's lane", e -> e.moveToZone(WEB, AvailabilityZone.of("us-east-1c"),
                Map.of(WEB, box.movedBy(40, 0))),
            d -> d.topology().require(WEB, Subnet.class).zone().name().equals("us-east-1c")
                && d.layout().find(WEB).orElseThrow().equals(box.movedBy(40, 0))),
        edit("resize one", e -> e.move(Map.of(MAIN, new Bounds(320, 0, 900, 600))),
            d -> d.layout().find(MAIN).orElseThrow().width() == 900),
        edit("associate unassociated subnet", e -> e.associate(DATA, APP_RT),
            d -> d.topology().routeTableOf(DATA).orElseThrow().id().equals(APP_RT)),
        edit("associate subnet moving it off its table", e -> e.associate(APP, PUBLIC_RT),
            d -> table(d, PUBLIC_RT).subnetIds().contains(APP) && !table(d, APP_RT).subnetIds().contains(APP)),
        edit("disassociate subnet", e -> e.disassociate(WEB),
            d -> d.topology().routeTableOf(WEB).orElseThrow().id().equals(MAIN_RT)),
        edit("set main route table", e -> e.setMain(APP_RT), d -> table(d, APP_RT).main() && !table(d, MAIN_RT).main()),
        edit("add route", e -> e.addRoute(MAIN_RT, Route.of("0.0.0.0/0", "Nat")), d -> table(d, MAIN_RT).routes().size() == 1),
        edit("remove route", e -> e.removeRoute(APP_RT, Route.of("0.0.0.0/0", "Nat")),
            d -> table(d, APP_RT).routes().equals(List.of(Route.of("10.1.0.0/16", "Peer")))),
        edit("attach gateway endpoint", e -> e.attach(S3, PUBLIC_RT),
            d -> d.topology().require(S3, GatewayEndpoint.class).routeTableIds().equals(List.of(APP_RT, PUBLIC_RT))),
        edit("detach gateway endpoint", e -> e.detach(S3, APP_RT),
            d -> d.topology().require(S3, GatewayEndpoint.class).routeTableIds().isEmpty()),
        edit("add endpoint subnet", e -> e.addEndpointSubnet(SSM, DATA), d -> ssm(d).subnetIds().equals(List.of(APP, DATA))),
        edit("remove endpoint subnet", e -> e.removeEndpointSubnet(SSM, APP), d -> ssm(d).subnetIds().isEmpty()),
        edit("add endpoint security group", e -> e.addEndpointSecurityGroup(SSM, APP_SG),
            d -> ssm(d).securityGroupIds().equals(List.of(ENDPOINT_SG, APP_SG))),
        edit("remove endpoint security group", e -> e.removeEndpointSecurityGroup(SSM, ENDPOINT_SG),
            d -> ssm(d).securityGroupIds().isEmpty()),
        edit("paste", e -> e.paste(Clipboard.copy(e.document(), List.of(WEB)), 40, 40),
            d -> d.topology().find(id("NatGateway1"), NatGateway.class).map(n -> n.subnetId().equals(id("Subnet1"))).orElse(false)),
        edit("edit design info", e -> e.editInfo("Renamed", "new words", Region.of("eu-west-1")),
            d -> d.name().equals("Renamed") && d.region().equals(Region.of("eu-west-1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void executeUndoRedo_giveEqualDocumentsAtEachStep(String name, Function<DesignEditor, Command> edit, Predicate<Document> effect) {
    DesignEditor editor = TestDesigns.editor();
    History history = editor.history();
    Document before = history.current();

    Command command = edit.apply(editor);
    Document after = history.current();

    assertTrue(effect.test(after), "the edit has its effect");
    assertFalse(effect.test(before), "the effect was not there before");
    assertEquals(List.of(), StructureCheck.problems(after.topology()), "the design stays sound");
    assertEquals(command.label(), history.undoLabel().orElseThrow());
    assertNotEquals(before, after);
    assertEquals(after, command.apply(before), "applying the command again gives the same document");

    assertTrue(history.undo());
    assertEquals(before, history.current());
    assertTrue(history.redo());
    assertEquals(after, history.current());
    assertTrue(history.undo());
    assertEquals(before, history.current());
    assertFalse(history.canUndo());
  }
}
