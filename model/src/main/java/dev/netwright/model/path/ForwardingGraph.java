package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * How packets may move inside one VPC, as a JGraphT graph whose vertices are element ids: each
 * subnet has an edge to the route table it uses; each route table has an edge per route (the
 * implied local routes and gateway-endpoint prefix-list routes included) to the route's target;
 * each interface endpoint has an edge to every subnet holding one of its network interfaces.
 * Route look-ups (longest-prefix match, prefix lists, default route) read a table's edges.
 *
 * <p>One graph per VPC, so that an edit rebuilds only the graph of the VPC it touched.
 */
final class ForwardingGraph {
  private final Graph<ElementId, Link> graph = newGraph();
  /** Indexes over the graph's edges for the look-ups every answer makes. */
  private final Map<ElementId, List<Link>> routesOfTable = new HashMap<>();
  // what public addresses match in each table depends on the table alone: computed once, on first
  // use, possibly from several threads answering one matrix
  private final Map<ElementId, Optional<Link>> publicAddressRoute = new ConcurrentHashMap<>();
  private final Map<ElementId, ElementId> tableOfSubnet = new HashMap<>();

  /**
   * A directed multigraph with loops, without JGraphT's index of edges by vertex pair: the walk
   * never asks for the edges between two given vertices, and the index would double the cost of
   * building a graph per VPC.
   */
  private static Graph<ElementId, Link> newGraph() {
    return new AbstractBaseGraph<ElementId, Link>(null, null, DefaultGraphType.directedPseudograph(),
        new DefaultGraphSpecificsStrategy<>()) {
      private static final long serialVersionUID = 1L;
    };
  }

  ForwardingGraph(Vpc vpc, List<Subnet> subnets, List<RouteTable> tables, List<GatewayEndpoint> gatewayEndpoints,
      List<InterfaceEndpoint> interfaceEndpoints, Map<ElementId, Element> members) {
    Region region = vpc.region();
    graph.addVertex(vpc.id());
    Map<ElementId, GatewayEndpoint> gatewayById = new HashMap<>();
    gatewayEndpoints.forEach(endpoint -> gatewayById.put(endpoint.id(), endpoint));
    RouteTable main = null;
    Map<ElementId, ElementId> explicitTable = new HashMap<>();
    for (RouteTable table : tables) {
      graph.addVertex(table.id());
      if (table.main() && main == null) {
        main = table;
      }
      table.subnetIds().forEach(subnet -> explicitTable.putIfAbsent(subnet, table.id()));
      for (Cidr block : vpc.cidrBlocks()) {
        add(Link.local(table.id(), vpc.id(), block));
      }
      for (Route route : table.routes()) {
        graph.addVertex(route.target());
        if (route.destination() instanceof RouteDestination.ToCidr toCidr) {
          add(Link.route(table.id(), toCidr.cidr(), route.target(), members.get(route.target())));
        } else if (route.destination() instanceof RouteDestination.ToPrefixList toList) {
          PrefixListId list = toList.prefixList();
          GatewayEndpoint endpoint = gatewayById.get(route.target());
          String service = endpoint != null ? ServiceNames.shortName(endpoint.service())
              : AwsPrefixLists.standard().serviceOf(region, list).orElse(null);
          add(Link.prefixList(table.id(), list, list.value(), service, route.target(), members.get(route.target())));
        }
      }
    }
    for (GatewayEndpoint endpoint : gatewayEndpoints) {
      graph.addVertex(endpoint.id());
      String service = ServiceNames.shortName(endpoint.service());
      PrefixListId list = AwsPrefixLists.standard().idOf(region, service).orElse(null);
      for (ElementId tableId : endpoint.routeTableIds()) {
        if (graph.containsVertex(tableId) && routesOfTable.containsKey(tableId)) {
          add(Link.prefixList(tableId, list, AwsPrefixLists.standard().label(region, service), service, endpoint.id(), endpoint));
        }
      }
    }
    for (Subnet subnet : subnets) {
      graph.addVertex(subnet.id());
      ElementId table = explicitTable.getOrDefault(subnet.id(), main == null ? null : main.id());
      if (table != null) {
        graph.addEdge(subnet.id(), table, Link.association(subnet.id(), table));
        tableOfSubnet.put(subnet.id(), table);
      }
    }
    for (InterfaceEndpoint endpoint : interfaceEndpoints) {
      graph.addVertex(endpoint.id());
      for (ElementId subnet : endpoint.subnetIds()) {
        if (graph.containsVertex(subnet)) {
          graph.addEdge(endpoint.id(), subnet, Link.eni(endpoint.id(), subnet));
        }
      }
    }
  }

