package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural invariants every design must keep, whatever its network rules say: references
 * lead to elements of the right kind, containment stays within one VPC, a subnet's zone is in its
 * VPC's region, a subnet has at most one explicit route table, a VPC at most one main table. The
 * loader refuses a file that breaks one; the editor refuses an edit that would.
 */
public final class StructureCheck {
  /** One broken invariant, at one element. */
  public record Problem(ElementId element, Kind kind, String message) {
    @Override
    public String toString() {
      return element + ": " + message;
    }
  }

  /** What sort of problem it is, for callers that report some sorts their own way. */
  public enum Kind {
    /** A subnet in an Availability Zone outside its VPC's region. */
    ZONE_OUTSIDE_REGION,
    /** A route to an element that does not exist. */
    ROUTE_TARGET_MISSING,
    /** Any other broken reference or containment. */
    OTHER
  }

  private final Topology topology;
  private final List<Problem> problems = new ArrayList<>();

  private StructureCheck(Topology topology) {
    this.topology = topology;
  }

  /**
   * The structural problems of one element of a transit gateway, a hosted zone or a Resolver
   * endpoint, in {@code topology} (what an edit of that element must not break); empty for the
   * other kinds, which the editor checks its own way.
   */
  public static List<Problem> problemsOf(Topology topology, Element element) {
    StructureCheck check = new StructureCheck(topology);
    check.checkBeyondVpc(element);
    return List.copyOf(check.problems);
  }

  /** Every structural problem of a topology, in element order; empty when it is sound. */
  public static List<Problem> problems(Topology topology) {
    StructureCheck check = new StructureCheck(topology);
    check.run();
    return List.copyOf(check.problems);
  }

  private void run() {
    Map<ElementId, ElementId> tableOfSubnet = new HashMap<>();
    Map<ElementId, ElementId> mainOfVpc = new HashMap<>();
    Map<ElementId, ElementId> aclOfSubnet = new HashMap<>();
    Map<ElementId, ElementId> defaultAclOfVpc = new HashMap<>();
    for (Element element : topology.elements()) {
      checkNotInsideExternal(element);
      if (element instanceof Subnet subnet) {
        checkSubnet(subnet);
      } else if (element instanceof RouteTable table) {
        checkRouteTable(table, tableOfSubnet, mainOfVpc);
      } else if (element instanceof InternetGateway gateway) {
        expect(gateway.id(), gateway.vpcId(), Vpc.class, "is attached to");
      } else if (element instanceof NatGateway nat) {
        expect(nat.id(), nat.subnetId(), Subnet.class, "sits in");
      } else if (element instanceof GatewayEndpoint endpoint) {
        checkGatewayEndpoint(endpoint);
      } else if (element instanceof InterfaceEndpoint endpoint) {
        checkInterfaceEndpoint(endpoint);
      } else if (element instanceof SecurityGroup group) {
        checkSecurityGroup(group);
      } else if (element instanceof NetworkAcl acl) {
        checkNetworkAcl(acl, aclOfSubnet, defaultAclOfVpc);
      } else if (element instanceof Workload workload) {
        checkWorkload(workload);
      } else if (element instanceof PeeringConnection peering) {
        checkPeering(peering);
      } else if (element instanceof VpnGateway vpn) {
        expect(vpn.id(), vpn.vpcId(), Vpc.class, "is attached to");
      } else {
        checkBeyondVpc(element);
      }
    }
  }

  /** Transit gateways, their attachments and route tables, hosted zones and Resolver endpoints. */
  private void checkBeyondVpc(Element element) {
    if (element instanceof TransitGatewayVpcAttachment attachment) {
      checkVpcAttachment(attachment);
    } else if (element instanceof TransitGatewayVpnAttachment vpn) {
      expect(vpn.id(), vpn.transitGatewayId(), TransitGateway.class, "belongs to");
    } else if (element instanceof TransitGatewayPeeringAttachment peering) {
      expect(peering.id(), peering.transitGatewayId(), TransitGateway.class, "belongs to");
      expect(peering.id(), peering.peerTransitGatewayId(), TransitGateway.class, "peers with");
    } else if (element instanceof TransitGatewayRouteTable table) {
      checkTransitRouteTable(table);
    } else if (element instanceof HostedZone zone) {
      zone.vpcIds().forEach(vpc -> expect(zone.id(), vpc, Vpc.class, "is associated with"));
      zone.records().forEach(record -> expect(zone.id(), record.endpointId(), InterfaceEndpoint.class,
          "has the alias record " + record.recordName() + " to"));
    } else if (element instanceof ResolverEndpoint resolver) {
      checkResolverEndpoint(resolver);
    }
  }

