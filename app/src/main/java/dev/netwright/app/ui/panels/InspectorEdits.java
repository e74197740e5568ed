package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes the inspector makes to a design, each one command and so one undo step. A change
 * the design's rules refuse throws {@link NetwrightException} with the reason, and nothing is
 * applied; the field that asked for it shows that reason.
 */
final class InspectorEdits {
  private final DesignSession session;

  InspectorEdits(DesignSession session) {
    this.session = session;
  }

  Topology topology() {
    return session.document().topology();
  }

  Document document() {
    return session.document();
  }

  void rename(ElementId id, String name) {
    Element element = topology().find(id).orElseThrow(() -> new NetwrightException("there is no element " + id));
    replace("Rename " + element.label(), element.withName(Element.checkName(name.trim())));
  }

  void setVpcCidrBlocks(ElementId vpcId, List<Cidr> blocks) {
    Vpc vpc = topology().require(vpcId, Vpc.class);
    replace("Change CIDR blocks of " + vpc.label(), vpc.withCidrBlocks(blocks));
  }

  void setVpcDns(ElementId vpcId, boolean support, boolean hostnames) {
    Vpc vpc = topology().require(vpcId, Vpc.class);
    replace("Change DNS settings of " + vpc.label(), vpc.withDns(support, hostnames));
  }

  void setSubnetCidr(ElementId subnetId, Cidr cidr) {
    Subnet subnet = topology().require(subnetId, Subnet.class);
    replace("Change CIDR of " + subnet.label(), subnet.withCidr(cidr));
  }

  void setSubnetZone(ElementId subnetId, AvailabilityZone zone) {
    Subnet subnet = topology().require(subnetId, Subnet.class);
    replace("Move " + subnet.label() + " to " + zone, subnet.withZone(zone));
  }

  void setEndpointService(ElementId endpointId, String service) {
    Element endpoint = topology().find(endpointId).orElseThrow(() -> new NetwrightException("there is no element " + endpointId));
    if (endpoint instanceof GatewayEndpoint gateway) {
      replace("Change service of " + gateway.label(), gateway.withService(service));
    } else if (endpoint instanceof InterfaceEndpoint iface) {
      replace("Change service of " + iface.label(), iface.withService(service));
    } else {
      throw new NetwrightException(endpoint.label() + " is not an endpoint");
    }
  }

  void setPrivateDns(ElementId endpointId, boolean enabled) {
    InterfaceEndpoint endpoint = topology().require(endpointId, InterfaceEndpoint.class);
    replace((enabled ? "Enable" : "Disable") + " private DNS of " + endpoint.label(), endpoint.withPrivateDns(enabled));
  }

  void addRoute(ElementId tableId, Route route) {
    RouteTable table = topology().require(tableId, RouteTable.class);
    List<Route> routes = new ArrayList<>(table.routes());
    routes.add(route);
    replace("Add route " + route.destination().text() + " to " + table.label(), table.withRoutes(routes));
  }

  void removeRoute(ElementId tableId, Route route) {
    RouteTable table = topology().require(tableId, RouteTable.class);
    List<Route> routes = new ArrayList<>(table.routes());
    routes.remove(route);
    replace("Remove route " + route.destination().text() + " from " + table.label(), table.withRoutes(routes));
  }

  void addRule(ElementId groupId, boolean ingress, SecurityRule rule) {
    SecurityGroup group = topology().require(groupId, SecurityGroup.class);
    List<SecurityRule> in = new ArrayList<>(group.ingress());
    List<SecurityRule> out = new ArrayList<>(group.egress());
    (ingress ? in : out).add(rule);
    replace("Add " + (ingress ? "inbound" : "outbound") + " rule to " + group.label(), group.withRules(in, out));
  }

  void removeRule(ElementId groupId, boolean ingress, SecurityRule rule) {
    SecurityGroup group = topology().require(groupId, SecurityGroup.class);
    List<SecurityRule> in = new ArrayList<>(group.ingress());
    List<SecurityRule> out = new ArrayList<>(group.egress());
    (ingress ? in : out).remove(rule);
    replace("Remove " + (ingress ? "inbound" : "outbound") + " rule from " + group.label(), group.withRules(in, out));
  }

  void setSecurityGroupDescription(ElementId groupId, String description) {
    SecurityGroup group = topology().require(groupId, SecurityGroup.class);
    replace("Change description of " + group.label(), group.withDescription(description));
  }

  void setNatConnectivity(ElementId natId, boolean isPublic, String elasticIp) {
    NatGateway nat = topology().require(natId, NatGateway.class);
    replace("Change connectivity of " + nat.label(), nat.withConnectivity(isPublic, elasticIp));
  }

  void setOnPremisesCidrs(ElementId vpnId, List<Cidr> cidrs) {
    VpnGateway vpn = topology().require(vpnId, VpnGateway.class);
    replace("Change on-premises networks of " + vpn.label(), vpn.withOnPremisesCidrs(cidrs));
  }

  void setDocumentInfo(String name, String description, Region region) {
    Document now = session.document();
    session.apply("Edit design info", now.withInfo(name, description, region));
  }

  /** Puts {@code changed} in place of the element of the same id, as one step named {@code description}. */
  private void replace(String description, Element changed) {
    Topology next = topology().with(changed);
    List<StructureCheck.Problem> problems = StructureCheck.problems(next).stream()
        .filter(problem -> problem.element().equals(changed.id()))
        .toList();
    if (!problems.isEmpty()) {
      throw new NetwrightException(changed.label() + " " + problems.get(0).message());
    }
    session.apply(description, session.document().withTopology(next));
  }
}
