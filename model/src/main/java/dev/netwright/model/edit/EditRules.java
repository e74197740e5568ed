package dev.netwright.model.edit;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules AWS enforces on the structure of a design, checked on the elements an edit touched,
 * in the design the edit would make. Only the touched elements are looked at, so an edit of a
 * large design stays cheap. The first broken rule refuses the edit; what a design may have but
 * should not (overlapping subnets, a duplicate route, a NAT gateway in a private subnet) is left
 * to the checks, which report it as a finding.
 */
final class EditRules {
  /** AWS allows VPC and subnet blocks from /16 to /28. */
  static final int WIDEST_PREFIX = 16;
  static final int NARROWEST_PREFIX = 28;

  private static final Set<String> GATEWAY_SERVICES = Set.of("s3", "dynamodb");

  private final Topology topology;
  private Map<ElementId, List<RouteTable>> tablesOfSubnet;

  private EditRules(Topology topology) {
    this.topology = topology;
  }

  /** Refuses, with the first broken rule, unless every touched element still in {@code after} keeps the rules. */
  static void check(Topology after, Collection<ElementId> touched) {
    EditRules rules = new EditRules(after);
    for (ElementId id : touched) {
      after.find(id).ifPresent(rules::check);
    }
  }

  private void check(Element element) {
    if (element instanceof Vpc vpc) {
      vpc(vpc);
    } else if (element instanceof Subnet subnet) {
      subnet(subnet);
    } else if (element instanceof RouteTable table) {
      routeTable(table);
    } else if (element instanceof InternetGateway gateway) {
      onePerVpc(gateway, owner(gateway, gateway.vpcId(), Vpc.class), topology.internetGateways());
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
      onePerVpc(vpn, owner(vpn, vpn.vpcId(), Vpc.class), topology.vpnGateways());
    }
  }

  private void vpc(Vpc vpc) {
    List<Cidr> blocks = vpc.cidrBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      checkSize(Labels.of(vpc) + "'s block " + blocks.get(i), blocks.get(i), "VPC block");
      for (int j = 0; j < i; j++) {
        if (blocks.get(i).overlaps(blocks.get(j))) {
          throw refused(Labels.of(vpc) + "'s blocks " + blocks.get(j) + " and " + blocks.get(i) + " overlap");
        }
      }
    }
  }

  private void subnet(Subnet subnet) {
    Vpc vpc = owner(subnet, subnet.vpcId(), Vpc.class);
    checkSize(Labels.of(subnet) + "'s block " + subnet.cidr(), subnet.cidr(), "subnet");
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
    if (table.main()) {
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
      for (RouteTable other : tablesOf(subnetId)) {
        if (!other.id().equals(table.id())) {
          throw refused(Labels.of(subnet) + " is already associated with " + Labels.of(other)
              + "; a subnet has one route table");
        }
      }
    }
    for (Route route : table.routes()) {
      RouteTargets.check(topology, table, route);
    }
  }

  private void gatewayEndpoint(GatewayEndpoint endpoint) {
    Vpc vpc = owner(endpoint, endpoint.vpcId(), Vpc.class);
    String service = ServiceName.shortName(endpoint.service());
    if (!GATEWAY_SERVICES.contains(service)) {
      throw refused("gateway endpoints exist only for S3 and DynamoDB, not for " + service
          + "; use an interface endpoint for it");
    }
    ServiceName.regionOf(endpoint.service()).filter(region -> !region.equals(vpc.region())).ifPresent(region -> {
      throw refused(Labels.of(endpoint) + " is for " + endpoint.service() + " but " + Labels.of(vpc) + " is in "
          + vpc.region() + "; a gateway endpoint reaches its own region's service only");
    });
    for (ElementId tableId : endpoint.routeTableIds()) {
      RouteTable table = related(endpoint, tableId, RouteTable.class, "is attached to");
      sameVpc(endpoint, endpoint.vpcId(), table, table.vpcId());
      for (GatewayEndpoint other : topology.gatewayEndpoints()) {
        if (!other.id().equals(endpoint.id()) && other.routeTableIds().contains(tableId)
            && ServiceName.shortName(other.service()).equals(service)) {
          throw refused(Labels.of(table) + " already has " + Labels.of(other) + " for " + service
              + "; a route table takes one endpoint per service");
        }
      }
    }
  }

  private void interfaceEndpoint(InterfaceEndpoint endpoint) {
    owner(endpoint, endpoint.vpcId(), Vpc.class);
    Map<Object, Subnet> subnetOfZone = new HashMap<>();
    for (ElementId subnetId : endpoint.subnetIds()) {
      Subnet subnet = related(endpoint, subnetId, Subnet.class, "is placed in");
      sameVpc(endpoint, endpoint.vpcId(), subnet, subnet.vpcId());
      Subnet earlier = subnetOfZone.putIfAbsent(subnet.zone(), subnet);
      if (earlier != null) {
        throw refused(Labels.of(endpoint) + " already has a subnet in " + subnet.zone() + " (" + earlier.label()
            + "); an interface endpoint takes at most one subnet per Availability Zone");
      }
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

  private <T extends Element> void onePerVpc(T element, Vpc vpc, List<? extends Element> all) {
    for (Element other : all) {
      if (!other.id().equals(element.id()) && other.owners().contains(vpc.id())) {
        throw refused(Labels.of(vpc) + " already has " + Labels.of(other) + "; a VPC takes at most one "
            + Labels.kind(element.kind()));
      }
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
        ? "belongs to" : element instanceof NatGateway ? "sits in" : "is attached to");
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

  private List<RouteTable> tablesOf(ElementId subnetId) {
    if (tablesOfSubnet == null) {
      tablesOfSubnet = new HashMap<>();
      for (RouteTable table : topology.routeTables()) {
        for (ElementId subnet : table.subnetIds()) {
          tablesOfSubnet.computeIfAbsent(subnet, key -> new ArrayList<>()).add(table);
        }
      }
    }
    return tablesOfSubnet.getOrDefault(subnetId, List.of());
  }

  private static void checkSize(String what, Cidr cidr, String kind) {
    if (cidr.prefixLength() < WIDEST_PREFIX) {
      throw refused(what + " is larger than /" + WIDEST_PREFIX + ", the largest " + kind + " AWS allows");
    }
    if (cidr.prefixLength() > NARROWEST_PREFIX) {
      throw refused(what + " is smaller than /" + NARROWEST_PREFIX + ", the smallest " + kind + " AWS allows");
    }
  }

  static String join(Collection<Cidr> blocks) {
    return blocks.stream().map(Cidr::toString).collect(Collectors.joining(", "));
  }

  static EditRefusedException refused(String message) {
    return new EditRefusedException(message);
  }
}
