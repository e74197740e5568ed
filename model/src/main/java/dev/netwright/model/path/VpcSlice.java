package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NetworkAcl;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
  /** The private hosted zones associated with this VPC, in topology order. */
  final List<HostedZone> hostedZones = new ArrayList<>();
  final ForwardingGraph graph;
  private final Map<ElementId, Integer> subnetIndex = new HashMap<>();
  private final Map<ElementId, Element> byId = new HashMap<>();
  private final List<Hop> subnetHops = new ArrayList<>();
  private final List<ElementId> subnetTables = new ArrayList<>();
  private final Set<String> interfaceServices = new TreeSet<>();
  private final Map<String, List<InterfaceEndpoint>> interfaceByService = new HashMap<>();
  private final Map<String, GatewayEndpoint> gatewayByService = new HashMap<>();
  private final Map<ElementId, String> gatewayServices = new HashMap<>();
  private final Map<ElementId, String> interfaceFullNames = new HashMap<>();
  /** Sized for what the answers of a VPC of a few subnets make, so that it rarely grows while they are worked out. */
  private final Map<MemoKey, Object> memo = new ConcurrentHashMap<>(256);
  private final Map<ElementId, NetworkAcl> aclOfSubnet = new HashMap<>();
  private NetworkAcl defaultAcl;

  VpcSlice(Vpc vpc, List<Element> members) {
    this.vpc = vpc;
    this.members = List.copyOf(members);
    List<RouteTable> tables = new ArrayList<>();
    for (Element element : members) {
      byId.put(element.id(), element);
      if (element instanceof Subnet subnet) {
        subnetIndex.put(subnet.id(), subnets.size());
        subnets.add(subnet);
        subnetHops.add(new Hop(subnet.id().value(), Hop.SUBNET, subnet.cidr() + " in " + subnet.zone()));
      } else if (element instanceof RouteTable table) {
        tables.add(table);
      } else if (element instanceof GatewayEndpoint endpoint) {
        gatewayEndpoints.add(endpoint);
        String service = inRegion(endpoint.service());
        if (service != null) {
          gatewayServices.put(endpoint.id(), service);
          gatewayByService.putIfAbsent(service, endpoint);
        }
      } else if (element instanceof InterfaceEndpoint endpoint) {
        interfaceEndpoints.add(endpoint);
        interfaceServices.add(ServiceNames.shortName(endpoint.service()));
        interfaceFullNames.put(endpoint.id(), fullName(endpoint.service()));
        String service = inRegion(endpoint.service());
        if (service != null) {
          interfaceByService.computeIfAbsent(service, key -> new ArrayList<>(1)).add(endpoint);
        }
      } else if (element instanceof SecurityGroup group) {
        securityGroups.add(group);
      } else if (element instanceof VpnGateway vpn) {
        vpnGateways.add(vpn);
      } else if (element instanceof HostedZone zone) {
        hostedZones.add(zone);
      } else if (element instanceof NetworkAcl acl) {
        if (acl.isDefault() && defaultAcl == null) {
          defaultAcl = acl;
        }
        acl.subnetIds().forEach(subnet -> aclOfSubnet.putIfAbsent(subnet, acl));
      }
    }
    byId.put(vpc.id(), vpc);
    graph = new ForwardingGraph(vpc, subnets, tables, gatewayEndpoints, interfaceEndpoints, byId);
    subnets.forEach(subnet -> subnetTables.add(graph.tableOf(subnet.id()).orElse(null)));
  }

  ElementId id() {
    return vpc.id();
  }

  /** The position of a subnet among {@link #subnets}, or -1. */
  int indexOf(ElementId subnet) {
    return subnetIndex.getOrDefault(subnet, -1);
  }

  /** The first hop of the subnet at {@code index} of {@link #subnets}. */
  Hop subnetHop(int index) {
    return subnetHops.get(index);
  }

  /** The route table the subnet at {@code index} of {@link #subnets} uses, or null. */
  ElementId tableOfSubnet(int index) {
    return subnetTables.get(index);
  }

  /** An element of this VPC (the VPC itself included) by id, or null. */
  Element member(ElementId id) {
    return byId.get(id);
  }

  /** The network ACL a subnet of this VPC uses: its explicit one, else the default; null when the design states neither. */
  NetworkAcl aclOf(ElementId subnet) {
    NetworkAcl explicit = aclOfSubnet.get(subnet);
    return explicit != null ? explicit : defaultAcl;
  }

  /** The short name of a service name ({@code ssm}) when it names a service of this VPC's region, else null. */
  private String inRegion(String service) {
    boolean here = ServiceNames.regionOf(service).map(region -> region.equals(vpc.region())).orElse(true);
    return here ? ServiceNames.shortName(service) : null;
  }

  private String fullName(String service) {
    return service.startsWith("com.") ? service : ServiceName.full(vpc.region(), service);
  }

  /** The service ({@code s3}) a gateway endpoint of this VPC serves in its region, or null. */
  String gatewayService(ElementId endpoint) {
    return gatewayServices.get(endpoint);
  }

  /** The full service name of an interface endpoint of this VPC, or null for an endpoint elsewhere. */
  String interfaceFullName(ElementId endpoint) {
    return interfaceFullNames.get(endpoint);
  }

  /** The interface endpoints of this VPC for a service of its region, by short name. */
  List<InterfaceEndpoint> interfaceEndpointsFor(String shortName) {
    return interfaceByService.getOrDefault(shortName, List.of());
  }

  Optional<GatewayEndpoint> gatewayEndpointFor(String shortName) {
    return Optional.ofNullable(gatewayByService.get(shortName));
  }

  /**
   * A hop (or a text) made once and shared by every answer that passes the same way. {@code key}
   * must hold everything it is made of (the elements themselves, not their ids), so that an edited
   * element never meets a stale hop.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(MemoKey key, Supplier<T> make) {
    Object made = memo.get(key);
    if (made == null) {
      made = make.get();
      memo.put(key, made);
    }
    return (T) made;
  }

  /** The VPC's default security group, which AWS attaches to an endpoint that names none: the one named "default". */
  Optional<SecurityGroup> defaultSecurityGroup() {
    for (SecurityGroup group : securityGroups) {
      if (group.isVpcDefault()) {
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
