package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One VPC and every element that lives in it (its subnets, their NAT gateways, its route tables,
 * gateways, endpoints, security groups, VPN gateways, and the peering connections that touch it),
 * indexed once so that a {@link VpcRule} never scans the whole design.
 *
 * <p>A scope is a pure function of its element list and of the answers of
 * {@link #findAnywhere}, which it remembers: a {@link CheckSession} reuses a VPC's findings while
 * that list is unchanged and those answers still hold, so a rule that reads a scope must read
 * nothing else.
 */
public final class VpcScope {
  private final Vpc vpc;
  private final List<Element> elements;
  private final Map<ElementId, Element> byId = new HashMap<>();
  private final List<Subnet> subnets = new ArrayList<>();
  private final List<RouteTable> routeTables = new ArrayList<>();
  private final List<InternetGateway> internetGateways = new ArrayList<>();
  private final List<NatGateway> natGateways = new ArrayList<>();
  private final List<GatewayEndpoint> gatewayEndpoints = new ArrayList<>();
  private final List<InterfaceEndpoint> interfaceEndpoints = new ArrayList<>();
  private final List<SecurityGroup> securityGroups = new ArrayList<>();
  private final List<VpnGateway> vpnGateways = new ArrayList<>();
  private final List<PeeringConnection> peerings = new ArrayList<>();
  private final Map<ElementId, RouteTable> explicitTables = new HashMap<>();
  private final List<NetworkAcl> networkAcls = new ArrayList<>();
  private final List<Workload> workloads = new ArrayList<>();
  private final Map<ElementId, NetworkAcl> explicitAcls = new HashMap<>();
  private NetworkAcl defaultAcl;
  private RouteTable mainTable;
  private SubnetExposure exposure;
  private volatile dev.netwright.model.path.PathEngine paths;
  private final Function<ElementId, Optional<Element>> design;
  private final Map<ElementId, Optional<Element>> lookedUp = new ConcurrentHashMap<>();

  /** A scope of {@code vpc} and {@code elements} (the VPC itself included), in design order, alone. */
  public VpcScope(Vpc vpc, List<Element> elements) {
    this(vpc, elements, id -> Optional.empty());
  }

  /**
   * A scope of {@code vpc} and {@code elements} (the VPC itself included), in design order, in a
   * design that {@code design} looks elements up in.
   */
  public VpcScope(Vpc vpc, List<Element> elements, Function<ElementId, Optional<Element>> design) {
    this.vpc = vpc;
    this.elements = List.copyOf(elements);
    this.design = design;
    for (Element element : this.elements) {
      byId.put(element.id(), element);
      sort(element);
    }
  }

  private void sort(Element element) {
    if (element instanceof Subnet subnet) {
      subnets.add(subnet);
    } else if (element instanceof RouteTable table) {
      routeTables.add(table);
      if (table.main() && mainTable == null) {
        mainTable = table;
      }
      for (ElementId subnet : table.subnetIds()) {
        explicitTables.putIfAbsent(subnet, table);
      }
    } else if (element instanceof InternetGateway gateway) {
      internetGateways.add(gateway);
    } else if (element instanceof NatGateway nat) {
      natGateways.add(nat);
    } else if (element instanceof GatewayEndpoint endpoint) {
      gatewayEndpoints.add(endpoint);
    } else if (element instanceof InterfaceEndpoint endpoint) {
      interfaceEndpoints.add(endpoint);
    } else if (element instanceof SecurityGroup group) {
      securityGroups.add(group);
    } else if (element instanceof VpnGateway vpn) {
      vpnGateways.add(vpn);
    } else if (element instanceof PeeringConnection peering) {
      peerings.add(peering);
    } else if (element instanceof NetworkAcl acl) {
      networkAcls.add(acl);
      if (acl.isDefault() && defaultAcl == null) {
        defaultAcl = acl;
      }
      acl.subnetIds().forEach(subnet -> explicitAcls.putIfAbsent(subnet, acl));
    } else if (element instanceof Workload workload) {
      workloads.add(workload);
    }
  }

  public Vpc vpc() {
    return vpc;
  }

  /** Every element of the scope, the VPC first, in design order. */
  public List<Element> elements() {
    return elements;
  }

  public List<Subnet> subnets() {
    return subnets;
  }

  public List<RouteTable> routeTables() {
    return routeTables;
  }

  public List<InternetGateway> internetGateways() {
    return internetGateways;
  }

  public List<NatGateway> natGateways() {
    return natGateways;
  }

  public List<GatewayEndpoint> gatewayEndpoints() {
    return gatewayEndpoints;
  }

  public List<InterfaceEndpoint> interfaceEndpoints() {
    return interfaceEndpoints;
  }

  public List<SecurityGroup> securityGroups() {
    return securityGroups;
  }

  public List<VpnGateway> vpnGateways() {
    return vpnGateways;
  }

  public List<NetworkAcl> networkAcls() {
    return networkAcls;
  }

  public List<Workload> workloads() {
    return workloads;
  }

  /** The network ACL a subnet uses: its explicit one, else the VPC's default; empty when the design states neither. */
  public Optional<NetworkAcl> aclOf(ElementId subnetId) {
    NetworkAcl explicit = explicitAcls.get(subnetId);
    return Optional.ofNullable(explicit != null ? explicit : defaultAcl);
  }

  /** The peering connections with this VPC on one side. */
  public List<PeeringConnection> peerings() {
    return peerings;
  }

  /** The element of this scope with that id and type, when there is one. */
  public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
    Element element = byId.get(id);
    return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
  }

  /**
   * The element of that id anywhere in the design: this scope's own, else the design's (an
   * element of another VPC, say, or nothing). Answers from outside the scope are remembered.
   */
  public Optional<Element> findAnywhere(ElementId id) {
    Element own = byId.get(id);
    if (own != null) {
      return Optional.of(own);
    }
    return lookedUp.computeIfAbsent(id, design);
  }

  /** True when every answer {@link #findAnywhere} gave from outside the scope still holds in {@code topology}. */
  public boolean lookupsHoldIn(Function<ElementId, Optional<Element>> topology) {
    for (Map.Entry<ElementId, Optional<Element>> answer : lookedUp.entrySet()) {
      Optional<Element> now = topology.apply(answer.getKey());
      Optional<Element> then = answer.getValue();
      if (now.isPresent() != then.isPresent() || now.isPresent() && now.get() != then.get() && !now.get().equals(then.get())) {
        return false;
      }
    }
    return true;
  }

  /** True when {@link #findAnywhere} looked up one of these ids outside the scope. */
  boolean lookedUpAny(java.util.Collection<ElementId> ids) {
    if (lookedUp.isEmpty()) {
      return false;
    }
    for (ElementId id : ids) {
      if (lookedUp.containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  /** The VPC's main route table, when it has one. */
  public Optional<RouteTable> mainTable() {
    return Optional.ofNullable(mainTable);
  }

  /** The table explicitly associated with a subnet, when there is one. */
  public Optional<RouteTable> explicitTable(ElementId subnetId) {
    return Optional.ofNullable(explicitTables.get(subnetId));
  }

  /** The table a subnet uses: its explicit association, else the main table. */
  public Optional<RouteTable> tableOf(ElementId subnetId) {
    RouteTable explicit = explicitTables.get(subnetId);
    return explicit != null ? Optional.of(explicit) : Optional.ofNullable(mainTable);
  }

  /** Path questions inside this VPC alone (built on first use from the scope's own elements). */
  public dev.netwright.model.path.PathEngine paths() {
    dev.netwright.model.path.PathEngine engine = paths;
    if (engine == null) {
      engine = dev.netwright.model.path.PathEngine.of(dev.netwright.model.topology.Topology.of(elements));
      paths = engine;
    }
    return engine;
  }

  /**
   * Lets go of the path engine once the rules have run: the findings it gave are kept, and a
   * session keeps the scope only to compare it with the next check's, so the engine's graph and
   * shared hops need not stay in memory (a later {@link #paths} builds it again).
   */
  void releasePaths() {
    paths = null;
  }

  /** Which of the scope's subnets are public (computed on first use). */
  public SubnetExposure exposure() {
    if (exposure == null) {
      exposure = SubnetExposure.of(this);
    }
    return exposure;
  }
}
