package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Works out what apply would change to make the account match a design: the design's elements
 * matched to what runs ({@link IdMatch}), creates for what does not run yet, updates where what runs
 * differs, and deletes only for resources this design's apply made (tagged {@code netwright:design})
 * and the design no longer has — never anything Netwright does not own. Blocking: run it off the
 * UI thread.
 */
public final class Planner {
  private final AwsSession session;

  public Planner(AwsSession session) {
    this.session = session;
  }

  public Plan plan(Document design, ProgressListener progress, Cancellation cancellation) {
    List<Region> regions = regionsOf(design);
    LiveAccount live = AccountReader.read(session, regions, Set.of(), progress, cancellation);
    return plan(design, live, regions.get(0));
  }

  /** The regions a design lives in: those of its VPCs, else its own; they must be among the session's, when it names any. */
  List<Region> regionsOf(Document design) {
    Set<Region> regions = new LinkedHashSet<>();
    design.topology().vpcs().stream().filter(vpc -> !vpc.external()).forEach(vpc -> regions.add(vpc.region()));
    // the transit gateways the design makes (a peering's other side may be in another region)
    for (var gateway : design.topology().transitGateways()) {
      List<Region> allowed = session.settings().regions();
      if (!TransitAttachmentCreator.external(gateway, false) && regions.add(gateway.region()) && !allowed.isEmpty()
          && !allowed.contains(gateway.region())) {
        throw new NetwrightException("the design has transit gateway " + gateway.id() + " in " + gateway.region() + ", but only "
            + allowed + " was given with --region");
      }
    }
    if (regions.isEmpty()) {
      regions.add(session.settings().regions().isEmpty() ? design.region() : session.settings().regions().get(0));
    }
    List<Region> allowed = session.settings().regions();
    for (Region region : regions) {
      if (!allowed.isEmpty() && !allowed.contains(region)) {
        throw new NetwrightException("the design has VPCs in " + region + ", but only " + allowed + " was given with --region");
      }
    }
    return List.copyOf(regions);
  }

  static Plan plan(Document design, LiveAccount live, Region region) {
    Topology topology = design.topology();
    IdMatch match = IdMatch.of(topology, live);
    Map<ElementId, ElementId> designIds = new HashMap<>();
    match.asMap().forEach((designId, awsId) -> designIds.put(awsId, designId));
    Reconciler reconciler = new Reconciler(live, tablesOfSubnets(topology, match::resolve), id -> designIds.getOrDefault(id, id),
        NetworkAclSteps.DesignAssociations.of(topology, match::resolve));
    List<PlannedChange> changes = new ArrayList<>();
    TransitAttachmentCreator.refuseUnknownDevices(topology, id -> match.find(id).isPresent());
    String key = NetwrightTags.designKey(design);
    java.util.function.Predicate<ElementId> ownGateway = gateway -> match.find(gateway)
        .map(running -> key.equals(live.tagsOf(running).get(NetwrightTags.DESIGN)))
        .orElseGet(() -> topology.find(gateway).filter(found -> !TransitAttachmentCreator.external(found, false)).isPresent());
    for (Element element : topology.elements()) {
      if (element instanceof OpaqueResource || element instanceof Vpc vpc && vpc.external()
          || TransitAttachmentCreator.external(element, match.find(element.id()).isPresent())
          || NotApplied.kinds().contains(element.kind())) {
        // not the design's to make: kept as it runs (an external VPC is another account's or region's; workloads are read, never applied)
        continue;
      }
      Optional<ElementId> running = match.find(element.id());
      if (running.isEmpty() && element instanceof dev.netwright.model.topology.PeeringConnection peering) {
        refuseExternalPeering(topology, peering);
      }
      if (running.isEmpty()) {
        HostedZoneSteps.refuseWithoutVpc(element);
        changes.add(new PlannedChange(PlannedChange.Action.CREATE, element.kind(), element.id(),
            TransitAttachmentCreator.detail(element, topology, ownGateway, ChangeDetail.of(element)), element, null));
        if (element instanceof SecurityGroup group) {
          NewGroupRules.followUp(group, topology, match).ifPresent(changes::add);
        }
        continue;
      }
      Element now = live.topology().find(running.get()).orElseThrow();
      List<Step> steps;
      try {
        steps = reconciler.steps(Resolve.element(element, match::resolve), now);
      } catch (NetwrightException e) {
        throw new NetwrightException(element.kind().label() + " " + element.id() + " (" + now.id() + "): " + e.getMessage());
      }
      if (!steps.isEmpty()) {
        changes.add(new PlannedChange(PlannedChange.Action.UPDATE, element.kind(), element.id(),
            String.join("; ", steps.stream().map(Step::text).toList()), element, now));
      }
    }
    for (Element running : live.topology().elements()) {
      if (!match.isMatchedLive(running.id()) && key.equals(live.tagsOf(running.id()).get(NetwrightTags.DESIGN))
          && !(running instanceof OpaqueResource) && !(running instanceof RouteTable table && table.main())
          && !(running instanceof NetworkAcl acl && acl.isDefault()) && !NotApplied.kinds().contains(running.kind())
          && !(running instanceof Vpc vpc && vpc.external())) {
        changes.add(new PlannedChange(PlannedChange.Action.DELETE, running.kind(), running.id(),
            "made by Netwright for " + live.tagsOf(running.id()).getOrDefault(NetwrightTags.ID, "?") + ", no longer in the design",
            null, running));
      }
    }
    return new Plan(design, ChangeOrder.order(changes), live, match, region);
  }

