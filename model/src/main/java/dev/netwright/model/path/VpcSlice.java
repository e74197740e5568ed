package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One VPC's share of a topology, ready for path questions: its elements by kind, its
 * {@link ForwardingGraph}, and the first hop of each of its subnets. Immutable; an edit rebuilds
 * the slices of the VPCs it touched and keeps the others.
 */
final class VpcSlice {
  final Vpc vpc;
  /** Every element of the VPC (a peering connection belongs to both its VPCs), in topology order. */
  final List<Element> members;
  final List<Subnet> subnets = new ArrayList<>();
  final List<GatewayEndpoint> gatewayEndpoints = new ArrayList<>();
  final List<InterfaceEndpoint> interfaceEndpoints = new ArrayList<>();
  final List<SecurityGroup> securityGroups = new ArrayList<>();
  final List<VpnGateway> vpnGateways = new ArrayList<>();
  final ForwardingGraph graph;
  private final Map<ElementId, Integer> subnetIndex = new HashMap<>();
  private final Map<ElementId, Hop> subnetHops = new HashMap<>();
  private final Set<String> interfaceServices = new TreeSet<>();

  VpcSlice(Vpc vpc, List<Element> members) {
    this.vpc = vpc;
    this.members = List.copyOf(members);
    List<RouteTable> tables = new ArrayList<>();
    for (Element element : members) {
      if (element instanceof Subnet subnet) {
        subnetIndex.put(subnet.id(), subnets.size());
        subnets.add(subnet);
        subnetHops.put(subnet.id(), new Hop(subnet.id().value(), Hop.SUBNET, subnet.cidr() + " in " + subnet.zone()));
      } else if (element instanceof RouteTable table) {
        tables.add(table);
      } else if (element instanceof GatewayEndpoint endpoint) {
        gatewayEndpoints.add(endpoint);
      } else if (element instanceof InterfaceEndpoint endpoint) {
        interfaceEndpoints.add(endpoint);
        interfaceServices.add(ServiceName.shortName(endpoint.service()));
      } else if (element instanceof SecurityGroup group) {
        securityGroups.add(group);
      } else if (element instanceof VpnGateway vpn) {
        vpnGateways.add(vpn);
      }
    }
    graph = new ForwardingGraph(vpc, subnets, tables, gatewayEndpoints, interfaceEndpoints);
  }

  ElementId id() {
    return vpc.id();
  }

  /** The position of a subnet among {@link #subnets}, or -1. */
  int indexOf(ElementId subnet) {
    return subnetIndex.getOrDefault(subnet, -1);
  }

  Hop subnetHop(Subnet subnet) {
    return subnetHops.get(subnet.id());
  }

  /** True when the name of an endpoint's service is this service ({@code ssm}) in this VPC's region. */
  boolean serves(String endpointService, String shortName) {
    return ServiceName.shortName(endpointService).equals(shortName)
        && ServiceName.regionOf(endpointService).map(region -> region.equals(vpc.region())).orElse(true);
  }

  List<InterfaceEndpoint> interfaceEndpointsFor(String shortName) {
    List<InterfaceEndpoint> found = new ArrayList<>(1);
    for (InterfaceEndpoint endpoint : interfaceEndpoints) {
      if (serves(endpoint.service(), shortName)) {
        found.add(endpoint);
      }
    }
    return found;
  }

  Optional<GatewayEndpoint> gatewayEndpointFor(String shortName) {
    for (GatewayEndpoint endpoint : gatewayEndpoints) {
      if (serves(endpoint.service(), shortName)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  /** The VPC's default security group, which AWS attaches to an endpoint that names none: the one named "default". */
  Optional<SecurityGroup> defaultSecurityGroup() {
    for (SecurityGroup group : securityGroups) {
      if (group.name().equals("default") || group.description().equals("default VPC security group")) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** The short names of the services this VPC's interface endpoints serve. */
  Set<String> interfaceServices() {
    return interfaceServices;
  }
}
