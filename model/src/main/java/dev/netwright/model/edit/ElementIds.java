package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.HashMap;
import java.util.Map;

/**
 * Fresh ids for new elements: a prefix and a number, {@code Subnet1}, {@code Subnet2}, ... One
 * past the highest number in use, so that an id deleted in this session is not handed to a
 * different element later (the planner tells resources apart by id). An instance reserves what it
 * hands out, for edits that add many elements at once (paste).
 */
public final class ElementIds {
  private final Topology topology;
  private final Map<String, Long> nextNumber = new HashMap<>();

  private ElementIds(Topology topology) {
    this.topology = topology;
  }

  /** An allocator over the ids of {@code topology}. */
  public static ElementIds of(Topology topology) {
    return new ElementIds(topology);
  }

  /** The next free id with this prefix, e.g. {@code Subnet3} when Subnet1 and Subnet2 exist. */
  public static ElementId next(Topology topology, String prefix) {
    return of(topology).next(prefix);
  }

  /** The next free id for an element of this kind. */
  public static ElementId next(Topology topology, ElementKind kind) {
    return next(topology, prefixOf(kind));
  }

  /** The prefix of new ids of a kind: {@code Vpc}, {@code Subnet}, {@code RouteTable}, ... */
  public static String prefixOf(ElementKind kind) {
    switch (kind) {
      case VPC: return "Vpc";
      case SUBNET: return "Subnet";
      case ROUTE_TABLE: return "RouteTable";
      case INTERNET_GATEWAY: return "InternetGateway";
      case NAT_GATEWAY: return "NatGateway";
      case GATEWAY_ENDPOINT: return "GatewayEndpoint";
      case INTERFACE_ENDPOINT: return "InterfaceEndpoint";
      case SECURITY_GROUP: return "SecurityGroup";
      case PEERING: return "Peering";
      case VPN_GATEWAY: return "VpnGateway";
      case NETWORK_ACL: return "NetworkAcl";
      case WORKLOAD: return "Workload";
      case TRANSIT_GATEWAY: return "TransitGateway";
      case TRANSIT_GATEWAY_VPC_ATTACHMENT: return "TgwAttachment";
      case TRANSIT_GATEWAY_VPN_ATTACHMENT: return "TgwVpnAttachment";
      case TRANSIT_GATEWAY_PEERING_ATTACHMENT: return "TgwPeering";
      case TRANSIT_GATEWAY_ROUTE_TABLE: return "TgwRouteTable";
      case HOSTED_ZONE: return "HostedZone";
      case RESOLVER_ENDPOINT: return "ResolverEndpoint";
      default: return "Resource";
    }
  }

  /** The next id with this prefix not in the topology nor handed out by this allocator. */
  public ElementId next(String prefix) {
    ElementId.of(prefix + "1");
    long number = nextNumber.computeIfAbsent(prefix, this::firstFreeNumber);
    nextNumber.put(prefix, number + 1);
    return ElementId.of(prefix + number);
  }

  /** The next id for an element of this kind. */
  public ElementId next(ElementKind kind) {
    return next(prefixOf(kind));
  }

  private long firstFreeNumber(String prefix) {
    long highest = 0;
    for (Element element : topology.elements()) {
      String value = element.id().value();
      if (value.length() > prefix.length() && value.length() <= prefix.length() + 15 && value.startsWith(prefix)) {
        String digits = value.substring(prefix.length());
        if (digits.chars().allMatch(Character::isDigit)) {
          highest = Math.max(highest, Long.parseLong(digits));
        }
      }
    }
    return highest + 1;
  }
}
