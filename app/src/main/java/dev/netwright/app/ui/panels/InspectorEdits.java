package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.Command;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

  /** The design's editor, for the forms whose every change is one of its commands (transit gateways, hosted zones). */
  DesignEditor editor() {
    return session.editor();
  }

  /** Selects one element (a workload, an ACL, or a transit gateway's route table, which is listed on its gateway rather than drawn). */
  void select(ElementId id) {
    session.select(List.of(id));
  }

  void rename(ElementId id, String name) {
    Element element = topology().find(id).orElseThrow(() -> new NetwrightException("there is no element " + id));
    update(element.withName(Element.checkName(name.trim())));
  }

  void setVpcCidrBlocks(ElementId vpcId, List<Cidr> blocks) {
    update(topology().require(vpcId, Vpc.class).withCidrBlocks(blocks));
  }

  void setVpcDns(ElementId vpcId, boolean support, boolean hostnames) {
    update(topology().require(vpcId, Vpc.class).withDns(support, hostnames));
  }

  void setSubnetCidr(ElementId subnetId, Cidr cidr) {
    update(topology().require(subnetId, Subnet.class).withCidr(cidr));
  }

  void setSubnetZone(ElementId subnetId, AvailabilityZone zone) {
    if (!topology().require(subnetId, Subnet.class).zone().equals(zone)) {
      // the new zone and the box in that zone's column, one undo step
      run(editor -> editor.rezone(subnetId, zone));
    }
  }

  void setEndpointService(ElementId endpointId, String service) {
    Element endpoint = topology().find(endpointId).orElseThrow(() -> new NetwrightException("there is no element " + endpointId));
    if (endpoint instanceof GatewayEndpoint gateway) {
      update(gateway.withService(service));
    } else if (endpoint instanceof InterfaceEndpoint iface) {
      update(iface.withService(service));
    } else {
      throw new NetwrightException(endpoint.label() + " is not an endpoint");
    }
  }

  void setPrivateDns(ElementId endpointId, boolean enabled) {
    update(topology().require(endpointId, InterfaceEndpoint.class).withPrivateDns(enabled));
  }

  void addRoute(ElementId tableId, Route route) {
    run(editor -> editor.addRoute(tableId, route));
  }

  void removeRoute(ElementId tableId, Route route) {
    run(editor -> editor.removeRoute(tableId, route));
  }

  void addRule(ElementId groupId, boolean ingress, SecurityRule rule) {
    SecurityGroup group = topology().require(groupId, SecurityGroup.class);
    List<SecurityRule> in = new ArrayList<>(group.ingress());
    List<SecurityRule> out = new ArrayList<>(group.egress());
    List<SecurityRule> changed = ingress ? in : out;
    if (changed.contains(rule)) {
      throw new NetwrightException(group.label() + " already has the rule " + rule);
    }
    changed.add(rule);
    update(group.withRules(in, out));
  }

  void removeRule(ElementId groupId, boolean ingress, SecurityRule rule) {
    SecurityGroup group = topology().require(groupId, SecurityGroup.class);
    List<SecurityRule> in = new ArrayList<>(group.ingress());
    List<SecurityRule> out = new ArrayList<>(group.egress());
    (ingress ? in : out).remove(rule);
    update(group.withRules(in, out));
  }

  void setSecurityGroupDescription(ElementId groupId, String description) {
    update(topology().require(groupId, SecurityGroup.class).withDescription(description));
  }

  void setNatConnectivity(ElementId natId, boolean isPublic, String elasticIp) {
    update(topology().require(natId, NatGateway.class).withConnectivity(isPublic, elasticIp));
  }

  void setOnPremisesCidrs(ElementId vpnId, List<Cidr> cidrs) {
    update(topology().require(vpnId, VpnGateway.class).withOnPremisesCidrs(cidrs));
  }

  void setGatewayEndpointTable(ElementId endpointId, ElementId tableId, boolean attached) {
    run(editor -> attached ? editor.attach(endpointId, tableId) : editor.detach(endpointId, tableId));
  }

  void setInterfaceEndpointSubnet(ElementId endpointId, ElementId subnetId, boolean placed) {
    run(editor -> placed ? editor.addEndpointSubnet(endpointId, subnetId) : editor.removeEndpointSubnet(endpointId, subnetId));
  }

  void setInterfaceEndpointGroup(ElementId endpointId, ElementId groupId, boolean member) {
    run(editor -> member ? editor.addEndpointSecurityGroup(endpointId, groupId)
        : editor.removeEndpointSecurityGroup(endpointId, groupId));
  }

  void setSubnetAssociation(ElementId tableId, ElementId subnetId, boolean associated) {
    run(editor -> associated ? editor.associate(subnetId, tableId) : editor.disassociate(subnetId));
  }

  /** Replaces one direction's rules of a network ACL by {@code rules} (added, removed, edited, renumbered), one step. */
  void setAclRules(ElementId aclId, boolean inbound, List<AclRule> rules) {
    NetworkAcl acl = topology().require(aclId, NetworkAcl.class);
    update(inbound ? acl.withRules(rules, acl.outbound()) : acl.withRules(acl.inbound(), rules));
  }

  /** Associates a subnet with a network ACL (ticked), or returns it to its VPC's default ACL (unticked). */
  void setAclSubnet(ElementId aclId, ElementId subnetId, boolean associated) {
    run(editor -> associated ? editor.associateNetworkAcl(subnetId, aclId) : editor.disassociateNetworkAcl(subnetId));
  }

  /** The network ACL a subnet uses, chosen in its form. */
  void setSubnetAcl(ElementId subnetId, ElementId aclId) {
    if (!topology().networkAclOf(subnetId).map(acl -> acl.id().equals(aclId)).orElse(false)) {
      run(editor -> editor.associateNetworkAcl(subnetId, aclId));
    }
  }

  /** Adds an EC2 instance to a subnet (no address fixed, no group yet), one step; returns it. */
  Workload addWorkload(ElementId subnetId) {
    Subnet subnet = topology().require(subnetId, Subnet.class);
    ElementId id = session.editor().nextId(ElementKind.WORKLOAD);
    Workload workload = new Workload(id, subnet.name() + "-" + id.value().replace("Workload", "instance-"), WorkloadType.EC2_INSTANCE,
        subnetId, null, false, List.of());
    run(editor -> editor.add(workload));
    return workload;
  }

  /**
   * Adds a network ACL to a subnet's VPC and associates the subnet with it, one step when the subnet
   * used the default ACL. It starts with rule 100 allowing everything both ways, so that nothing
   * breaks until its rules are tightened (a new ACL in the AWS console denies everything).
   */
  NetworkAcl addNetworkAcl(ElementId subnetId) {
    Subnet subnet = topology().require(subnetId, Subnet.class);
    boolean associated = topology().explicitNetworkAcl(subnetId).isPresent();
    NetworkAcl acl = new NetworkAcl(session.editor().nextId(ElementKind.NETWORK_ACL), subnet.name() + "-acl", subnet.vpcId(), false,
        List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)), associated ? List.of() : List.of(subnetId));
    run(editor -> editor.add(acl));
    if (associated) {
      run(editor -> editor.associateNetworkAcl(subnetId, acl.id()));
    }
    return acl;
  }

  void setWorkloadType(ElementId workloadId, WorkloadType type) {
    update(topology().require(workloadId, Workload.class).withType(type));
  }

  void setWorkloadSubnet(ElementId workloadId, ElementId subnetId) {
    if (!topology().require(workloadId, Workload.class).subnetId().equals(subnetId)) {
      run(editor -> editor.moveWorkload(workloadId, subnetId));
    }
  }

  void setWorkloadAddress(ElementId workloadId, IpAddress address, boolean hasPublicIp) {
    update(topology().require(workloadId, Workload.class).withAddress(address, hasPublicIp));
  }

  void setWorkloadGroup(ElementId workloadId, ElementId groupId, boolean member) {
    Workload workload = topology().require(workloadId, Workload.class);
    List<ElementId> groups = new ArrayList<>(workload.securityGroupIds());
    groups.remove(groupId);
    if (member) {
      groups.add(groupId);
    }
    update(workload.withSecurityGroups(groups));
  }

  void setDocumentInfo(String name, String description, Region region) {
    run(editor -> editor.editInfo(name, description, region));
  }

  /** States a flow from a subnet (or a workload) to a target at the design's default volume, to be edited after. */
  void addFlow(ElementId from, Target to) {
    session.editor().traffic().add(from, to, document().traffic().unstated().gbPerSubnet(), BigDecimal.ZERO);
  }

  void setFlowVolume(ElementId flowId, BigDecimal sent, BigDecimal received) {
    TrafficFlow flow = document().traffic().find(flowId).orElseThrow(() -> new NetwrightException("there is no flow " + flowId));
    if (flow.sentGb().compareTo(sent) != 0 || flow.receivedGb().compareTo(received) != 0) {
      session.editor().traffic().update(flow.withVolume(sent, received));
    }
  }

  void removeFlow(ElementId flowId) {
    session.editor().traffic().remove(flowId);
  }

  void setUnstatedGb(BigDecimal gb) {
    if (document().traffic().unstated().gbPerSubnet().compareTo(gb) != 0) {
      session.editor().traffic().setUnstated(new TrafficAssumption(gb));
    }
  }

  /** Replaces an element by its edited copy; the editor checks the design's rules on it and what refers to it. */
  private void update(Element edited) {
    if (topology().find(edited.id()).map(edited::equals).orElse(false)) {
      return;
    }
    run(editor -> editor.update(edited));
  }

  /** Runs one editor command: it is executed as one undo step, or refused with the reason and nothing changes. */
  private void run(Function<DesignEditor, Command> edit) {
    edit.apply(session.editor());
  }
}
