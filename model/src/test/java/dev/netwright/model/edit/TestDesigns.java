package dev.netwright.model.edit;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
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
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small designs for the edit tests, built in code so that they do not wait on the samples.
 *
 * <p>{@link #twoVpcs()}: VPC Main (10.0.0.0/16, us-east-1) with public subnet Web (a), private
 * subnets App (b) and Data (a), main table MainRt, PublicRt (Web, 0.0.0.0/0 to Igw), AppRt (App,
 * 0.0.0.0/0 to Nat, 10.1.0.0/16 to Peer), internet gateway Igw, NAT gateway Nat in Web, S3 gateway
 * endpoint attached to AppRt, SSM interface endpoint in App with EndpointSg, AppSg (443 out to
 * EndpointSg), VPN gateway Vgw; VPC Other (10.1.0.0/16) with subnet OtherWeb, main table OtherRt
 * (10.0.0.0/16 to Peer) and OtherSg (443 in from AppSg); peering Peer between them; and an opaque
 * resource Bucket. Every element has bounds.
 */
final class TestDesigns {
  static final Region REGION = Region.US_EAST_1;
  static final ElementId MAIN = id("Main");
  static final ElementId WEB = id("Web");
  static final ElementId APP = id("App");
  static final ElementId DATA = id("Data");
  static final ElementId MAIN_RT = id("MainRt");
  static final ElementId PUBLIC_RT = id("PublicRt");
  static final ElementId APP_RT = id("AppRt");
  static final ElementId IGW = id("Igw");
  static final ElementId NAT = id("Nat");
  static final ElementId S3 = id("S3");
  static final ElementId SSM = id("Ssm");
  static final ElementId ENDPOINT_SG = id("EndpointSg");
  static final ElementId APP_SG = id("AppSg");
  static final ElementId VGW = id("Vgw");
  static final ElementId OTHER = id("Other");
  static final ElementId OTHER_WEB = id("OtherWeb");
  static final ElementId OTHER_RT = id("OtherRt");
  static final ElementId OTHER_SG = id("OtherSg");
  static final ElementId PEER = id("Peer");
  static final ElementId BUCKET = id("Bucket");

  private TestDesigns() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  static Cidr cidr(String text) {
    return Cidr.parse(text);
  }

  static AvailabilityZone zone(char letter) {
    return REGION.zone(letter);
  }

  static Document twoVpcs() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(MAIN, "Main", List.of(cidr("10.0.0.0/16")), true, true, REGION));
    elements.add(new Subnet(WEB, "Web", MAIN, cidr("10.0.1.0/24"), zone('a')));
    elements.add(new Subnet(APP, "App", MAIN, cidr("10.0.2.0/24"), zone('b')));
    elements.add(new Subnet(DATA, "Data", MAIN, cidr("10.0.3.0/24"), zone('a')));
    elements.add(new RouteTable(MAIN_RT, "MainRt", MAIN, true, List.of(), List.of()));
    elements.add(new RouteTable(PUBLIC_RT, "PublicRt", MAIN, false, List.of(Route.of("0.0.0.0/0", "Igw")), List.of(WEB)));
    elements.add(new RouteTable(APP_RT, "AppRt", MAIN, false,
        List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("10.1.0.0/16", "Peer")), List.of(APP)));
    elements.add(new InternetGateway(IGW, "Igw", MAIN));
    elements.add(new NatGateway(NAT, "Nat", WEB, true, "eipalloc-1"));
    elements.add(new GatewayEndpoint(S3, "S3", MAIN, "com.amazonaws.us-east-1.s3", List.of(APP_RT), ""));
    elements.add(new InterfaceEndpoint(SSM, "Ssm", MAIN, "com.amazonaws.us-east-1.ssm", List.of(APP), List.of(ENDPOINT_SG),
        true, ""));
    elements.add(new SecurityGroup(ENDPOINT_SG, "EndpointSg", MAIN, "endpoints",
        List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(APP_SG))), List.of()));
    elements.add(new SecurityGroup(APP_SG, "AppSg", MAIN, "app", List.of(),
        List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(ENDPOINT_SG)))));
    elements.add(new VpnGateway(VGW, "Vgw", MAIN, List.of(cidr("192.168.0.0/16"))));
    elements.add(new Vpc(OTHER, "Other", List.of(cidr("10.1.0.0/16")), true, false, REGION));
    elements.add(new Subnet(OTHER_WEB, "OtherWeb", OTHER, cidr("10.1.1.0/24"), zone('a')));
    elements.add(new RouteTable(OTHER_RT, "OtherRt", OTHER, true, List.of(Route.of("10.0.0.0/16", "Peer")), List.of()));
    elements.add(new SecurityGroup(OTHER_SG, "OtherSg", OTHER, "other",
        List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(APP_SG))), List.of()));
    elements.add(new PeeringConnection(PEER, "Peer", MAIN, OTHER));
    elements.add(new OpaqueResource(BUCKET, "Bucket", "AWS::S3::Bucket", "{}"));
    Topology topology = Topology.of(elements);
    Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    double x = 0;
    for (Element element : elements) {
      bounds.put(element.id(), new Bounds(x, 0, 150, 56));
      x += 160;
    }
    return new Document("Two VPCs", "for the edit tests", REGION, topology, Layout.of(bounds));
  }

  /** A history over {@link #twoVpcs()} and the editor on it. */
  static DesignEditor editor() {
    return new DesignEditor(new History(twoVpcs()));
  }
}
