package dev.netwright.app.aws.fake;

/**
 * The fake's network ACL calls, with the checks AWS makes: a default ACL cannot be deleted, nor an
 * ACL that subnets are still associated with; an entry number is used once per direction; a
 * subnet's association is moved, never removed. CreateNetworkAcl honours its ClientToken.
 */
final class FakeNetworkAclActions {
  private final FakeEc2State state;

  FakeNetworkAclActions(FakeEc2State state) {
    this.state = state;
  }

  /** The inner XML of the answer, or null when the action is not one of these. */
  String answer(String action, QueryParams params) {
    switch (action) {
      case "CreateNetworkAcl": {
        String vpc = new FakeEc2Actions(state).vpc(params.require("VpcId")).id;
        String token = params.get("ClientToken");
        String id = token != null && state.clientTokens.containsKey(token) ? state.clientTokens.get(token)
            : state.networkAcl(vpc, java.util.List.of(), params.tagSpecification());
        if (token != null) {
          state.clientTokens.put(token, id);
        }
        return new Xml().element("networkAcl", x -> state.networkAcls.get(id).xml(x)).toString();
      }
      case "DeleteNetworkAcl": {
        FakeInsideResources.NetworkAcl acl = acl(params.require("NetworkAclId"));
        if (acl.isDefault) {
          throw new FakeEc2Error("InvalidParameterValue", "cannot delete default network ACL " + acl.id);
        }
        if (!acl.associations.isEmpty()) {
          throw new FakeEc2Error("DependencyViolation", "The networkAcl '" + acl.id + "' has dependencies and cannot be deleted.");
        }
        state.networkAcls.remove(acl.id);
        return FakeEc2Actions.ok();
      }
      case "CreateNetworkAclEntry": case "ReplaceNetworkAclEntry": {
        FakeInsideResources.NetworkAcl acl = acl(params.require("NetworkAclId"));
        boolean egress = params.flag("Egress");
        int number = Integer.parseInt(params.require("RuleNumber"));
        boolean exists = acl.entry(egress, number) != null;
        if (action.equals("CreateNetworkAclEntry") && exists) {
          throw new FakeEc2Error("NetworkAclEntryAlreadyExists", "The network acl entry identified by " + number + " already exists.");
        }
        if (action.equals("ReplaceNetworkAclEntry") && !exists) {
          throw new FakeEc2Error("InvalidNetworkAclEntry.NotFound", "The network acl entry identified by " + number
              + " does not exist.");
        }
        if (number < 1 || number > 32766) {
          throw new FakeEc2Error("InvalidParameterValue", "rule number " + number + " is outside 1-32766");
        }
        String protocol = params.require("Protocol");
        boolean ports = protocol.equals("6") || protocol.equals("17");
        if (ports && params.get("PortRange.From") == null) {
          throw new FakeEc2Error("InvalidParameterValue", "a TCP or UDP entry needs a port range");
        }
        state.removeAclEntry(acl.id, egress, number);
        acl.entries.add(new FakeInsideResources.Entry(number, protocol, params.require("RuleAction"), egress, params.require("CidrBlock"),
            ports ? Integer.valueOf(params.get("PortRange.From")) : null, ports ? Integer.valueOf(params.get("PortRange.To")) : null,
            protocol.equals("1") ? Integer.valueOf(params.require("Icmp.Type")) : null));
        return FakeEc2Actions.ok();
      }
      case "DeleteNetworkAclEntry": {
        FakeInsideResources.NetworkAcl acl = acl(params.require("NetworkAclId"));
        boolean egress = params.flag("Egress");
        int number = Integer.parseInt(params.require("RuleNumber"));
        if (acl.entry(egress, number) == null || number >= 32767) {
          throw new FakeEc2Error("InvalidNetworkAclEntry.NotFound", "The network acl entry identified by " + number
              + " does not exist.");
        }
        state.removeAclEntry(acl.id, egress, number);
        return FakeEc2Actions.ok();
      }
      case "ReplaceNetworkAclAssociation": {
        String associationId = params.require("AssociationId");
        FakeInsideResources.NetworkAcl target = acl(params.require("NetworkAclId"));
        FakeInsideResources.Association old = state.networkAcls.values().stream().flatMap(acl -> acl.associations.stream())
            .filter(association -> association.id().equals(associationId)).findFirst()
            .orElseThrow(() -> new FakeEc2Error("InvalidAssociationID.NotFound", "The association ID '" + associationId
                + "' does not exist"));
        FakeResources.Subnet subnet = state.subnets.get(old.subnetId());
        if (!subnet.vpcId.equals(target.vpcId)) {
          throw new FakeEc2Error("InvalidParameterValue", "network ACL " + target.id + " and subnet " + subnet.id
              + " belong to different VPCs");
        }
        return new Xml().leaf("newAssociationId", state.moveAssociation(old.subnetId(), target)).toString();
      }
      default:
        return null;
    }
  }

  private FakeInsideResources.NetworkAcl acl(String id) {
    FakeInsideResources.NetworkAcl acl = state.networkAcls.get(id);
    if (acl == null) {
      throw new FakeEc2Error("InvalidNetworkAclID.NotFound", "The networkAcl ID '" + id + "' does not exist");
    }
    return acl;
  }
}
