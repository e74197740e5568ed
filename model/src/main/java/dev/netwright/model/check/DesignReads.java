package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.TransitRoutes;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The design as one part of a {@link PartedRule} reads it beyond its own VPC, recording what it
 * read: the other VPCs it looked into (their scopes, or any element of theirs) and the ids it found
 * missing. What lies in no VPC (transit gateways, their attachments and route tables, hosted zones,
 * elements whose VPC is missing) and the VPCs' blocks make up the <em>transit context</em>, which
 * every part depends on as a whole: a {@link CheckSession} re-runs a part when its VPC, a VPC it
 * read or the transit context changed, or an id it found missing appeared.
 */
public final class DesignReads {
  /** What every part of one check shares: the design, its scopes, the elements of no VPC and the transit routes. */
  static final class Context {
    private final Topology topology;
    private final DesignScope design;
    private final Map<ElementId, List<Element>> orphans = new HashMap<>();
    private final List<Element> orphanList = new ArrayList<>();
    private volatile TransitRoutes routes;

    Context(Topology topology, DesignScope design, List<Element> outside) {
      this.topology = topology;
      this.design = design;
      for (Element element : outside) {
        ElementId vpc = element instanceof RouteTable table ? table.vpcId()
            : element instanceof InterfaceEndpoint endpoint ? endpoint.vpcId() : null;
        if (vpc != null) {
          orphans.computeIfAbsent(vpc, key -> new ArrayList<>()).add(element);
          orphanList.add(element);
        }
      }
    }

    /** The context of the next check when the transit context is unchanged: the transit routes are kept. */
    Context next(Topology nextTopology, DesignScope nextDesign, List<Element> outside) {
      Context next = new Context(nextTopology, nextDesign, outside);
      next.routes = routes;
      return next;
    }

    TransitRoutes routes() {
      TransitRoutes built = routes;
      if (built == null) {
        built = TransitRoutes.of(topology);
        routes = built;
      }
      return built;
    }
  }

  private final Context context;
  private final Set<ElementId> vpcs = new HashSet<>();
  private final Set<ElementId> missing = new HashSet<>();

  DesignReads(Context context) {
    this.context = context;
  }

  /** Reads of the whole design at once, for a rule run on its own. */
  static Context contextOf(DesignScope design) {
    return new Context(design.topology(), design, VpcScopes.group(design.topology()).outside());
  }

  Set<ElementId> vpcsRead() {
    return vpcs;
  }

  Set<ElementId> missingRead() {
    return missing;
  }

  /** The scope of another VPC, recorded; empty when there is no such VPC. */
  public Optional<VpcScope> scope(ElementId vpc) {
    vpcs.add(vpc);
    return context.design.scope(vpc);
  }

  /** An element anywhere in the design, its VPC (both, for a peering) recorded; an id found missing is recorded too. */
  public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
    Element element = context.topology.find(id).orElse(null);
    if (element == null) {
      missing.add(id);
      return Optional.empty();
    }
    if (element instanceof PeeringConnection peering) {
      vpcs.add(peering.requesterVpcId());
      vpcs.add(peering.accepterVpcId());
    } else {
      context.topology.vpcOf(id).ifPresent(vpcs::add);
    }
    return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
  }

  /** The route tables of a VPC (recorded), or those naming a VPC that does not exist. */
  public List<RouteTable> routeTablesOf(ElementId vpc) {
    Optional<VpcScope> scope = scope(vpc);
    return scope.isPresent() ? scope.get().routeTables() : orphans(vpc, RouteTable.class);
  }

  /** The interface endpoints of a VPC (recorded), or those naming a VPC that does not exist. */
  public List<InterfaceEndpoint> interfaceEndpointsOf(ElementId vpc) {
    Optional<VpcScope> scope = scope(vpc);
    return scope.isPresent() ? scope.get().interfaceEndpoints() : orphans(vpc, InterfaceEndpoint.class);
  }

  private <T extends Element> List<T> orphans(ElementId vpc, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Element element : context.orphans.getOrDefault(vpc, List.of())) {
      if (type.isInstance(element)) {
        found.add(type.cast(element));
      }
    }
    return found;
  }

  /** The route tables and interface endpoints whose VPC does not exist, in the design's order. */
  public List<Element> orphans() {
    return context.orphanList;
  }

  /** True when the design has an element of that id (a transit gateway, say), read as part of the transit context. */
  public boolean hasTransitElement(ElementId id) {
    return context.topology.contains(id);
  }

  public boolean hasTransitGateways() {
    return !context.topology.transitGateways().isEmpty();
  }

  public List<HostedZone> hostedZones() {
    return context.topology.hostedZones();
  }

  /** The private hosted zones associated with a VPC, in the design's order. */
  public List<HostedZone> hostedZonesOf(ElementId vpc) {
    return context.topology.hostedZonesOf(vpc);
  }

  public List<TransitGatewayAttachment> transitGatewayAttachments() {
    return context.topology.transitGatewayAttachments();
  }

  /** The VPC attachments of a VPC, in the design's order. */
  public List<TransitGatewayVpcAttachment> attachmentsOfVpc(ElementId vpc) {
    return context.topology.attachmentsOfVpc(vpc);
  }

  /** The transit gateways' effective routes (built once per transit context, not per check). */
  public TransitRoutes routes() {
    return context.routes();
  }

  /** The route table of a gateway an attachment is associated with, when there is one. */
  public boolean hasTransitRouteTable(ElementId attachment, ElementId gateway) {
    return context.topology.transitGatewayRouteTableOf(attachment, gateway).isPresent();
  }
}
