package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * INTERFACE-ENDPOINT-SG-443: an interface endpoint whose security groups admit TCP 443 from none of
 * the clients that would use it, so every call to the service times out.
 *
 * <p>The clients are the subnets of the endpoint's VPC and the on-premises networks behind the
 * VPC's VPN gateways (which reach services only through interface endpoints). An inbound rule
 * that allows TCP 443 admits a client when its source is a CIDR block holding the client's block;
 * a security group of the same VPC (its members may sit in any subnet of the VPC, so it is taken
 * to admit every subnet, but no on-premises network); or a prefix list (its entries are not part
 * of a design, so it is taken to admit every client: the rule reports only what it can prove).
 * A group of another VPC admits none of this VPC's clients.
 */
public final class InterfaceEndpointSg443Rule implements VpcRule {
  public static final String ID = "INTERFACE-ENDPOINT-SG-443";
  static final int HTTPS = 443;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Cidr> clients = new ArrayList<>();
    scope.subnets().forEach(subnet -> clients.add(subnet.cidr()));
    int subnetCount = clients.size();
    for (VpnGateway vpn : scope.vpnGateways()) {
      clients.addAll(vpn.onPremisesCidrs());
    }
    if (clients.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      List<SecurityGroup> groups = new ArrayList<>();
      for (ElementId groupId : endpoint.securityGroupIds()) {
        scope.find(groupId, SecurityGroup.class).ifPresent(groups::add);
      }
      if (groups.isEmpty() || admitsAny(scope, groups, clients, subnetCount)) {
        continue;
      }
      List<ElementId> elements = new ArrayList<>();
      elements.add(endpoint.id());
      groups.forEach(group -> elements.add(group.id()));
      String groupNames = String.join(", ", groups.stream().map(Labels::of).toList());
      findings.add(new Finding(ID, Severity.ERROR, elements,
          "Interface endpoint " + Labels.of(endpoint) + " admits TCP 443 from none of its clients (the subnets of VPC "
              + Labels.of(scope.vpc()) + (subnetCount < clients.size() ? " and its on-premises networks" : "")
              + "): its security groups (" + groupNames + ") have no inbound rule for them; add an inbound rule TCP 443 from "
              + scope.vpc().primaryCidr() + " to " + Labels.of(groups.get(0)) + "."));
    }
    return findings;
  }

  private static boolean admitsAny(VpcScope scope, List<SecurityGroup> groups, List<Cidr> clients, int subnetCount) {
    for (SecurityGroup group : groups) {
      for (SecurityRule rule : group.ingress()) {
        if (!rule.admitsTcp(HTTPS)) {
          continue;
        }
        RulePeer peer = rule.peer();
        if (peer instanceof RulePeer.PrefixListPeer) {
          return true;
        }
        if (peer instanceof RulePeer.GroupPeer source) {
          if (subnetCount > 0 && scope.find(source.groupId(), SecurityGroup.class).isPresent()) {
            return true;
          }
          continue;
        }
        Cidr source = ((RulePeer.CidrPeer) peer).cidr();
        for (Cidr client : clients) {
          if (source.contains(client)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
