package dev.netwright.bench;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.ServiceName;
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
 * Hub-and-spoke designs for the transit gateway benchmarks: N spoke VPCs of 6 subnets each (an
 * application and an attachment subnet in each of three zones, everything routed to the transit
 * gateway), a shared-services VPC with SSM, STS and ECR (api, dkr) interface endpoints behind four
 * private hosted zones associated with every spoke, an egress VPC with a NAT gateway per zone, and
 * an on-premises VPN attachment. The matrix has 8 targets: s3, dynamodb, internet, the four
 * services and the VPN attachment.
 */
public final class HubAndSpokeDesigns {
  static final Region REGION = Region.US_EAST_1;
  private static final String[] SERVICES = {"ssm", "sts", "ecr.api", "ecr.dkr"};
  private static final char[] ZONES = {'a', 'b', 'c'};

  private HubAndSpokeDesigns() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  /** The spoke VPC of number {@code i}, e.g. {@code Spoke7}. */
  static ElementId spoke(int i) {
    return id("Spoke" + i);
  }

  public static Topology generate(int spokes) {
    List<Element> e = new ArrayList<>();
    ElementId tgw = id("Tgw");
    e.add(TransitGateway.of(tgw, "hub", REGION).withDefaults(false, false));
    List<ElementId> spokeAttachments = new ArrayList<>();
    List<ElementId> allVpcs = new ArrayList<>();
    for (int i = 0; i < spokes; i++) {
      ElementId vpc = spoke(i);
      int base = (10 << 24) + (i + 1) * 1024;
      e.add(new Vpc(vpc, "spoke-" + i, List.of(new Cidr(base, 22)), true, true, REGION));
      List<ElementId> subnets = new ArrayList<>();
      List<ElementId> attachmentSubnets = new ArrayList<>();
      for (int z = 0; z < ZONES.length; z++) {
        ElementId app = id("Spoke" + i + "App" + ZONES[z]);
        ElementId attach = id("Spoke" + i + "Tgw" + ZONES[z]);
        e.add(new Subnet(app, "app-" + ZONES[z], vpc, new Cidr(base + z * 128, 26), REGION.zone(ZONES[z])));
        e.add(new Subnet(attach, "tgw-" + ZONES[z], vpc, new Cidr(base + z * 128 + 64, 26), REGION.zone(ZONES[z])));
        subnets.add(app);
        subnets.add(attach);
        attachmentSubnets.add(attach);
      }
      e.add(new RouteTable(id("Spoke" + i + "Rt"), "spoke-rt", vpc, false, List.of(Route.of("0.0.0.0/0", "Tgw")), subnets));
      ElementId attachment = id("Spoke" + i + "Attachment");
      e.add(new TransitGatewayVpcAttachment(attachment, "spoke-" + i, tgw, vpc, attachmentSubnets));
      spokeAttachments.add(attachment);
      allVpcs.add(vpc);
    }
    ElementId shared = id("SharedVpc");
    e.add(new Vpc(shared, "shared", List.of(Cidr.parse("172.16.0.0/16")), true, true, REGION));
    List<ElementId> sharedSubnets = new ArrayList<>();
    for (int z = 0; z < ZONES.length; z++) {
      ElementId subnet = id("Shared" + ZONES[z]);
      e.add(new Subnet(subnet, "shared-" + ZONES[z], shared, Cidr.parse("172.16." + z + ".0/24"), REGION.zone(ZONES[z])));
      sharedSubnets.add(subnet);
    }
    e.add(new RouteTable(id("SharedRt"), "shared-rt", shared, false, List.of(Route.of("10.0.0.0/8", "Tgw"),
        Route.of("192.168.0.0/16", "Tgw")), sharedSubnets));
    e.add(new TransitGatewayVpcAttachment(id("SharedAttachment"), "shared", tgw, shared, sharedSubnets));
    e.add(new SecurityGroup(id("EndpointSg"), "endpoints", shared, "HTTPS from the spokes and the office",
        List.of(new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("10.0.0.0/8"), ""),
            new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("192.168.0.0/16"), ""),
            new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("172.16.0.0/16"), "")),
        List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")))));
    allVpcs.add(shared);
    for (String service : SERVICES) {
      String name = service.replace(".", "");
      ElementId endpoint = id(name + "Endpoint");
      e.add(new InterfaceEndpoint(endpoint, service, shared, ServiceName.full(REGION, service), sharedSubnets, List.of(id("EndpointSg")),
          false, ""));
      String domain = ServiceName.hostname(REGION, service);
      e.add(new HostedZone(id(name + "Zone"), domain, domain, allVpcs, List.of(new AliasRecord(domain, endpoint))));
    }
    ElementId egress = id("EgressVpc");
    e.add(new Vpc(egress, "egress", List.of(Cidr.parse("172.17.0.0/16")), true, true, REGION));
    e.add(new InternetGateway(id("EgressIgw"), "egress-igw", egress));
    List<ElementId> publicSubnets = new ArrayList<>();
    List<ElementId> egressAttachmentSubnets = new ArrayList<>();
    for (int z = 0; z < ZONES.length; z++) {
      ElementId publicSubnet = id("EgressPublic" + ZONES[z]);
      ElementId attach = id("EgressTgw" + ZONES[z]);
      e.add(new Subnet(publicSubnet, "public-" + ZONES[z], egress, Cidr.parse("172.17." + z + ".0/24"), REGION.zone(ZONES[z])));
      e.add(new Subnet(attach, "tgw-" + ZONES[z], egress, Cidr.parse("172.17.1" + z + ".0/24"), REGION.zone(ZONES[z])));
      e.add(new NatGateway(id("EgressNat" + ZONES[z]), "nat-" + ZONES[z], publicSubnet, true, "new"));
      e.add(new RouteTable(id("EgressTgwRt" + ZONES[z]), "to-nat-" + ZONES[z], egress, false,
          List.of(Route.of("0.0.0.0/0", "EgressNat" + ZONES[z])), List.of(attach)));
      publicSubnets.add(publicSubnet);
      egressAttachmentSubnets.add(attach);
    }
    e.add(new RouteTable(id("EgressPublicRt"), "public", egress, false, List.of(Route.of("0.0.0.0/0", "EgressIgw"),
        Route.of("10.0.0.0/8", "Tgw")), publicSubnets));
    e.add(new TransitGatewayVpcAttachment(id("EgressAttachment"), "egress", tgw, egress, egressAttachmentSubnets));
    e.add(new TransitGatewayVpnAttachment(id("OfficeVpn"), "office", tgw, List.of(Cidr.parse("192.168.0.0/16"))));
    e.add(new TransitGatewayRouteTable(id("SpokeTgwRt"), "spokes", tgw, false, spokeAttachments,
        List.of(id("SharedAttachment"), id("OfficeVpn")), List.of(TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("EgressAttachment")),
            TransitGatewayRoute.blackhole(Cidr.parse("10.0.0.0/8")))));
    List<ElementId> sharedSide = new ArrayList<>(spokeAttachments);
    sharedSide.add(id("SharedAttachment"));
    sharedSide.add(id("OfficeVpn"));
    e.add(new TransitGatewayRouteTable(id("SharedTgwRt"), "shared", tgw, false, List.of(id("SharedAttachment"), id("EgressAttachment"),
        id("OfficeVpn")), sharedSide, List.of()));
    return Topology.of(e);
  }

  /** The design after one edit inside one spoke: a route to the office network added to spoke 7's route table. */
  public static Topology editOneSpoke(Topology design) {
    RouteTable table = design.require(id("Spoke7Rt"), RouteTable.class);
    List<Route> routes = new ArrayList<>(table.routes());
    routes.add(Route.of("192.168.0.0/16", "Tgw"));
    return design.with(table.withRoutes(routes));
  }
}
