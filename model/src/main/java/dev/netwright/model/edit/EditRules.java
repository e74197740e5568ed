package dev.netwright.model.edit;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structure an edit must keep (docs/decisions.md, "Structure is enforced, networking is
 * checked"), checked on the elements the edit touched, in the design the edit would make. Only
 * the touched elements are looked at, so an edit of a large design stays cheap. The first broken
 * rule refuses the edit.
 *
 * <p>Refused: a reference to a missing element or one of the wrong kind, a subnet whose block lies
 * outside its VPC's blocks or whose zone is outside its VPC's region, a route table, endpoint or
 * association across VPCs, a subnet on two route tables, two main tables in a VPC. Left to the
 * checks, which report findings, because a design in progress may be wrong: block sizes and
 * overlaps, a second internet or VPN gateway, an endpoint's service or region, two endpoint
 * subnets in one zone, routes to another VPC's gateways, duplicate or reserved destinations.
 */
final class EditRules {
  private final Topology before;
  private final Topology topology;

  private EditRules(Topology before, Topology after) {
    this.before = before;
    this.topology = after;
  }

  /**
   * Refuses, with the first broken rule, unless every touched element still in {@code after}
   * keeps the rules. {@code before} (which kept them) spares the checks that look across the
   * whole design when the touched element did not change what they are about.
   */
  static void check(Topology before, Topology after, Collection<ElementId> touched) {
    EditRules rules = new EditRules(before, after);
    for (ElementId id : touched) {
      after.find(id).ifPresent(rules::check);
    }
  }

  private void check(Element element) {
    if (element instanceof Subnet subnet) {
      subnet(subnet);
    } else if (element instanceof RouteTable table) {
      routeTable(table);
    } else if (element instanceof InternetGateway gateway) {
      owner(gateway, gateway.vpcId(), Vpc.class);
    } else if (element instanceof NatGateway nat) {
      owner(nat, nat.subnetId(), Subnet.class);
    } else if (element instanceof GatewayEndpoint endpoint) {
      gatewayEndpoint(endpoint);
    } else if (element instanceof InterfaceEndpoint endpoint) {
      interfaceEndpoint(endpoint);
    } else if (element instanceof SecurityGroup group) {
      securityGroup(group);
    } else if (element instanceof PeeringConnection peering) {
      owner(peering, peering.requesterVpcId(), Vpc.class);
      owner(peering, peering.accepterVpcId(), Vpc.class);
    } else if (element instanceof VpnGateway vpn) {
      owner(vpn, vpn.vpcId(), Vpc.class);
    } else if (element instanceof NetworkAcl acl) {
      networkAcl(acl);
    } else if (element instanceof Workload workload) {
      workload(workload);
    } else {
      beyondVpc(element);
    }
  }

  /** Transit gateways and their parts, hosted zones and Resolver endpoints: the structure check's first problem refuses. */
  private void beyondVpc(Element element) {
    List<StructureCheck.Problem> problems = StructureCheck.problemsOf(topology, element);
    if (!problems.isEmpty()) {
      throw refused(Labels.of(element) + " " + problems.get(0).message());
    }
  }

  private void subnet(Subnet subnet) {
    Vpc vpc = owner(subnet, subnet.vpcId(), Vpc.class);
    if (vpc.cidrBlocks().stream().noneMatch(block -> block.contains(subnet.cidr()))) {
      throw refused(Labels.of(subnet) + "'s block " + subnet.cidr() + " lies outside " + Labels.of(vpc) + "'s "
          + (vpc.cidrBlocks().size() == 1 ? "block " : "blocks ") + join(vpc.cidrBlocks()));
    }
    if (!subnet.zone().region().equals(vpc.region())) {
      throw refused(Labels.of(subnet) + " is in Availability Zone " + subnet.zone() + ", which is not in "
          + Labels.of(vpc) + "'s region " + vpc.region());
    }
  }

  private void routeTable(RouteTable table) {
    Vpc vpc = owner(table, table.vpcId(), Vpc.class);
    RouteTable old = before.find(table.id(), RouteTable.class).orElse(null);
    if (table.main() && (old == null || !old.main())) {
      for (RouteTable other : topology.routeTables()) {
        if (other.main() && other.vpcId().equals(vpc.id()) && !other.id().equals(table.id())) {
          throw refused(Labels.of(vpc) + " already has a main route table, " + other.label()
              + "; make " + Labels.of(table) + " main instead, which unsets the other");
        }
      }
    }
    for (ElementId subnetId : table.subnetIds()) {
      Subnet subnet = related(table, subnetId, Subnet.class, "is associated with");
      sameVpc(table, table.vpcId(), subnet, subnet.vpcId());
    }
    if (!table.subnetIds().isEmpty() && (old == null || !old.subnetIds().containsAll(table.subnetIds()))) {
      Set<ElementId> mine = Set.copyOf(table.subnetIds());
      for (RouteTable other : topology.routeTables()) {
        if (!other.id().equals(table.id())) {
          for (ElementId subnetId : other.subnetIds()) {
            if (mine.contains(subnetId)) {
              throw refused(Labels.of(topology, subnetId) + " is already associated with " + Labels.of(other)
                  + "; a subnet has one route table");
            }
          }
        }
      }
    }
    for (Route route : table.routes()) {
      RouteTargets.check(topology, table, route);
    }
  }

  private void gatewayEndpoint(GatewayEndpoint endpoint) {
    owner(endpoint, endpoint.vpcId(), Vpc.class);
    for (ElementId tableId : endpoint.routeTableIds()) {
      RouteTable table = related(endpoint, tableId, RouteTable.class, "is attached to");
      sameVpc(endpoint, endpoint.vpcId(), table, table.vpcId());
    }
  }

  private void interfaceEndpoint(InterfaceEndpoint endpoint) {
    owner(endpoint, endpoint.vpcId(), Vpc.class);
    for (ElementId subnetId : endpoint.subnetIds()) {
      Subnet subnet = related(endpoint, subnetId, Subnet.class, "is placed in");
      sameVpc(endpoint, endpoint.vpcId(), subnet, subnet.vpcId());
    }
    for (ElementId groupId : endpoint.securityGroupIds()) {
      SecurityGroup group = related(endpoint, groupId, SecurityGroup.class, "uses");
      sameVpc(endpoint, endpoint.vpcId(), group, group.vpcId());
    }
  }

  private void securityGroup(SecurityGroup group) {
    owner(group, group.vpcId(), Vpc.class);
    List<SecurityRule> rules = new ArrayList<>(group.ingress());
    rules.addAll(group.egress());
    for (SecurityRule rule : rules) {
      if (rule.peer() instanceof RulePeer.GroupPeer peer) {
        related(group, peer.groupId(), SecurityGroup.class, "has a rule for");
      }
    }
  }

  private void networkAcl(NetworkAcl acl) {
    Vpc vpc = owner(acl, acl.vpcId(), Vpc.class);
    NetworkAcl old = before.find(acl.id(), NetworkAcl.class).orElse(null);
    if (acl.isDefault() && (old == null || !old.isDefault())) {
      topology.defaultNetworkAcl(vpc.id()).filter(other -> !other.id().equals(acl.id())).ifPresent(other -> {
        throw refused(Labels.of(vpc) + " already has a default network ACL, " + other.label());
      });
    }
    for (ElementId subnetId : acl.subnetIds()) {
      Subnet subnet = related(acl, subnetId, Subnet.class, "is associated with");
      sameVpc(acl, acl.vpcId(), subnet, subnet.vpcId());
    }
    if (!acl.subnetIds().isEmpty() && (old == null || !old.subnetIds().containsAll(acl.subnetIds()))) {
      Set<ElementId> mine = Set.copyOf(acl.subnetIds());
      for (NetworkAcl other : topology.networkAcls()) {
        for (ElementId subnetId : other.subnetIds()) {
          if (!other.id().equals(acl.id()) && mine.contains(subnetId)) {
            throw refused(Labels.of(topology, subnetId) + " is already associated with " + Labels.of(other)
                + "; a subnet has one network ACL");
          }
        }
      }
    }
  }

  private void workload(Workload workload) {
    Subnet subnet = owner(workload, workload.subnetId(), Subnet.class);
    if (workload.privateIp() != null && !subnet.cidr().contains(workload.privateIp().value())) {
      throw refused(Labels.of(workload) + "'s address " + workload.privateIp() + " lies outside " + Labels.of(subnet) + " ("
          + subnet.cidr() + ")");
    }
    for (ElementId groupId : workload.securityGroupIds()) {
      SecurityGroup group = related(workload, groupId, SecurityGroup.class, "uses");
      sameVpc(workload, subnet.vpcId(), group, group.vpcId());
    }
  }

  private void sameVpc(Element element, ElementId vpcId, Element other, ElementId otherVpcId) {
    if (!vpcId.equals(otherVpcId)) {
      throw refused(Labels.of(element) + " is in " + Labels.of(topology, vpcId) + ", " + Labels.of(other) + " is in "
          + Labels.of(topology, otherVpcId));
    }
  }

  private <T extends Element> T owner(Element element, ElementId ownerId, Class<T> type) {
    return related(element, ownerId, type, element instanceof Subnet || element instanceof RouteTable
        || element instanceof SecurityGroup || element instanceof GatewayEndpoint || element instanceof InterfaceEndpoint
        || element instanceof NetworkAcl ? "belongs to" : element instanceof NatGateway || element instanceof Workload ? "sits in"
        : "is attached to");
  }

  /** The element {@code element} refers to, refusing when it is missing or of another kind. */
  private <T extends Element> T related(Element element, ElementId id, Class<T> type, String relation) {
    Element found = topology.find(id).orElse(null);
    if (type.isInstance(found)) {
      return type.cast(found);
    }
    String wanted = Labels.kind(type);
    if (found == null) {
      throw refused(Labels.of(element) + " " + relation + " " + wanted + " " + id + ", which is not in the design");
    }
    throw refused(Labels.of(element) + " " + relation + " " + Labels.of(found) + ", which is not " + Labels.withArticle(wanted));
  }

  static String join(Collection<Cidr> blocks) {
    return blocks.stream().map(Cidr::toString).collect(Collectors.joining(", "));
  }

  static EditRefusedException refused(String message) {
    return new EditRefusedException(message);
  }
}
