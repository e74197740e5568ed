package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.path.TransitRoutes;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NO-RETURN-ROUTE: traffic that a peering connection or a transit gateway carries one way, whose
 * replies have no way back. For a peering: a route table sends the peer's block to the peering,
 * and no route table of the peer sends this VPC's block back through it. Across a transit gateway:
 * a route table sends another VPC's block (or the on-premises networks behind a VPN attachment) to
 * the gateway and the gateway delivers it, but the route table of the far attachment does not
 * send this VPC's block back to this VPC's attachment, or no route table of the far VPC sends it
 * to the gateway. Tables whose subnets hold a NAT gateway are left out: their routes to the gateway
 * carry the replies of translated traffic, not connections of their own.
 */
public final class NoReturnRouteRule implements PartedRule {
  public static final String ID = "NO-RETURN-ROUTE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    TransitRoutes routes = design.hasTransitGateways() ? design.routes() : null;
    // only the transit part leaves out the tables of NAT gateways' subnets: without a transit gateway they are not looked up
    Set<ElementId> natTables = new HashSet<>();
    if (routes != null) {
      scope.natGateways().forEach(nat -> scope.tableOf(nat.subnetId()).ifPresent(found -> natTables.add(found.id())));
    }
    Vpc vpc = scope.vpc();
    for (RouteTable table : scope.routeTables()) {
      Set<ElementId> seen = new HashSet<>();
      for (Route route : table.routes()) {
        Element target = design.find(route.target(), Element.class).orElse(null);
        if (target instanceof PeeringConnection peering && seen.add(peering.id())) {
          peering(design, table, vpc, peering).ifPresent(findings::add);
        } else if (routes != null && target != null && target.kind() == dev.netwright.model.topology.ElementKind.TRANSIT_GATEWAY
            && seen.add(target.id()) && !natTables.contains(table.id())) {
          transit(design, routes, table, vpc, target.id(), findings);
        }
      }
    }
    return findings;
  }

  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    if (design.hasTransitGateways()) {
      TransitRoutes routes = design.routes();
      for (TransitGatewayAttachment attachment : design.transitGatewayAttachments()) {
        if (attachment instanceof TransitGatewayVpnAttachment vpn && !vpn.onPremisesCidrs().isEmpty()) {
          fromOnPremises(design, routes, vpn, findings);
        }
      }
    }
    return findings;
  }

  /** The on-premises networks behind a VPN attachment reach the VPCs its table routes to: each must route them back. */
  private static void fromOnPremises(DesignReads design, TransitRoutes routes, TransitGatewayVpnAttachment vpn, List<Finding> findings) {
    ElementId table = routes.tableOf(vpn.id(), vpn.transitGatewayId());
    if (table == null) {
      return;
    }
    Cidr office = vpn.onPremisesCidrs().get(0);
    int home = host(office);
    for (TransitRoutes.Entry entry : routes.routesOf(table)) {
      TransitGatewayVpcAttachment far = entry.blackhole() ? null
          : design.find(entry.attachment(), TransitGatewayVpcAttachment.class).orElse(null);
      if (far != null && design.routeTablesOf(far.vpcId()).stream()
          .noneMatch(back -> target(back, home, design).map(vpn.transitGatewayId()::equals).orElse(false))) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(vpn.id(), far.vpcId()), "The on-premises networks behind "
            + Labels.of(vpn) + " reach VPC " + far.vpcId() + " through transit gateway " + vpn.transitGatewayId() + ", but no route"
            + " table of " + far.vpcId() + " sends " + office + " back to the gateway, so replies do not return; add that route to "
            + far.vpcId() + "'s tables."));
      }
    }
  }

  private static java.util.Optional<Finding> peering(DesignReads design, RouteTable table, Vpc vpc, PeeringConnection peering) {
    if (!peering.owners().contains(vpc.id())) {
      return java.util.Optional.empty();
    }
    ElementId other = peering.otherSide(vpc.id());
    if (design.find(other, Vpc.class).map(Vpc::external).orElse(true)) {
      return java.util.Optional.empty();
    }
    int home = host(vpc.primaryCidr());
    for (RouteTable back : design.routeTablesOf(other)) {
      if (target(back, home, design).map(peering.id()::equals).orElse(false)) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(new Finding(ID, Severity.ERROR, List.of(table.id(), peering.id()), "Route table " + Labels.of(table)
        + " sends traffic to VPC " + other + " through peering connection " + Labels.of(peering) + ", but no route table of " + other
        + " sends " + vpc.primaryCidr() + " back through it, so replies do not return; add that route to " + other + "'s tables."));
  }

  private static void transit(DesignReads design, TransitRoutes routes, RouteTable table, Vpc vpc, ElementId gateway,
      List<Finding> findings) {
    TransitGatewayVpcAttachment mine = routes.attachment(vpc.id(), gateway);
    ElementId myTable = mine == null ? null : routes.tableOf(mine.id(), gateway);
    if (myTable == null) {
      return;
    }
    int home = host(vpc.primaryCidr());
    for (TransitRoutes.Entry entry : routes.routesOf(myTable)) {
      if (entry.blackhole() || entry.attachment().equals(mine.id())) {
        continue;
      }
      TransitGatewayAttachment far = design.find(entry.attachment(), TransitGatewayAttachment.class).orElse(null);
      Cidr destination = farBlock(design, far);
      if (destination == null || !entry.destination().contains(destination.network())) {
        continue;
      }
      int there = host(destination);
      boolean forward = target(table, there, design).map(gateway::equals).orElse(false)
          && routes.lookup(myTable, there) != null && entry.attachment().equals(routes.lookup(myTable, there).attachment());
      if (!forward) {
        continue;
      }
      ElementId farTable = routes.tableOf(far.id(), gateway);
      TransitRoutes.Entry back = farTable == null ? null : routes.lookup(farTable, home);
      String where = far instanceof TransitGatewayVpcAttachment vpcAttachment ? "VPC " + vpcAttachment.vpcId()
          : "the on-premises networks behind " + far.id();
      if (back == null || back.blackhole() || !back.attachment().equals(mine.id())) {
        String instead = farTable == null ? "it is associated with no route table" : back == null ? "its route table " + farTable
            + " has no route to " + vpc.primaryCidr() : back.blackhole() ? "its route table " + farTable + " drops "
            + vpc.primaryCidr() + " (blackhole " + back.destination() + ")" : "its route table " + farTable + " sends "
            + vpc.primaryCidr() + " to " + back.attachment();
        findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), far.id()), "Route table " + Labels.of(table)
            + " sends traffic for " + where + " through transit gateway " + gateway + ", but the replies have no way back: "
            + "attachment " + far.id() + " " + instead + "; route " + vpc.primaryCidr() + " to " + mine.id() + " there."));
      } else if (far instanceof TransitGatewayVpcAttachment vpcAttachment && design.routeTablesOf(vpcAttachment.vpcId())
          .stream().noneMatch(back2 -> target(back2, home, design).map(gateway::equals).orElse(false))) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), vpcAttachment.vpcId()), "Route table " + Labels.of(table)
            + " sends traffic for VPC " + vpcAttachment.vpcId() + " through transit gateway " + gateway + ", but no route table of "
            + vpcAttachment.vpcId() + " sends " + vpc.primaryCidr() + " back to " + gateway + ", so replies do not return; add that"
            + " route to " + vpcAttachment.vpcId() + "'s tables."));
      }
    }
  }

  /** The block the far side of an attachment answers from: a VPC's primary block, or the first on-premises network. */
  private static Cidr farBlock(DesignReads design, TransitGatewayAttachment far) {
    if (far instanceof TransitGatewayVpcAttachment vpcAttachment) {
      return design.find(vpcAttachment.vpcId(), Vpc.class).map(Vpc::primaryCidr).orElse(null);
    }
    if (far instanceof TransitGatewayVpnAttachment vpn && !vpn.onPremisesCidrs().isEmpty()) {
      return vpn.onPremisesCidrs().get(0);
    }
    return null;
  }

  /** The target of a table's longest-prefix CIDR route for an address; empty for its VPC's own blocks or no route. */
  private static java.util.Optional<ElementId> target(RouteTable table, int address, DesignReads design) {
    boolean local = design.find(table.vpcId(), Vpc.class).map(vpc -> vpc.cidrBlocks().stream().anyMatch(b -> b.contains(address)))
        .orElse(false);
    if (local) {
      return java.util.Optional.empty();
    }
    Route best = null;
    for (Route route : table.routes()) {
      if (route.destination() instanceof RouteDestination.ToCidr cidr && cidr.cidr().contains(address)
          && (best == null || cidr.cidr().prefixLength() > ((RouteDestination.ToCidr) best.destination()).cidr().prefixLength())) {
        best = route;
      }
    }
    return java.util.Optional.ofNullable(best).map(Route::target);
  }

  private static int host(Cidr cidr) {
    return TransitChecks.host(cidr);
  }
}
