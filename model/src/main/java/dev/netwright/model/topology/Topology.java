package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The immutable set of elements of a design, keyed by id. Every edit yields a new Topology, so a
 * Topology can be read from any thread. Look-ups by kind and the subnet-to-route-table index are
 * computed once, on first use.
 *
 * <p>A Topology may be inconsistent (a dangling reference, say); {@link StructureCheck} tells
 * where. The loader and the editor refuse to hand one out.
 */
public final class Topology {
  private static final Topology EMPTY = new Topology(Map.of());

  private final Map<ElementId, Element> elements;
  private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
  private volatile Map<ElementId, RouteTable> tableOfSubnet;
  private volatile Map<ElementId, NetworkAcl> aclOfSubnet;
  /** Each VPC's main route table and default network ACL (the first in the topology's order). */
  private volatile Map<ElementId, RouteTable> mainTableOfVpc;
  private volatile Map<ElementId, NetworkAcl> defaultAclOfVpc;
  private volatile Map<ElementId, List<Workload>> workloadsOfSubnet;
  private volatile Map<ElementId, List<TransitGatewayRouteTable>> tablesListingAttachment;
  private volatile Map<ElementId, List<TransitGatewayVpcAttachment>> attachmentsOfVpc;
  private volatile Map<ElementId, List<HostedZone>> zonesOfVpc;
  /** The topology this one was made from by {@link #with} or {@link #without} (weakly held: no history is kept alive), or null. */
  private final WeakReference<Topology> base;
  /** The ids put in or taken out when this topology was made from {@link #base}. */
  private final Set<ElementId> edited;

  private Topology(Map<ElementId, Element> elements) {
    this(elements, null, Set.of());
  }

  private Topology(Map<ElementId, Element> elements, Topology base, Set<ElementId> edited) {
    this.elements = elements;
    this.base = base == null ? null : new WeakReference<>(base);
    this.edited = edited;
  }

  public static Topology empty() {
    return EMPTY;
  }

  /** A topology of these elements, in this order; refuses two elements with one id. */
  public static Topology of(Collection<? extends Element> elements) {
    Map<ElementId, Element> map = new LinkedHashMap<>();
    for (Element element : elements) {
      if (map.putIfAbsent(element.id(), element) != null) {
        throw new InvalidValueException("two elements have the id " + element.id());
      }
    }
    return new Topology(Collections.unmodifiableMap(map));
  }

  /** This topology with {@code element} added, or replacing the element of the same id in place. */
  public Topology with(Element element) {
    Map<ElementId, Element> map = new LinkedHashMap<>(elements);
    map.put(element.id(), element);
    return new Topology(Collections.unmodifiableMap(map), this, Set.of(element.id()));
  }

  /** This topology with all of {@code changed} put in (added or replaced) and {@code removed} taken out. */
  public Topology with(Collection<? extends Element> changed, Collection<ElementId> removed) {
    Map<ElementId, Element> map = new LinkedHashMap<>(elements);
    removed.forEach(map::remove);
    changed.forEach(element -> map.put(element.id(), element));
    Set<ElementId> ids = new HashSet<>(removed);
    for (Element element : changed) {
      if (!ids.add(element.id()) && removed.contains(element.id())) {
        // taken out and put back: it moved to the end, so the order is not kept
        return new Topology(Collections.unmodifiableMap(map));
      }
    }
    return new Topology(Collections.unmodifiableMap(map), this, Collections.unmodifiableSet(ids));
  }

  public Topology without(ElementId id) {
    Map<ElementId, Element> map = new LinkedHashMap<>(elements);
    map.remove(id);
    return new Topology(Collections.unmodifiableMap(map), this, Set.of(id));
  }

  /**
   * The ids of the elements added, replaced or removed between this topology and {@code other},
   * when one was made from the other by a single {@link #with} or {@link #without} (an edit, or
   * its undo); empty when that is not known, and the two must be compared element by element.
   * Every other element is the same instance in both, in the same order, and an element in both
   * keeps its place.
   */
  public Optional<Set<ElementId>> editedFrom(Topology other) {
    if (base != null && base.get() == other) {
      return Optional.of(edited);
    }
    if (other.base != null && other.base.get() == this) {
      return Optional.of(other.edited);
    }
    return Optional.empty();
  }

  public Collection<Element> elements() {
    return elements.values();
  }

  public int size() {
    return elements.size();
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }

  public boolean contains(ElementId id) {
    return elements.containsKey(id);
  }

