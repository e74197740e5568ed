package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.List;

/** The fake's security group calls: create, delete, and authorize or revoke rules in the EC2 shape. */
final class FakeSecurityGroupActions {
  private final FakeEc2State state;

  FakeSecurityGroupActions(FakeEc2State state) {
    this.state = state;
  }

  String answer(String action, QueryParams params) {
    switch (action) {
      case "CreateSecurityGroup": {
        String vpc = new FakeEc2Actions(state).vpc(params.require("VpcId")).id;
        String name = params.require("GroupName");
        if (state.securityGroups.values().stream().anyMatch(g -> g.vpcId.equals(vpc) && g.name.equals(name))) {
          throw new FakeEc2Error("InvalidGroup.Duplicate", "The security group '" + name + "' already exists for VPC '" + vpc + "'");
        }
        FakeResources.SecurityGroup group = new FakeResources.SecurityGroup(state.newId("sg"), params.tagSpecification(), name,
            params.require("GroupDescription"), vpc);
        group.egress.add(new FakeResources.Permission("-1", null, null, "0.0.0.0/0", null, null, null));
        state.securityGroups.put(group.id, group);
        return new Xml().leaf("groupId", group.id).toString();
      }
      case "DeleteSecurityGroup": {
        FakeResources.SecurityGroup group = group(params.require("GroupId"));
        boolean referenced = state.securityGroups.values().stream().anyMatch(other -> other != group
            && (other.ingress.stream().anyMatch(p -> group.id.equals(p.group())) || other.egress.stream().anyMatch(p -> group.id.equals(p.group()))))
            || state.endpoints.values().stream().anyMatch(e -> e.groups.contains(group.id));
        if (referenced) {
          throw new FakeEc2Error("DependencyViolation", "resource " + group.id + " has a dependent object");
        }
        state.securityGroups.remove(group.id);
        return FakeEc2Actions.ok();
      }
      case "AuthorizeSecurityGroupIngress": return authorize(group(params.require("GroupId")).ingress, params);
      case "AuthorizeSecurityGroupEgress": return authorize(group(params.require("GroupId")).egress, params);
      case "RevokeSecurityGroupIngress": return revoke(group(params.require("GroupId")).ingress, params);
      case "RevokeSecurityGroupEgress": return revoke(group(params.require("GroupId")).egress, params);
      case "UpdateSecurityGroupRuleDescriptionsIngress": return describe(group(params.require("GroupId")).ingress, params);
      case "UpdateSecurityGroupRuleDescriptionsEgress": return describe(group(params.require("GroupId")).egress, params);
      default: return null;
    }
  }

  private FakeResources.SecurityGroup group(String id) {
    return FakeGatewayActions.find(state.securityGroups, id, "InvalidGroup.NotFound");
  }

  private static String authorize(List<FakeResources.Permission> rules, QueryParams params) {
    for (FakeResources.Permission permission : permissions(params)) {
      if (rules.stream().anyMatch(permission::sameRule)) {
        throw new FakeEc2Error("InvalidPermission.Duplicate", "the specified rule already exists");
      }
    }
    rules.addAll(permissions(params));
    return FakeEc2Actions.ok();
  }

  private static String revoke(List<FakeResources.Permission> rules, QueryParams params) {
    for (FakeResources.Permission permission : permissions(params)) {
      if (!rules.removeIf(permission::sameRule)) {
        throw new FakeEc2Error("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
      }
    }
    return FakeEc2Actions.ok();
  }

  /** Replaces the descriptions of existing rules, as UpdateSecurityGroupRuleDescriptions* does. */
  private static String describe(List<FakeResources.Permission> rules, QueryParams params) {
    for (FakeResources.Permission permission : permissions(params)) {
      int index = -1;
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).sameRule(permission)) {
          index = i;
        }
      }
      if (index < 0) {
        throw new FakeEc2Error("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
      }
      rules.set(index, permission);
    }
    return FakeEc2Actions.ok();
  }

  /** One permission per peer, as AWS stores them. */
  private static List<FakeResources.Permission> permissions(QueryParams params) {
    List<FakeResources.Permission> result = new ArrayList<>();
    for (QueryParams permission : params.structs("IpPermissions")) {
      String protocol = permission.require("IpProtocol");
      Integer from = protocol.equals("-1") || permission.get("FromPort") == null ? null : Integer.valueOf(permission.get("FromPort"));
      Integer to = protocol.equals("-1") || permission.get("ToPort") == null ? null : Integer.valueOf(permission.get("ToPort"));
      for (QueryParams range : permission.structs("IpRanges")) {
        result.add(new FakeResources.Permission(protocol, from, to, range.get("CidrIp"), null, null, range.get("Description")));
      }
      for (QueryParams group : permission.structs("Groups")) {
        result.add(new FakeResources.Permission(protocol, from, to, null, group.get("GroupId"), null, group.get("Description")));
      }
      for (QueryParams list : permission.structs("PrefixListIds")) {
        result.add(new FakeResources.Permission(protocol, from, to, null, null, list.get("PrefixListId"), list.get("Description")));
      }
    }
    return result;
  }
}
