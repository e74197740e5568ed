package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes one element as its design-file record: every field of the record, references as ids, in
 * the fixed key order of {@link ElementKeys}.
 */
final class ElementWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ElementWriter() {
  }

  /** The record of {@code element}; its routes and rules are added to {@code oneLine}, to be printed one per line. */
  static ObjectNode write(Element element, Set<JsonNode> oneLine) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", element.kind().slug());
    node.put("id", element.id().value());
    node.put("name", element.name());
    if (element instanceof Vpc vpc) {
      node.set("cidrBlocks", strings(vpc.cidrBlocks()));
      node.put("dnsSupport", vpc.dnsSupport());
      node.put("dnsHostnames", vpc.dnsHostnames());
      node.put("region", vpc.region().name());
      // written only when set, so that designs without them keep their bytes (see ElementKeys.OPTIONAL)
      if (vpc.hasAccount()) {
        node.put("accountId", vpc.accountId());
      }
      if (vpc.external()) {
        node.put("external", true);
      }
    } else if (element instanceof Subnet subnet) {
      node.put("vpcId", subnet.vpcId().value());
      node.put("cidr", subnet.cidr().toString());
      node.put("availabilityZone", subnet.zone().name());
    } else if (element instanceof RouteTable table) {
      node.put("vpcId", table.vpcId().value());
      node.put("main", table.main());
      node.set("routes", routes(table.routes(), oneLine));
      node.set("subnetIds", strings(table.subnetIds()));
    } else if (element instanceof InternetGateway gateway) {
      node.put("vpcId", gateway.vpcId().value());
    } else if (element instanceof NatGateway nat) {
      node.put("subnetId", nat.subnetId().value());
      node.put("publicConnectivity", nat.publicConnectivity());
      node.put("elasticIp", nat.elasticIp());
    } else if (element instanceof GatewayEndpoint endpoint) {
      node.put("vpcId", endpoint.vpcId().value());
      node.put("service", endpoint.service());
      node.set("routeTableIds", strings(endpoint.routeTableIds()));
      node.put("policy", endpoint.policy());
    } else if (element instanceof InterfaceEndpoint endpoint) {
      node.put("vpcId", endpoint.vpcId().value());
      node.put("service", endpoint.service());
      node.set("subnetIds", strings(endpoint.subnetIds()));
      node.set("securityGroupIds", strings(endpoint.securityGroupIds()));
      node.put("privateDns", endpoint.privateDns());
      node.put("policy", endpoint.policy());
      if (endpoint.privateDnsOnlyForInboundResolverEndpoint() != InboundResolverDns.NOT_SPECIFIED) {
        node.put("privateDnsOnlyForInboundResolverEndpoint", endpoint.privateDnsOnlyForInboundResolverEndpoint().code());
      }
    } else if (element instanceof SecurityGroup group) {
      node.put("vpcId", group.vpcId().value());
      node.put("description", group.description());
      node.set("ingress", rules(group.ingress(), oneLine));
      node.set("egress", rules(group.egress(), oneLine));
    } else if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
      InsideVpcRecords.writeAcl(acl, node, oneLine);
    } else if (element instanceof dev.netwright.model.topology.Workload workload) {
      InsideVpcRecords.writeWorkload(workload, node);
    } else if (element instanceof PeeringConnection peering) {
      node.put("requesterVpcId", peering.requesterVpcId().value());
      node.put("accepterVpcId", peering.accepterVpcId().value());
    } else if (element instanceof VpnGateway vpn) {
      node.put("vpcId", vpn.vpcId().value());
      node.set("onPremisesCidrs", strings(vpn.onPremisesCidrs()));
    } else if (element instanceof OpaqueResource opaque) {
      node.put("resourceType", opaque.resourceType());
      node.put("definition", opaque.definition());
    } else {
      TransitRecords.write(element, node, oneLine);
    }
    return node;
  }

  private static ArrayNode strings(Collection<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(value.toString()));
    return array;
  }

  private static ArrayNode routes(List<Route> routes, Set<JsonNode> oneLine) {
    ArrayNode array = NODES.arrayNode();
    for (Route route : routes) {
      ObjectNode node = array.addObject();
      oneLine.add(node);
      node.put("destination", route.destination().text());
      node.put("target", route.target().value());
    }
    return array;
  }

  private static ArrayNode rules(List<SecurityRule> rules, Set<JsonNode> oneLine) {
    ArrayNode array = NODES.arrayNode();
    for (SecurityRule rule : rules) {
      ObjectNode node = array.addObject();
      oneLine.add(node);
      node.put("protocol", rule.protocol().code());
      node.put("ports", rule.ports().toString());
      node.put("peer", rule.peer().text());
      node.put("description", rule.description());
    }
    return array;
  }
}