  /**
   * A new peering connection to an external VPC would be requested from this account and wait for
   * the other account or region to accept it, which apply cannot do or wait for: it is refused.
   */
  private static void refuseExternalPeering(Topology topology, dev.netwright.model.topology.PeeringConnection peering) {
    for (ElementId side : List.of(peering.requesterVpcId(), peering.accepterVpcId())) {
      if (topology.find(side, Vpc.class).filter(Vpc::external).isPresent()) {
        throw new NetwrightException("peering connection " + peering.id() + " does not run yet and joins external VPC " + side
            + ": apply does not request peerings with other accounts or regions, whose owner must accept them; request it in"
            + " AWS (or with the exported template), have it accepted, then import or plan again");
      }
    }
  }

  /** The table the design explicitly associates each subnet with, both as given by {@code ids}. */
  static java.util.function.Function<ElementId, Optional<ElementId>> tablesOfSubnets(Topology design, UnaryOperator<ElementId> ids) {
    Map<ElementId, ElementId> tables = new HashMap<>();
    for (RouteTable table : design.routeTables()) {
      table.subnetIds().forEach(id -> tables.put(ids.apply(id), ids.apply(table.id())));
    }
    return subnet -> Optional.ofNullable(tables.get(subnet));
  }

  /** The region an element of the design lives in: its VPC's. */
  static Optional<Region> regionOf(Topology topology, ElementId id) {
    Optional<Region> transit = topology.find(id).flatMap(element -> element instanceof dev.netwright.model.topology.TransitGateway gateway
        ? Optional.of(gateway.region())
        : element instanceof dev.netwright.model.topology.TransitGatewayAttachment attachment
            ? topology.find(attachment.transitGatewayId(), dev.netwright.model.topology.TransitGateway.class).map(g -> g.region())
            : element instanceof dev.netwright.model.topology.TransitGatewayRouteTable table
                ? topology.find(table.transitGatewayId(), dev.netwright.model.topology.TransitGateway.class).map(g -> g.region())
                : Optional.empty());
    return transit.or(() -> vpcOf(topology, id).map(Vpc::region));
  }

  /** The account an element of the design lives in: its VPC's, empty when the design does not say. */
  static String accountOf(Topology topology, ElementId id) {
    return vpcOf(topology, id).map(Vpc::accountId).orElse("");
  }

  /** The design's own VPC an element lives in (for a peering connection: the side that is not external, else the requester). */
  private static Optional<Vpc> vpcOf(Topology topology, ElementId id) {
    Optional<Element> element = topology.find(id);
    if (element.isPresent() && element.get() instanceof dev.netwright.model.topology.PeeringConnection peering) {
      Optional<Vpc> requester = topology.find(peering.requesterVpcId(), Vpc.class);
      return requester.filter(vpc -> !vpc.external()).or(() -> topology.find(peering.accepterVpcId(), Vpc.class));
    }
    if (element.isPresent() && element.get() instanceof dev.netwright.model.topology.HostedZone zone && !zone.vpcIds().isEmpty()) {
      // Route 53 is global; a zone is made with its first VPC, in that VPC's account and region
      return topology.find(zone.vpcIds().get(0), Vpc.class);
    }
    return topology.vpcOf(id).flatMap(vpc -> topology.find(vpc, Vpc.class));
  }
}
