package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Protocol;
import dev.netwright.model.Cidr;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;

/** Reads VPC endpoints (gateway and interface), security groups with their rules, and managed prefix lists. */
final class LiveEndpointReader {
  private final Ec2Client ec2;
  private final int pageSize;
  private final Cancellation cancellation;
  private final LiveReader.LiveParts parts;

  LiveEndpointReader(Ec2Client ec2, int pageSize, Cancellation cancellation, LiveReader.LiveParts parts) {
    this.ec2 = ec2;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
    this.parts = parts;
  }

  void read(List<Filter> byVpc) {
    readEndpoints(byVpc);
    readSecurityGroups(byVpc);
    for (var page : ec2.describeManagedPrefixListsPaginator(request -> request.maxResults(Math.min(pageSize, 100)))) {
      cancellation.check();
      for (var list : page.prefixLists()) {
        parts.prefixLists.put(PrefixListId.of(list.prefixListId()), list.prefixListName());
      }
    }
  }

  private void readEndpoints(List<Filter> byVpc) {
    for (var page : ec2.describeVpcEndpointsPaginator(request -> request.maxResults(pageSize).filters(byVpc))) {
      cancellation.check();
      for (var endpoint : page.vpcEndpoints()) {
        if (Ec2Shapes.gone(endpoint.stateAsString())) {
          continue;
        }
        ElementId id = Ec2Shapes.id(endpoint.vpcEndpointId());
        String type = endpoint.vpcEndpointTypeAsString();
        String policy = Ec2Shapes.policy(endpoint.policyDocument());
        if ("Gateway".equalsIgnoreCase(type)) {
          parts.add(new GatewayEndpoint(id, Ec2Shapes.name(endpoint.tags()), Ec2Shapes.id(endpoint.vpcId()), endpoint.serviceName(),
              endpoint.routeTableIds().stream().map(Ec2Shapes::id).toList(), policy), endpoint.tags());
        } else if ("Interface".equalsIgnoreCase(type)) {
          parts.add(new InterfaceEndpoint(id, Ec2Shapes.name(endpoint.tags()), Ec2Shapes.id(endpoint.vpcId()), endpoint.serviceName(),
              endpoint.subnetIds().stream().map(Ec2Shapes::id).toList(),
              endpoint.groups().stream().map(group -> Ec2Shapes.id(group.groupId())).distinct().toList(),
              Boolean.TRUE.equals(endpoint.privateDnsEnabled()), policy), endpoint.tags());
          endpoint.dnsEntries().stream().filter(entry -> entry.dnsName() != null)
              .forEach(entry -> parts.endpointsByDnsName.putIfAbsent(HostedZoneNames.plain(entry.dnsName()), id));
        } else {
          parts.warn("VPC endpoint " + id + " is of type " + type + ", which Netwright does not model; left out");
        }
      }
    }
  }

  private void readSecurityGroups(List<Filter> byVpc) {
    for (var page : ec2.describeSecurityGroupsPaginator(request -> request.maxResults(pageSize).filters(byVpc))) {
      cancellation.check();
      for (var group : page.securityGroups()) {
        if (group.vpcId() == null) {
          continue;
        }
        String name = Ec2Shapes.name(group.tags());
        parts.add(new SecurityGroup(Ec2Shapes.id(group.groupId()), name.isEmpty() ? group.groupName() : name,
            Ec2Shapes.id(group.vpcId()), group.description(), rules(group.groupId(), group.ipPermissions()),
            rules(group.groupId(), group.ipPermissionsEgress())), group.tags());
      }
    }
  }

  private List<SecurityRule> rules(String groupId, List<IpPermission> permissions) {
    List<SecurityRule> rules = new ArrayList<>();
    for (IpPermission permission : permissions) {
      Protocol protocol;
      try {
        protocol = Protocol.parse(permission.ipProtocol());
      } catch (InvalidValueException e) {
        parts.warn("security group " + groupId + " has a rule for IP protocol " + permission.ipProtocol()
            + ", which Netwright does not model; left out");
        continue;
      }
      PortRange ports = PortRange.ALL;
      if ((protocol == Protocol.TCP || protocol == Protocol.UDP) && permission.fromPort() != null && permission.toPort() != null
          && permission.fromPort() >= 0) {
        ports = new PortRange(permission.fromPort(), permission.toPort());
      }
      for (var range : permission.ipRanges()) {
        rules.add(new SecurityRule(protocol, ports, new RulePeer.CidrPeer(Cidr.parse(range.cidrIp())), range.description()));
      }
      for (var pair : permission.userIdGroupPairs()) {
        rules.add(new SecurityRule(protocol, ports, new RulePeer.GroupPeer(Ec2Shapes.id(pair.groupId())), pair.description()));
      }
      for (var list : permission.prefixListIds()) {
        rules.add(new SecurityRule(protocol, ports, new RulePeer.PrefixListPeer(PrefixListId.of(list.prefixListId())),
            list.description()));
      }
      if (!permission.ipv6Ranges().isEmpty()) {
        parts.warn("security group " + groupId + " has IPv6 rules, which Netwright does not model; left out");
      }
    }
    return rules;
  }
}
