package dev.netwright.model.diagram.quality;

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
 * A generated hub-and-spoke design, laid out automatically as an import would be: a transit
 * gateway with {@code spokes} spoke VPCs (two private subnets in two zones, 10.0.0.0/8 routed to
 * the gateway) and a shared-services VPC holding SSM interface endpoints behind a private hosted
 * zone associated with every spoke and a Resolver inbound endpoint; a VPN attachment to the
 * office; two transit gateway route tables (spokes, with a blackhole, and shared).
 */
final class HubAndSpokeDesign {
  private static final Region REGION = Region.US_EAST_1;

  private HubAndSpokeDesign() {
  }

  static Document of(int spokes) {
    List<Element> elements = new ArrayList<>();
    ElementId tgw = id("Hub");
    elements.add(TransitGateway.of(tgw, "hub", REGION).withDefaults(false, false));
    List<ElementId> spokeAttachments = new ArrayList<>();
    List<ElementId> spokeVpcs = new ArrayList<>();
    for (int s = 0; s <= spokes; s++) {
      boolean shared = s == spokes;
      String name = shared ? "shared" : "spoke-" + (s + 1);
      ElementId vpc = id(shared ? "SharedVpc" : "Spoke" + (s + 1));
      String net = "10." + (shared ? 100 : s + 1) + ".";
      elements.add(new Vpc(vpc, name, List.of(Cidr.parse(net + "0.0/16")), true, true, REGION));
      List<ElementId> subnets = new ArrayList<>();
      for (int z = 0; z < 2; z++) {
        char zone = (char) ('a' + z);
        ElementId subnet = id(vpc.value() + "App" + zone);
        elements.add(new Subnet(subnet, name + "-app-" + zone, vpc, Cidr.parse(net + z + ".0/24"),
            AvailabilityZone.of(REGION.name() + zone)));
        subnets.add(subnet);
      }
      elements.add(new RouteTable(id(vpc.value() + "Rt"), name + "-rt", vpc, false,
          List.of(Route.of("10.0.0.0/8", tgw.value())), subnets));
      ElementId attachment = id(vpc.value() + "Attachment");
      elements.add(new TransitGatewayVpcAttachment(attachment, name + "-attach", tgw, vpc, subnets));
      if (shared) {
        ElementId group = id("EndpointSg");
        elements.add(new SecurityGroup(group, "endpoints", vpc, "HTTPS from the spokes", List.of(), List.of()));
        for (String service : List.of("ssm", "ssmmessages", "ec2messages")) {
          elements.add(new InterfaceEndpoint(id(service + "Endpoint"), service, vpc, "com.amazonaws." + REGION.name() + "." + service,
              subnets, List.of(group), true, ""));
        }
        elements.add(new ResolverEndpoint(id("Inbound"), "inbound-dns", vpc, subnets, List.of(group)));
        elements.add(new TransitGatewayRouteTable(id("SharedRoutes"), "shared", tgw, false, List.of(attachment, id("Office")),
            spokeAttachments, List.of()));
        spokeVpcs.add(vpc);
      } else {
        spokeAttachments.add(attachment);
        spokeVpcs.add(vpc);
      }
    }
    elements.add(new TransitGatewayVpnAttachment(id("Office"), "office-vpn", tgw, List.of(Cidr.parse("192.168.0.0/16"))));
    elements.add(new TransitGatewayRouteTable(id("SpokeRoutes"), "spokes", tgw, true, spokeAttachments,
        List.of(id("SharedVpcAttachment"), id("Office")), List.of(TransitGatewayRoute.blackhole(Cidr.parse("10.0.0.0/8")))));
    elements.add(new HostedZone(id("SsmZone"), "ssm-zone", "ssm." + REGION.name() + ".amazonaws.com", spokeVpcs,
        List.of(new AliasRecord("ssm." + REGION.name() + ".amazonaws.com", id("ssmEndpoint")))));
    Topology topology = Topology.of(elements);
    return new Document("hub and " + spokes + " spokes", "", REGION, topology, AutoLayout.layout(topology));
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }
}
