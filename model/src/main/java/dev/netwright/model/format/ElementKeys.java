package dev.netwright.model.format;

import dev.netwright.model.topology.ElementKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of each kind of element record in a design file, in the order they are written. The
 * writer follows this order and the reader refuses any other key, so the two cannot drift apart
 * without the round-trip tests noticing.
 */
final class ElementKeys {
  static final List<String> ROUTE = List.of("destination", "target");
  static final List<String> RULE = List.of("protocol", "ports", "peer", "description");
  /** Keys written only when they hold something (an account id, the external flag) and read as empty or false when absent. */
  static final java.util.Set<String> OPTIONAL =
      java.util.Set.of("accountId", "external", "privateDnsOnlyForInboundResolverEndpoint", "customerGatewayIp", "customerGatewayAsn");

  private static final Map<ElementKind, List<String>> KEYS = new EnumMap<>(ElementKind.class);

  static {
    KEYS.put(ElementKind.VPC, List.of("kind", "id", "name", "cidrBlocks", "dnsSupport", "dnsHostnames", "region", "accountId",
        "external"));
    KEYS.put(ElementKind.SUBNET, List.of("kind", "id", "name", "vpcId", "cidr", "availabilityZone"));
    KEYS.put(ElementKind.ROUTE_TABLE, List.of("kind", "id", "name", "vpcId", "main", "routes", "subnetIds"));
    KEYS.put(ElementKind.INTERNET_GATEWAY, List.of("kind", "id", "name", "vpcId"));
    KEYS.put(ElementKind.NAT_GATEWAY, List.of("kind", "id", "name", "subnetId", "publicConnectivity", "elasticIp"));
    KEYS.put(ElementKind.GATEWAY_ENDPOINT, List.of("kind", "id", "name", "vpcId", "service", "routeTableIds", "policy"));
    KEYS.put(ElementKind.INTERFACE_ENDPOINT,
        List.of("kind", "id", "name", "vpcId", "service", "subnetIds", "securityGroupIds", "privateDns", "policy",
            "privateDnsOnlyForInboundResolverEndpoint"));
    KEYS.put(ElementKind.SECURITY_GROUP, List.of("kind", "id", "name", "vpcId", "description", "ingress", "egress"));
    KEYS.put(ElementKind.NETWORK_ACL, InsideVpcRecords.ACL_KEYS);
    KEYS.put(ElementKind.WORKLOAD, InsideVpcRecords.WORKLOAD_KEYS);
    KEYS.put(ElementKind.PEERING, List.of("kind", "id", "name", "requesterVpcId", "accepterVpcId"));
    KEYS.put(ElementKind.VPN_GATEWAY, List.of("kind", "id", "name", "vpcId", "onPremisesCidrs"));
    KEYS.putAll(TransitRecords.KEYS);
    KEYS.put(ElementKind.OPAQUE, List.of("kind", "id", "name", "resourceType", "definition"));
  }

  private ElementKeys() {
  }

  static List<String> of(ElementKind kind) {
    return KEYS.get(kind);
  }
}