  private void checkVpcAttachment(TransitGatewayVpcAttachment attachment) {
    boolean gateway = expect(attachment.id(), attachment.transitGatewayId(), TransitGateway.class, "belongs to");
    if (!expect(attachment.id(), attachment.vpcId(), Vpc.class, "attaches")) {
      return;
    }
    Vpc vpc = topology.require(attachment.vpcId(), Vpc.class);
    if (gateway) {
      TransitGateway tgw = topology.require(attachment.transitGatewayId(), TransitGateway.class);
      if (!tgw.region().equals(vpc.region())) {
        add(attachment.id(), "attaches VPC " + vpc.id() + " of region " + vpc.region() + " to transit gateway " + tgw.id()
            + " of region " + tgw.region() + "; a transit gateway attaches VPCs of its own region (peer the gateways instead)");
      }
      for (TransitGatewayVpcAttachment other : topology.attachmentsOfVpc(vpc.id())) {
        if (!other.id().equals(attachment.id()) && other.transitGatewayId().equals(tgw.id())) {
          add(attachment.id(), "attaches VPC " + vpc.id() + " to transit gateway " + tgw.id() + ", which " + other.id()
              + " already does; a VPC has one attachment per transit gateway (add subnets to it instead)");
          break;
        }
      }
    }
    for (ElementId subnetId : attachment.subnetIds()) {
      if (expect(attachment.id(), subnetId, Subnet.class, "is placed in")) {
        sameVpc(attachment.id(), vpc.id(), topology.require(subnetId, Subnet.class).vpcId(), "subnet " + subnetId);
      }
    }
  }

  private void checkTransitRouteTable(TransitGatewayRouteTable table) {
    if (!expect(table.id(), table.transitGatewayId(), TransitGateway.class, "belongs to")) {
      return;
    }
    ElementId gateway = table.transitGatewayId();
    for (TransitGatewayRouteTable other : topology.transitGatewayRouteTables()) {
      if (other.id().equals(table.id()) || !other.transitGatewayId().equals(gateway)) {
        continue;
      }
      if (table.isDefault() && other.isDefault()) {
        add(table.id(), "is marked default, but " + other.id() + " already is the default route table of transit gateway " + gateway);
      }
      for (ElementId associated : table.associations()) {
        if (other.associations().contains(associated)) {
          add(table.id(), "is associated with attachment " + associated + ", which is already associated with " + other.id()
              + "; an attachment has one route table per transit gateway");
        }
      }
    }
    for (ElementId associated : table.associations()) {
      attachmentOf(table, associated, "is associated with");
    }
    for (ElementId propagated : table.propagations()) {
      TransitGatewayAttachment attachment = attachmentOf(table, propagated, "has a propagation from");
      if (attachment != null && !attachment.propagates()) {
        add(table.id(), "has a propagation from peering attachment " + propagated
            + "; a peering attachment propagates nothing (give the peer's blocks static routes)");
      }
    }
    for (TransitGatewayRoute route : table.routes()) {
      if (!route.blackhole()) {
        attachmentOf(table, route.attachmentId(), "has a route to " + route.destination() + " via");
      }
    }
  }

  /** The attachment a transit gateway route table refers to, when it exists and belongs to the table's gateway. */
  private TransitGatewayAttachment attachmentOf(TransitGatewayRouteTable table, ElementId id, String relation) {
    if (!expect(table.id(), id, TransitGatewayAttachment.class, relation)) {
      return null;
    }
    TransitGatewayAttachment attachment = topology.require(id, TransitGatewayAttachment.class);
    if (!attachment.transitGatewayIds().contains(table.transitGatewayId())) {
      add(table.id(), relation + " " + id + ", an attachment of transit gateway " + attachment.transitGatewayId()
          + ", not of its own transit gateway " + table.transitGatewayId());
      return null;
    }
    return attachment;
  }