  public Optional<Element> find(ElementId id) {
    return Optional.ofNullable(elements.get(id));
  }

  /** The element of that id and type, when there is one. */
  public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
    Element element = elements.get(id);
    return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
  }

  /** The element of that id and type; throws {@link InvalidValueException} naming the id otherwise. */
  public <T extends Element> T require(ElementId id, Class<T> type) {
    Element element = elements.get(id);
    if (!type.isInstance(element)) {
      throw new InvalidValueException(element == null ? "there is no element " + id
          : id + " is a " + element.kind().label().toLowerCase() + ", not what was expected here");
    }
    return type.cast(element);
  }

  /** All elements of one type, in the topology's order. */
  @SuppressWarnings("unchecked")
  public <T extends Element> List<T> all(Class<T> type) {
    List<?> known = byType.get(type);
    if (known != null) {
      return (List<T>) known;
    }
    return (List<T>) byType.computeIfAbsent(type, key -> elements.values().stream()
        .filter(type::isInstance).map(type::cast).toList());
  }

  public List<Vpc> vpcs() {
    return all(Vpc.class);
  }

  public List<Subnet> subnets() {
    return all(Subnet.class);
  }

  public List<RouteTable> routeTables() {
    return all(RouteTable.class);
  }

  public List<InternetGateway> internetGateways() {
    return all(InternetGateway.class);
  }

  public List<NatGateway> natGateways() {
    return all(NatGateway.class);
  }

  public List<GatewayEndpoint> gatewayEndpoints() {
    return all(GatewayEndpoint.class);
  }

  public List<InterfaceEndpoint> interfaceEndpoints() {
    return all(InterfaceEndpoint.class);
  }

  public List<SecurityGroup> securityGroups() {
    return all(SecurityGroup.class);
  }

  public List<NetworkAcl> networkAcls() {
    return all(NetworkAcl.class);
  }

  public List<Workload> workloads() {
    return all(Workload.class);
  }

  public List<PeeringConnection> peeringConnections() {
    return all(PeeringConnection.class);
  }

  public List<VpnGateway> vpnGateways() {
    return all(VpnGateway.class);
  }

  public List<TransitGateway> transitGateways() {
    return all(TransitGateway.class);
  }

  /** Every transit gateway attachment: VPC, VPN and peering. */
  public List<TransitGatewayAttachment> transitGatewayAttachments() {
    return all(TransitGatewayAttachment.class);
  }

  public List<TransitGatewayVpcAttachment> transitGatewayVpcAttachments() {
    return all(TransitGatewayVpcAttachment.class);
  }

  public List<TransitGatewayRouteTable> transitGatewayRouteTables() {
    return all(TransitGatewayRouteTable.class);
  }

  public List<HostedZone> hostedZones() {
    return all(HostedZone.class);
  }

  public List<ResolverEndpoint> resolverEndpoints() {
    return all(ResolverEndpoint.class);
  }

  /** The attachments of a transit gateway (peering attachments from either side included), in the topology's order. */
  public List<TransitGatewayAttachment> attachmentsOf(ElementId transitGatewayId) {
    return transitGatewayAttachments().stream()
        .filter(attachment -> attachment.transitGatewayIds().contains(transitGatewayId)).toList();
  }

  /** The VPC attachments of a VPC (to any transit gateway), in the topology's order. */
  public List<TransitGatewayVpcAttachment> attachmentsOfVpc(ElementId vpcId) {
    Map<ElementId, List<TransitGatewayVpcAttachment>> index = attachmentsOfVpc;
    if (index == null) {
      index = new HashMap<>();
      for (TransitGatewayVpcAttachment attachment : transitGatewayVpcAttachments()) {
        index.computeIfAbsent(attachment.vpcId(), key -> new ArrayList<>()).add(attachment);
      }
      attachmentsOfVpc = index;
    }
    return Collections.unmodifiableList(index.getOrDefault(vpcId, List.of()));
  }

  /** The default route table of a transit gateway, when the design has one. */
  public Optional<TransitGatewayRouteTable> defaultTransitGatewayRouteTable(ElementId transitGatewayId) {
    return transitGatewayRouteTables().stream()
        .filter(table -> table.isDefault() && table.transitGatewayId().equals(transitGatewayId)).findFirst();
  }

  /**
   * The route table of {@code transitGatewayId} that packets arriving on {@code attachmentId} are
   * looked up in: the table that lists the attachment among its associations, else the gateway's
   * default table when the gateway's default association is on; empty when there is none.
   */
  public Optional<TransitGatewayRouteTable> transitGatewayRouteTableOf(ElementId attachmentId, ElementId transitGatewayId) {
    for (TransitGatewayRouteTable table : tablesListing(attachmentId)) {
      if (table.transitGatewayId().equals(transitGatewayId)) {
        return Optional.of(table);
      }
    }
    boolean byDefault = find(transitGatewayId, TransitGateway.class).map(TransitGateway::defaultAssociation).orElse(false)
        && find(attachmentId, TransitGatewayAttachment.class).map(attachment -> !(attachment instanceof TransitGatewayPeeringAttachment))
            .orElse(false);
    return byDefault ? defaultTransitGatewayRouteTable(transitGatewayId) : Optional.empty();
  }

  /**
   * The attachments whose routes a transit gateway route table holds: its explicit propagations
   * and, for the default table of a gateway with default propagation on, every attachment of the
   * gateway that can propagate.
   */
  public List<TransitGatewayAttachment> propagationsOf(TransitGatewayRouteTable table) {
    Map<ElementId, TransitGatewayAttachment> result = new LinkedHashMap<>();
    for (ElementId id : table.propagations()) {
      find(id, TransitGatewayAttachment.class).ifPresent(attachment -> result.put(id, attachment));
    }
    boolean byDefault = table.isDefault()
        && find(table.transitGatewayId(), TransitGateway.class).map(TransitGateway::defaultPropagation).orElse(false);
    if (byDefault) {
      for (TransitGatewayAttachment attachment : attachmentsOf(table.transitGatewayId())) {
        if (attachment.propagates()) {
          result.putIfAbsent(attachment.id(), attachment);
        }
      }
    }
    return List.copyOf(result.values());
  }

  /** The private hosted zones associated with a VPC, in the topology's order. */
  public List<HostedZone> hostedZonesOf(ElementId vpcId) {
    Map<ElementId, List<HostedZone>> index = zonesOfVpc;
    if (index == null) {
      index = new HashMap<>();
      for (HostedZone zone : hostedZones()) {
        for (ElementId vpc : zone.vpcIds()) {
          List<HostedZone> zones = index.computeIfAbsent(vpc, key -> new ArrayList<>(1));
          if (zones.isEmpty() || zones.get(zones.size() - 1) != zone) {
            zones.add(zone);
          }
        }
      }
      zonesOfVpc = index;
    }
    return Collections.unmodifiableList(index.getOrDefault(vpcId, List.of()));
  }

  /** The elements of a VPC of one type (those whose owners include the VPC). */
  public <T extends Element> List<T> inVpc(ElementId vpcId, Class<T> type) {
    return all(type).stream().filter(element -> element.owners().contains(vpcId)).toList();
  }

  /** The VPC an element lives in: itself for a VPC, its subnet's VPC for a NAT gateway. */
  public Optional<ElementId> vpcOf(ElementId id) {
    Element element = elements.get(id);
    if (element == null) {
      return Optional.empty();
    }
    if (element instanceof NatGateway nat) {
      return find(nat.subnetId(), Subnet.class).map(Subnet::vpcId);
    }
    if (element instanceof Workload workload) {
      return find(workload.subnetId(), Subnet.class).map(Subnet::vpcId);
    }
    if (element instanceof Vpc vpc) {
      return Optional.of(vpc.id());
    }
    if (element instanceof TransitGatewayVpcAttachment attachment) {
      return Optional.of(attachment.vpcId());
    }
    if (element.owners().size() != 1) {
      return Optional.empty();
    }
    ElementId owner = element.owners().iterator().next();
    // a transit gateway owns its route tables and VPN attachments, but is in no VPC
    return elements.get(owner) instanceof TransitGateway ? Optional.empty() : Optional.of(owner);
  }

  /** The main route table of a VPC, when it has one. */
  public Optional<RouteTable> mainRouteTable(ElementId vpcId) {
    Map<ElementId, RouteTable> index = mainTableOfVpc;
    if (index == null) {
      index = new HashMap<>();
      for (RouteTable table : routeTables()) {
        if (table.main()) {
          index.putIfAbsent(table.vpcId(), table);
        }
      }
      mainTableOfVpc = index;
    }
    return Optional.ofNullable(index.get(vpcId));
  }

  /** The table explicitly associated with a subnet, when there is one. */
  public Optional<RouteTable> explicitRouteTable(ElementId subnetId) {
    return Optional.ofNullable(tableIndex().get(subnetId));
  }

  /** The table a subnet uses: its explicit association, else its VPC's main table. */
  public Optional<RouteTable> routeTableOf(ElementId subnetId) {
    RouteTable explicit = tableIndex().get(subnetId);
    if (explicit != null) {
      return Optional.of(explicit);
    }
    return find(subnetId, Subnet.class).flatMap(subnet -> mainRouteTable(subnet.vpcId()));
  }

  /** The subnets that use a table, explicitly or, for a main table, by default. */
  public List<Subnet> subnetsUsing(RouteTable table) {
    List<Subnet> result = new ArrayList<>();
    for (Subnet subnet : subnets()) {
      if (routeTableOf(subnet.id()).map(used -> used.id().equals(table.id())).orElse(false)) {
        result.add(subnet);
      }
    }
    return result;
  }

  /** The default network ACL of a VPC, when the design states one. */
  public Optional<NetworkAcl> defaultNetworkAcl(ElementId vpcId) {
    Map<ElementId, NetworkAcl> index = defaultAclOfVpc;
    if (index == null) {
      index = new HashMap<>();
      for (NetworkAcl acl : networkAcls()) {
        if (acl.isDefault()) {
          index.putIfAbsent(acl.vpcId(), acl);
        }
      }
      defaultAclOfVpc = index;
    }
    return Optional.ofNullable(index.get(vpcId));
  }

  /** The network ACL explicitly associated with a subnet, when there is one. */
  public Optional<NetworkAcl> explicitNetworkAcl(ElementId subnetId) {
    return Optional.ofNullable(aclIndex().get(subnetId));
  }

  /**
   * The network ACL a subnet uses: its explicit association, else its VPC's default ACL; empty when
   * the design states neither (the VPC keeps the default ACL AWS creates, which allows everything).
   */
  public Optional<NetworkAcl> networkAclOf(ElementId subnetId) {
    NetworkAcl explicit = aclIndex().get(subnetId);
    if (explicit != null) {
      return Optional.of(explicit);
    }
    return find(subnetId, Subnet.class).flatMap(subnet -> defaultNetworkAcl(subnet.vpcId()));
  }

  /** The workloads of a subnet, in the topology's order. */
  public List<Workload> workloadsIn(ElementId subnetId) {
    Map<ElementId, List<Workload>> index = workloadsOfSubnet;
    if (index == null) {
      index = new HashMap<>();
      for (Workload workload : workloads()) {
        index.computeIfAbsent(workload.subnetId(), key -> new ArrayList<>()).add(workload);
      }
      workloadsOfSubnet = index;
    }
    return Collections.unmodifiableList(index.getOrDefault(subnetId, List.of()));
  }

  /** The transit gateway route tables whose associations list an attachment, in the topology's order. */
  private List<TransitGatewayRouteTable> tablesListing(ElementId attachmentId) {
    Map<ElementId, List<TransitGatewayRouteTable>> index = tablesListingAttachment;
    if (index == null) {
      index = new HashMap<>();
      for (TransitGatewayRouteTable table : transitGatewayRouteTables()) {
        for (ElementId attachment : table.associations()) {
          List<TransitGatewayRouteTable> tables = index.computeIfAbsent(attachment, key -> new ArrayList<>(1));
          if (tables.isEmpty() || tables.get(tables.size() - 1) != table) {
            tables.add(table);
          }
        }
      }
      tablesListingAttachment = index;
    }
    return index.getOrDefault(attachmentId, List.of());
  }

  private Map<ElementId, NetworkAcl> aclIndex() {
    Map<ElementId, NetworkAcl> index = aclOfSubnet;
    if (index == null) {
      index = new HashMap<>();
      for (NetworkAcl acl : networkAcls()) {
        for (ElementId subnet : acl.subnetIds()) {
          index.putIfAbsent(subnet, acl);
        }
      }
      aclOfSubnet = index;
    }
    return index;
  }

  private Map<ElementId, RouteTable> tableIndex() {
    Map<ElementId, RouteTable> index = tableOfSubnet;
    if (index == null) {
      index = new HashMap<>();
      for (RouteTable table : routeTables()) {
        for (ElementId subnet : table.subnetIds()) {
          index.putIfAbsent(subnet, table);
        }
      }
      tableOfSubnet = index;
    }
    return index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Topology topology && elements.equals(topology.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return "Topology" + elements.values();
  }
}
