package dev.netwright.app.ui;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * A hub-and-spoke design for the designer's tests, laid out as an import would be: transit gateway
 * Hub; a shared-services VPC (SharedVpc) with SSM interface endpoints, a Resolver inbound endpoint
 * and the private hosted zone SsmZone (alias to its SSM endpoint) associated with every VPC but the last spoke;
 * {@code spokes} spoke VPCs Spoke1… of two subnets in two zones, each attached but the last
 * ({@code Spoke<spokes>}, to attach in a test); a VPN attachment Office; route tables Spokes (the
 * default, with the static route 10.99.0.0/16 to the shared VPC's attachment) and Shared.
 */
public final class HubDesign {
  public static final ElementId HUB = ElementId.of("Hub");
  public static final ElementId SPOKE_ROUTES = ElementId.of("Spokes");
  public static final ElementId ZONE = ElementId.of("SsmZone");
  private static final Region REGION = Region.US_EAST_1;

  private HubDesign() {
  }

  public static ElementId spoke(int n) {
    return ElementId.of("Spoke" + n);
  }

  public static Document of(int spokes) {
    List<Element> elements = new ArrayList<>();
    elements.add(TransitGateway.of(HUB, "hub", REGION).withDefaults(false, false));
    List<ElementId> spokeAttachments = new ArrayList<>();
    List<ElementId> vpcs = new ArrayList<>();
    ElementId sharedAttachment = ElementId.of("SharedVpcAttachment");
    for (int s = 0; s <= spokes; s++) {
      boolean shared = s == spokes;
      String name = shared ? "shared-services" : "spoke-" + (s + 1);
      ElementId vpc = shared ? ElementId.of("SharedVpc") : spoke(s + 1);
      String net = "10." + (shared ? 100 : s + 1) + ".";
      elements.add(new Vpc(vpc, name, List.of(Cidr.parse(net + "0.0/16")), true, true, REGION));
      vpcs.add(vpc);
      List<ElementId> subnets = new ArrayList<>();
      for (int z = 0; z < 2; z++) {
        char zone = (char) ('a' + z);
        ElementId subnet = ElementId.of(vpc.value() + "App" + zone);
        elements.add(new Subnet(subnet, name + "-app-" + zone, vpc, Cidr.parse(net + z + ".0/24"),
            AvailabilityZone.of(REGION.name() + zone)));
        subnets.add(subnet);
      }
      elements.add(new RouteTable(ElementId.of(vpc.value() + "Rt"), name + "-rt", vpc, false,
          List.of(Route.of("10.0.0.0/8", HUB.value())), subnets));
      boolean attached = shared || s + 1 < spokes;
      if (attached) {
        ElementId attachment = ElementId.of(vpc.value() + "Attachment");
        elements.add(new TransitGatewayVpcAttachment(attachment, name + "-attachment", HUB, vpc, subnets));
        if (!shared) {
          spokeAttachments.add(attachment);
        }
      }
      if (shared) {
        ElementId group = ElementId.of("EndpointSg");
        elements.add(new SecurityGroup(group, "endpoints", vpc, "HTTPS from the spokes", List.of(), List.of()));
        for (String service : List.of("ssm", "ssmmessages", "ec2messages")) {
          elements.add(new InterfaceEndpoint(ElementId.of(service + "Endpoint"), service, vpc,
              "com.amazonaws." + REGION.name() + "." + service, subnets, List.of(group), false, ""));
        }
        elements.add(new ResolverEndpoint(ElementId.of("InboundDns"), "inbound-dns", vpc, subnets, List.of(group)));
      }
    }
    elements.add(new TransitGatewayVpnAttachment(ElementId.of("Office"), "office-vpn", HUB, List.of(Cidr.parse("192.168.0.0/16"))));
    List<ElementId> sharedAssociations = List.of(sharedAttachment, ElementId.of("Office"));
    elements.add(new TransitGatewayRouteTable(SPOKE_ROUTES, "spokes", HUB, true, spokeAttachments, List.of(sharedAttachment),
        List.of(TransitGatewayRoute.to(Cidr.parse("10.99.0.0/16"), sharedAttachment))));
    elements.add(new TransitGatewayRouteTable(ElementId.of("Shared"), "shared", HUB, false, sharedAssociations,
        spokeAttachments, List.of()));
    elements.add(new HostedZone(ZONE, "ssm-zone", "ssm." + REGION.name() + ".amazonaws.com",
        vpcs.stream().filter(vpc -> !vpc.equals(spoke(spokes))).toList(),
        List.of(new AliasRecord("ssm." + REGION.name() + ".amazonaws.com", ElementId.of("ssmEndpoint")))));
    Topology topology = Topology.of(elements);
    return new Document("hub and " + spokes + " spokes", "A transit gateway hub with spoke VPCs", REGION, topology,
        AutoLayout.layout(topology));
  }
}