  private void checkResolverEndpoint(ResolverEndpoint resolver) {
    if (!expect(resolver.id(), resolver.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    for (ElementId subnetId : resolver.subnetIds()) {
      if (expect(resolver.id(), subnetId, Subnet.class, "is placed in")) {
        sameVpc(resolver.id(), resolver.vpcId(), topology.require(subnetId, Subnet.class).vpcId(), "subnet " + subnetId);
      }
    }
    for (ElementId groupId : resolver.securityGroupIds()) {
      if (expect(resolver.id(), groupId, SecurityGroup.class, "uses")) {
        sameVpc(resolver.id(), resolver.vpcId(), topology.require(groupId, SecurityGroup.class).vpcId(), "security group " + groupId);
      }
    }
  }

  /** An external VPC is only a peer: nothing of the design lives in it but the peering connections that reach it. */
  private void checkNotInsideExternal(Element element) {
    if (element instanceof PeeringConnection || element instanceof Vpc) {
      return;
    }
    for (ElementId owner : element.owners()) {
      topology.find(owner, Vpc.class).filter(Vpc::external).ifPresent(vpc -> add(element.id(), "is in VPC " + vpc.id()
          + ", which is external (another account's or region's, known only as a peer): it can hold nothing of the design"));
    }
  }

  private void checkPeering(PeeringConnection peering) {
    boolean requester = expect(peering.id(), peering.requesterVpcId(), Vpc.class, "peers from");
    boolean accepter = expect(peering.id(), peering.accepterVpcId(), Vpc.class, "peers with");
    if (requester && accepter && topology.require(peering.requesterVpcId(), Vpc.class).external()
        && topology.require(peering.accepterVpcId(), Vpc.class).external()) {
      add(peering.id(), "joins two external VPCs (" + peering.requesterVpcId() + " and " + peering.accepterVpcId()
          + "); a peering connection of the design needs one of its own VPCs");
    }
  }

  private void checkSubnet(Subnet subnet) {
    topology.find(subnet.vpcId(), Vpc.class).ifPresentOrElse(vpc -> {
      if (!subnet.zone().region().equals(vpc.region())) {
        add(subnet.id(), Kind.ZONE_OUTSIDE_REGION,
            "is in Availability Zone " + subnet.zone() + ", which is not in its VPC's region " + vpc.region());
      }
    }, () -> add(subnet.id(), missing(subnet.vpcId(), Vpc.class, "belongs to")));
  }

  private void checkRouteTable(RouteTable table, Map<ElementId, ElementId> tableOfSubnet, Map<ElementId, ElementId> mainOfVpc) {
    if (!expect(table.id(), table.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    if (table.main()) {
      ElementId earlier = mainOfVpc.putIfAbsent(table.vpcId(), table.id());
      if (earlier != null) {
        add(table.id(), "is marked main, but " + earlier + " already is the main route table of VPC " + table.vpcId());
      }
    }
    for (ElementId subnetId : table.subnetIds()) {
      if (!expect(table.id(), subnetId, Subnet.class, "is associated with")) {
        continue;
      }
      Subnet subnet = topology.require(subnetId, Subnet.class);
      if (!subnet.vpcId().equals(table.vpcId())) {
        add(table.id(), "is associated with subnet " + subnetId + " of another VPC (" + subnet.vpcId() + ")");
      }
      ElementId earlier = tableOfSubnet.putIfAbsent(subnetId, table.id());
      if (earlier != null) {
        add(table.id(), "is associated with subnet " + subnetId + ", which is already associated with " + earlier);
      }
    }
    for (Route route : table.routes()) {
      if (!topology.contains(route.target())) {
        add(table.id(), Kind.ROUTE_TARGET_MISSING,
            "has a route to " + route.destination().text() + " via " + route.target() + ", which does not exist");
      }
    }
  }

  private void checkNetworkAcl(NetworkAcl acl, Map<ElementId, ElementId> aclOfSubnet, Map<ElementId, ElementId> defaultOfVpc) {
    if (!expect(acl.id(), acl.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    if (acl.isDefault()) {
      ElementId earlier = defaultOfVpc.putIfAbsent(acl.vpcId(), acl.id());
      if (earlier != null) {
        add(acl.id(), "is marked default, but " + earlier + " already is the default network ACL of VPC " + acl.vpcId());
      }
    }
    for (ElementId subnetId : acl.subnetIds()) {
      if (!expect(acl.id(), subnetId, Subnet.class, "is associated with")) {
        continue;
      }
      sameVpc(acl.id(), acl.vpcId(), topology.require(subnetId, Subnet.class).vpcId(), "subnet " + subnetId);
      ElementId earlier = aclOfSubnet.putIfAbsent(subnetId, acl.id());
      if (earlier != null) {
        add(acl.id(), "is associated with subnet " + subnetId + ", which is already associated with network ACL " + earlier);
      }
    }
  }

  private void checkWorkload(Workload workload) {
    if (!expect(workload.id(), workload.subnetId(), Subnet.class, "sits in")) {
      return;
    }
    Subnet subnet = topology.require(workload.subnetId(), Subnet.class);
    if (workload.privateIp() != null && !subnet.cidr().contains(workload.privateIp().value())) {
      add(workload.id(), "has the private address " + workload.privateIp() + ", which is outside its subnet " + subnet.id()
          + " (" + subnet.cidr() + ")");
    }
    for (ElementId groupId : workload.securityGroupIds()) {
      if (expect(workload.id(), groupId, SecurityGroup.class, "uses")) {
        sameVpc(workload.id(), subnet.vpcId(), topology.require(groupId, SecurityGroup.class).vpcId(), "security group " + groupId);
      }
    }
  }

  private void checkGatewayEndpoint(GatewayEndpoint endpoint) {
    if (!expect(endpoint.id(), endpoint.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    for (ElementId tableId : endpoint.routeTableIds()) {
      if (expect(endpoint.id(), tableId, RouteTable.class, "is attached to")) {
        sameVpc(endpoint.id(), endpoint.vpcId(), topology.require(tableId, RouteTable.class).vpcId(), "route table " + tableId);
      }
    }
  }

  private void checkInterfaceEndpoint(InterfaceEndpoint endpoint) {
    if (!expect(endpoint.id(), endpoint.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    for (ElementId subnetId : endpoint.subnetIds()) {
      if (expect(endpoint.id(), subnetId, Subnet.class, "is placed in")) {
        sameVpc(endpoint.id(), endpoint.vpcId(), topology.require(subnetId, Subnet.class).vpcId(), "subnet " + subnetId);
      }
    }
    for (ElementId groupId : endpoint.securityGroupIds()) {
      if (expect(endpoint.id(), groupId, SecurityGroup.class, "uses")) {
        sameVpc(endpoint.id(), endpoint.vpcId(), topology.require(groupId, SecurityGroup.class).vpcId(), "security group " + groupId);
      }
    }
  }

  private void checkSecurityGroup(SecurityGroup group) {
    if (!expect(group.id(), group.vpcId(), Vpc.class, "belongs to")) {
      return;
    }
    Set<ElementId> refs = group.references();
    for (ElementId ref : refs) {
      if (!ref.equals(group.vpcId())) {
        expect(group.id(), ref, SecurityGroup.class, "has a rule for");
      }
    }
  }

  private void sameVpc(ElementId element, ElementId vpc, ElementId otherVpc, String what) {
    if (!vpc.equals(otherVpc)) {
      add(element, "belongs to VPC " + vpc + " but uses " + what + " of VPC " + otherVpc);
    }
  }

  private boolean expect(ElementId from, ElementId target, Class<? extends Element> type, String relation) {
    if (topology.find(target, type).isPresent()) {
      return true;
    }
    add(from, missing(target, type, relation));
    return false;
  }

  private String missing(ElementId target, Class<? extends Element> type, String relation) {
    String wanted = kindLabel(type);
    return topology.find(target)
        .map(found -> relation + " " + target + ", which is a " + found.kind().label().toLowerCase() + ", not " + withArticle(wanted))
        .orElse(relation + " " + wanted + " " + target + ", which does not exist");
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String kindLabel(Class<? extends Element> type) {
    if (type == Vpc.class) {
      return "VPC";
    }
    if (type == Subnet.class) {
      return "subnet";
    }
    if (type == RouteTable.class) {
      return "route table";
    }
    if (type == SecurityGroup.class) {
      return "security group";
    }
    if (type == TransitGateway.class) {
      return "transit gateway";
    }
    if (type == TransitGatewayAttachment.class) {
      return "transit gateway attachment";
    }
    if (type == InterfaceEndpoint.class) {
      return "interface endpoint";
    }
    return type.getSimpleName();
  }

  private void add(ElementId element, String message) {
    add(element, Kind.OTHER, message);
  }

  private void add(ElementId element, Kind kind, String message) {
    problems.add(new Problem(element, kind, message));
  }
}