  private void add(Link link) {
    graph.addVertex(link.to);
    graph.addEdge(link.from, link.to, link);
    routesOfTable.computeIfAbsent(link.from, key -> new ArrayList<>()).add(link);
  }

  /** The route table a subnet (or the subnet of a NAT gateway) uses, if any. */
  Optional<ElementId> tableOf(ElementId subnet) {
    return Optional.ofNullable(tableOfSubnet.get(subnet));
  }

  /** The most specific local or CIDR route of a table that holds {@code address}; a local route wins a tie. */
  Optional<Link> longestPrefixMatch(ElementId table, int address) {
    Link best = null;
    for (Link link : routesOfTable.getOrDefault(table, List.of())) {
      if (link.cidr == null || !link.cidr.contains(address)) {
        continue;
      }
      if (best == null || link.cidr.prefixLength() > best.cidr.prefixLength()
          || link.cidr.prefixLength() == best.cidr.prefixLength() && link.type == Link.Type.LOCAL && best.type != Link.Type.LOCAL) {
        best = link;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Public addresses spread over the address space (AWS's and others' ranges, both halves of it).
   * The design does not know which address a public service answers on, so a route counts for
   * public traffic only when every one of these takes it.
   */
  private static final int[] PUBLIC_PROBES = {
      address(3, 0, 0, 1), address(18, 0, 0, 1), address(35, 0, 0, 1), address(52, 0, 0, 1), address(99, 0, 0, 1),
      address(130, 0, 0, 1), address(151, 0, 0, 1), address(176, 0, 0, 1), address(205, 0, 0, 1), address(223, 0, 0, 1)};

  private static int address(int a, int b, int c, int d) {
    return a << 24 | b << 16 | c << 8 | d;
  }

  /**
   * The route a table takes toward a public AWS service or the internet: the service's
   * prefix-list route when there is one (more specific than any default route); else, by
   * longest-prefix match, the route every public address takes to the same target (a default
   * route 0.0.0.0/0, or a split default such as 0.0.0.0/1 and 128.0.0.0/1 that overrides it);
   * else the default route. Where public addresses part ways (0.0.0.0/0 to a NAT gateway but
   * 52.0.0.0/8 to the internet gateway) the answer follows the default route, as for an address
   * no more specific route covers.
   */
  Optional<Link> publicRoute(ElementId table, String service) {
    Link fallback = null;
    List<Link> links = routesOfTable.getOrDefault(table, List.of());
    for (Link link : links) {
      if (service != null && link.type == Link.Type.PREFIX_LIST && service.equals(link.service)) {
        return Optional.of(link);
      }
      if (fallback == null && link.isDefaultRoute()) {
        fallback = link;
      }
    }
    Optional<Link> agreed = publicAddressRoute.computeIfAbsent(table, key -> agreedByProbes(links));
    return agreed.isPresent() ? agreed : Optional.ofNullable(fallback);
  }

  /** The route all public probe addresses take to one target, empty when they part ways or find none. */
  private static Optional<Link> agreedByProbes(List<Link> links) {
    Link agreed = null;
    for (int probe : PUBLIC_PROBES) {
      Link best = null;
      for (Link link : links) {
        if (link.type == Link.Type.ROUTE && link.cidr != null && link.cidr.contains(probe)
            && (best == null || link.cidr.prefixLength() > best.cidr.prefixLength())) {
          best = link;
        }
      }
      if (best == null || agreed != null && !agreed.to.equals(best.to)) {
        return Optional.empty();
      }
      if (agreed == null || best.cidr.prefixLength() < agreed.cidr.prefixLength()) {
        agreed = best;
      }
    }
    return Optional.ofNullable(agreed);
  }

  /** The subnets holding an interface endpoint's network interfaces, in the endpoint's order. */
  List<ElementId> interfacesOf(ElementId endpoint) {
    if (!graph.containsVertex(endpoint)) {
      return List.of();
    }
    List<ElementId> subnets = new ArrayList<>();
    for (Link link : graph.outgoingEdgesOf(endpoint)) {
      if (link.type == Link.Type.INTERFACE) {
        subnets.add(link.to);
      }
    }
    return subnets;
  }

  int vertexCount() {
    return graph.vertexSet().size();
  }

  int edgeCount() {
    return graph.edgeSet().size();
  }
}
