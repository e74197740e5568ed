package dev.netwright.model.format;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads one element record of a design file into its model element, strictly (see {@link JsonFields}). */
final class ElementReader {
  private ElementReader() {
  }

  static Element read(JsonFields fields) {
    ElementKind kind = fields.value("kind", ElementKind::fromSlug);
    fields.allowOnly(new LinkedHashSet<>(ElementKeys.of(kind)), "a " + kind.slug() + " element");
    ElementId id = fields.id("id");
    String name = fields.text("name");
    try {
      return build(kind, id, name, fields);
    } catch (InvalidValueException e) {
      // the record's own checks (a name too long, a subnet listed twice): report them at the element
      throw new PlacedProblem(fields.place(), id.value(), e.getMessage());
    }
  }

  private static Element build(ElementKind kind, ElementId id, String name, JsonFields f) {
    switch (kind) {
      case VPC:
        return new Vpc(id, name, f.values("cidrBlocks", Cidr::parse), f.bool("dnsSupport"), f.bool("dnsHostnames"),
            f.value("region", Region::of), f.has("accountId") ? f.text("accountId") : "", f.has("external") && f.bool("external"));
      case SUBNET:
        return new Subnet(id, name, f.id("vpcId"), f.value("cidr", Cidr::parse), f.value("availabilityZone", AvailabilityZone::of));
      case ROUTE_TABLE:
        return new RouteTable(id, name, f.id("vpcId"), f.bool("main"), routes(f), f.ids("subnetIds"));
      case INTERNET_GATEWAY:
        return new InternetGateway(id, name, f.id("vpcId"));
      case NAT_GATEWAY:
        return new NatGateway(id, name, f.id("subnetId"), f.bool("publicConnectivity"), f.text("elasticIp"));
      case GATEWAY_ENDPOINT:
        return new GatewayEndpoint(id, name, f.id("vpcId"), f.text("service"), f.ids("routeTableIds"), f.text("policy"));
      case INTERFACE_ENDPOINT:
        return new InterfaceEndpoint(id, name, f.id("vpcId"), f.text("service"), f.ids("subnetIds"), f.ids("securityGroupIds"),
            f.bool("privateDns"), f.text("policy"), f.has("privateDnsOnlyForInboundResolverEndpoint")
                ? f.value("privateDnsOnlyForInboundResolverEndpoint", InboundResolverDns::parse) : InboundResolverDns.NOT_SPECIFIED);
      case SECURITY_GROUP:
        return new SecurityGroup(id, name, f.id("vpcId"), f.text("description"), rules(f, "ingress"), rules(f, "egress"));
      case NETWORK_ACL:
        return InsideVpcRecords.readAcl(id, name, f);
      case WORKLOAD:
        return InsideVpcRecords.readWorkload(id, name, f);
      case PEERING:
        return new PeeringConnection(id, name, f.id("requesterVpcId"), f.id("accepterVpcId"));
      case VPN_GATEWAY:
        return new VpnGateway(id, name, f.id("vpcId"), f.values("onPremisesCidrs", Cidr::parse));
      case OPAQUE:
        return new OpaqueResource(id, name, f.text("resourceType"), f.text("definition"));
      default:
        Element joining = TransitRecords.read(kind, id, name, f);
        if (joining != null) {
          return joining;
        }
        throw new PlacedProblem(f.place().key("kind"), "'" + kind.slug() + "' elements cannot be stored in a design file");
    }
  }

  private static List<Route> routes(JsonFields table) {
    List<Route> routes = new ArrayList<>();
    for (JsonFields.Item item : table.array("routes")) {
      JsonFields route = item.object("a route");
      route.allowOnly(new LinkedHashSet<>(ElementKeys.ROUTE), "a route");
      routes.add(new Route(route.value("destination", RouteDestination::parse), route.id("target")));
    }
    return routes;
  }

  private static List<SecurityRule> rules(JsonFields group, String key) {
    List<SecurityRule> rules = new ArrayList<>();
    for (JsonFields.Item item : group.array(key)) {
      JsonFields rule = item.object("a security group rule");
      rule.allowOnly(new LinkedHashSet<>(ElementKeys.RULE), "a security group rule");
      rules.add(new SecurityRule(rule.value("protocol", Protocol::parse), rule.value("ports", PortRange::parse),
          rule.value("peer", RulePeer::parse), rule.text("description")));
    }
    return rules;
  }
}
