package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the readers collected into a sound topology: a prefix-list route to a gateway
 * endpoint becomes the endpoint's association with that table (the model implies such routes from
 * the endpoint), a route to something Netwright does not model keeps its target as an opaque
 * resource, and references that lead out of what was read (a group of another account, a VPC of an
 * unread region) are dropped with a warning rather than silently.
 */
final class LiveAssembly {
  private final LiveReader.LiveParts parts;
  private final Map<ElementId, Element> elements;
  private final List<String> warnings;

  private LiveAssembly(LiveReader.LiveParts parts) {
    this.parts = parts;
    this.elements = new LinkedHashMap<>(parts.elements);
    this.warnings = new ArrayList<>(parts.warnings);
  }

  static LiveAccount assemble(LiveReader.LiveParts parts) {
    return new LiveAssembly(parts).run();
  }

  private LiveAccount run() {
    parts.peerGateways.forEach(elements::putIfAbsent);
    foldEndpointRoutes();
    keepOtherTargets();
    dropOutsideReferences();
    Topology topology = Topology.of(elements.values());
    List<StructureCheck.Problem> problems = StructureCheck.problems(topology);
    if (!problems.isEmpty()) {
      throw new NetwrightException("the account's resources do not fit together: " + problems.get(0));
    }
    return new LiveAccount(topology, parts.tags, parts.associations, parts.cidrAssociations, parts.prefixLists, warnings);
  }

  private void foldEndpointRoutes() {
    Map<ElementId, Set<ElementId>> tablesOfEndpoint = new LinkedHashMap<>();
    for (Element element : List.copyOf(elements.values())) {
      if (!(element instanceof RouteTable table)) {
        continue;
      }
      List<Route> kept = new ArrayList<>();
      for (Route route : table.routes()) {
        Element target = elements.get(route.target());
        if (target instanceof GatewayEndpoint && route.destination() instanceof RouteDestination.ToPrefixList) {
          tablesOfEndpoint.computeIfAbsent(route.target(), key -> new LinkedHashSet<>()).add(table.id());
        } else {
          kept.add(route);
        }
      }
      elements.put(table.id(), table.withRoutes(kept));
    }
    tablesOfEndpoint.forEach((endpointId, tables) -> {
      GatewayEndpoint endpoint = (GatewayEndpoint) elements.get(endpointId);
      Set<ElementId> all = new LinkedHashSet<>(endpoint.routeTableIds());
      all.addAll(tables);
      elements.put(endpointId, endpoint.withRouteTables(List.copyOf(all)));
    });
  }

  private void keepOtherTargets() {
    for (Element element : List.copyOf(elements.values())) {
      if (element instanceof RouteTable table) {
        for (Route route : table.routes()) {
          if (!elements.containsKey(route.target())) {
            elements.put(route.target(), new OpaqueResource(route.target(), "", resourceType(route.target().value()), "{}"));
          }
        }
      }
    }
  }

  private static String resourceType(String awsId) {
    if (awsId.startsWith("tgw-")) {
      return "AWS::EC2::TransitGateway";
    }
    if (awsId.startsWith("eni-")) {
      return "AWS::EC2::NetworkInterface";
    }
    if (awsId.startsWith("i-")) {
      return "AWS::EC2::Instance";
    }
    if (awsId.startsWith("pcx-")) {
      return "AWS::EC2::VPCPeeringConnection";
    }
    return "AWS::EC2::Resource";
  }

  private void dropOutsideReferences() {
    for (Element element : List.copyOf(elements.values())) {
      if (element instanceof SecurityGroup group) {
        elements.put(group.id(), group.withRules(inside(group, group.ingress()), inside(group, group.egress())));
      } else if (element instanceof PeeringConnection peering) {
        keepPeer(peering, peering.requesterVpcId());
        keepPeer(peering, peering.accepterVpcId());
      } else if (element instanceof InterfaceEndpoint endpoint) {
        elements.put(endpoint.id(), endpoint.withSecurityGroups(endpoint.securityGroupIds().stream().filter(elements::containsKey)
            .toList()));
      } else if (element instanceof GatewayEndpoint endpoint) {
        elements.put(endpoint.id(), endpoint.withRouteTables(endpoint.routeTableIds().stream().filter(elements::containsKey).toList()));
      }
    }
  }

  /**
   * A peering connection to a VPC that was not read (another account's, a region not imported, or
   * one left out by --vpc) keeps that VPC as an external one, with the blocks, owner and region the
   * connection tells, so that routes through the connection keep their meaning.
   */
  private void keepPeer(PeeringConnection peering, ElementId vpcId) {
    if (elements.containsKey(vpcId) || !(elements.get(peering.id()) instanceof PeeringConnection)) {
      return;
    }
    Vpc peer = parts.peerVpcs.get(vpcId);
    if (peer == null) {
      // AWS tells the peer's blocks only once the connection is accepted: keep the connection as an opaque route target
      elements.put(peering.id(), new OpaqueResource(peering.id(), peering.name(), "AWS::EC2::VPCPeeringConnection", "{}"));
      warnings.add("peering connection " + peering.id() + " leads to VPC " + vpcId + ", whose blocks AWS does not tell yet"
          + " (not accepted?); kept as an opaque resource");
      return;
    }
    elements.put(vpcId, peer);
    warnings.add("peering connection " + peering.id() + " leads to VPC " + vpcId + " (" + (peer.hasAccount() ? "account "
        + peer.accountId() + ", " : "") + peer.region() + "), which was not imported; it is kept as an external VPC");
  }

  private List<SecurityRule> inside(SecurityGroup group, List<SecurityRule> rules) {
    List<SecurityRule> kept = new ArrayList<>();
    for (SecurityRule rule : rules) {
      if (rule.peer() instanceof RulePeer.GroupPeer peer && !elements.containsKey(peer.groupId())) {
        warnings.add("security group " + group.id() + " has a rule for group " + peer.groupId()
            + ", which was not read (another VPC or account); left out");
      } else {
        kept.add(rule);
      }
    }
    return kept;
  }
}
