package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the drawing asks of a topology again and again, indexed once: each VPC's main route table,
 * each subnet's explicit table and exposure, how many gateway endpoints each table has. Asking the
 * topology directly scans every route table per subnet, which made a drawing of 1,000 VPCs take
 * seconds. The facts of the last topology drawn are kept (topologies are immutable).
 */
final class DesignFacts {
  private static volatile DesignFacts last;

  private final Topology topology;
  private final Map<ElementId, RouteTable> mainOfVpc = new HashMap<>();
  private final Map<ElementId, RouteTable> explicitOfSubnet = new HashMap<>();
  private final Map<ElementId, Integer> endpointsOfTable = new HashMap<>();
  private final Map<ElementId, SubnetExposure> exposures = new HashMap<>();

  private DesignFacts(Topology topology) {
    this.topology = topology;
    for (RouteTable table : topology.routeTables()) {
      if (table.main()) {
        mainOfVpc.putIfAbsent(table.vpcId(), table);
      }
      for (ElementId subnet : table.subnetIds()) {
        explicitOfSubnet.put(subnet, table);
      }
    }
    for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
      for (ElementId table : endpoint.routeTableIds()) {
        endpointsOfTable.merge(table, 1, Integer::sum);
      }
    }
  }

  static DesignFacts of(Topology topology) {
    DesignFacts facts = last;
    if (facts == null || facts.topology != topology) {
      facts = new DesignFacts(topology);
      last = facts;
    }
    return facts;
  }

  /** The table a subnet uses: its explicit association, else its VPC's main table. */
  Optional<RouteTable> routeTableOf(Subnet subnet) {
    RouteTable explicit = explicitOfSubnet.get(subnet.id());
    return Optional.ofNullable(explicit != null ? explicit : mainOfVpc.get(subnet.vpcId()));
  }

  boolean usesMainTable(Subnet subnet) {
    return !explicitOfSubnet.containsKey(subnet.id());
  }

  int gatewayEndpointsOf(ElementId table) {
    return endpointsOfTable.getOrDefault(table, 0);
  }

  synchronized SubnetExposure exposure(Subnet subnet) {
    return exposures.computeIfAbsent(subnet.id(), id -> SubnetExposure.of(routeTableOf(subnet), topology));
  }
}
