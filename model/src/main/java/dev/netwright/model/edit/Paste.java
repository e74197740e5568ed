package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies of clipboard elements under fresh ids: references inside the copied set follow the
 * copies, references outside it keep pointing at the originals. What would make a second claim
 * on something outside the set is dropped: a copied table's associations with subnets that were
 * not copied (a subnet has one table), a copied endpoint's route tables that were not copied (a
 * table takes one endpoint per service), and the main flag of a table whose VPC was not copied.
 * An element copied along with one owner but whose other owner is missing from the target design
 * (a peering pasted into another design) is left out, with the references to it.
 */
final class Paste {
  /** The copies and where they are drawn. */
  record Result(List<Element> elements, Map<ElementId, Bounds> bounds) {
  }

  private final Map<ElementId, ElementId> newIds = new HashMap<>();

  private Paste() {
  }

  static Result of(Topology topology, Clipboard clipboard, double dx, double dy) {
    Paste paste = new Paste();
    Set<ElementId> copied = clipboard.elements().stream().map(Element::id).collect(Collectors.toSet());
    Set<ElementId> leftOut = new HashSet<>();
    for (Element element : clipboard.elements()) {
      boolean someOwnerCopied = element.owners().stream().anyMatch(copied::contains);
      boolean ownerMissing = element.owners().stream().anyMatch(owner -> !copied.contains(owner) && !topology.contains(owner));
      if (someOwnerCopied && ownerMissing) {
        leftOut.add(element.id());
      }
    }
    ElementIds ids = ElementIds.of(topology);
    for (Element element : clipboard.elements()) {
      if (!leftOut.contains(element.id())) {
        paste.newIds.put(element.id(), ids.next(element.kind()));
      }
    }
    List<Element> copies = new ArrayList<>();
    for (Element element : clipboard.elements()) {
      if (!leftOut.contains(element.id())) {
        Element kept = element;
        for (ElementId gone : leftOut) {
          kept = kept.withoutReference(gone);
        }
        copies.add(paste.copy(kept));
      }
    }
    Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    clipboard.bounds().forEach((id, box) -> {
      if (paste.newIds.containsKey(id)) {
        bounds.put(paste.newIds.get(id), box.movedBy(dx, dy));
      }
    });
    return new Result(copies, bounds);
  }

  private ElementId map(ElementId id) {
    return newIds.getOrDefault(id, id);
  }

  private boolean copied(ElementId id) {
    return newIds.containsKey(id);
  }

  private List<ElementId> mapCopied(List<ElementId> ids) {
    return ids.stream().filter(this::copied).map(this::map).toList();
  }

  private Element copy(Element element) {
    ElementId id = map(element.id());
    if (element instanceof Vpc vpc) {
      return new Vpc(id, vpc.name(), vpc.cidrBlocks(), vpc.dnsSupport(), vpc.dnsHostnames(), vpc.region(), vpc.accountId(), false);
    }
    if (element instanceof Subnet subnet) {
      return new Subnet(id, subnet.name(), map(subnet.vpcId()), subnet.cidr(), subnet.zone());
    }
    if (element instanceof RouteTable table) {
      List<Route> routes = table.routes().stream().map(route -> new Route(route.destination(), map(route.target()))).toList();
      return new RouteTable(id, table.name(), map(table.vpcId()), table.main() && copied(table.vpcId()), routes,
          mapCopied(table.subnetIds()));
    }
    if (element instanceof InternetGateway gateway) {
      return new InternetGateway(id, gateway.name(), map(gateway.vpcId()));
    }
    if (element instanceof NatGateway nat) {
      return new NatGateway(id, nat.name(), map(nat.subnetId()), nat.publicConnectivity(), nat.elasticIp());
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return new GatewayEndpoint(id, endpoint.name(), map(endpoint.vpcId()), endpoint.service(),
          mapCopied(endpoint.routeTableIds()), endpoint.policy());
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return new InterfaceEndpoint(id, endpoint.name(), map(endpoint.vpcId()), endpoint.service(),
          endpoint.subnetIds().stream().map(this::map).toList(), endpoint.securityGroupIds().stream().map(this::map).toList(),
          endpoint.privateDns(), endpoint.policy());
    }
    if (element instanceof SecurityGroup group) {
      return new SecurityGroup(id, group.name(), map(group.vpcId()), group.description(), rules(group.ingress()),
          rules(group.egress()));
    }
    if (element instanceof PeeringConnection peering) {
      return new PeeringConnection(id, peering.name(), map(peering.requesterVpcId()), map(peering.accepterVpcId()));
    }
    if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
      return new dev.netwright.model.topology.NetworkAcl(id, acl.name(), map(acl.vpcId()), acl.isDefault() && copied(acl.vpcId()),
          acl.inbound(), acl.outbound(), mapCopied(acl.subnetIds()));
    }
    if (element instanceof dev.netwright.model.topology.Workload workload) {
      return new dev.netwright.model.topology.Workload(id, workload.name(), workload.type(), map(workload.subnetId()),
          workload.privateIp(), workload.publicIp(), workload.securityGroupIds().stream().map(this::map).toList());
    }
    if (element instanceof VpnGateway vpn) {
      return new VpnGateway(id, vpn.name(), map(vpn.vpcId()), vpn.onPremisesCidrs());
    }
    OpaqueResource resource = (OpaqueResource) element;
    return new OpaqueResource(id, resource.name(), resource.resourceType(), resource.definition());
  }

  private List<SecurityRule> rules(List<SecurityRule> rules) {
    return rules.stream().map(rule -> rule.peer() instanceof RulePeer.GroupPeer group
        ? new SecurityRule(rule.protocol(), rule.ports(), new RulePeer.GroupPeer(map(group.groupId())), rule.description())
        : rule).toList();
  }
}
