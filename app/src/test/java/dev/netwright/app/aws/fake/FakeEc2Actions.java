package dev.netwright.app.aws.fake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls that change the fake account, with the checks AWS makes (a VPC with subnets cannot be
 * deleted, a route table with associations neither, ...) and ClientToken idempotency.
 */
final class FakeEc2Actions {
  static final String DEFAULT_POLICY = "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
      + "\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private final FakeEc2State state;
  private final FakeDescribes describes;
  private final FakeSecurityGroupActions groups;
  private final FakeNetworkAclActions acls;
  final Set<String> denied = ConcurrentHashMap.newKeySet();

  FakeEc2Actions(FakeEc2State state) {
    this.state = state;
    this.describes = new FakeDescribes(state);
    this.groups = new FakeSecurityGroupActions(state);
    this.acls = new FakeNetworkAclActions(state);
  }

  /** The inner XML of the response to one call. */
  String answer(String action, QueryParams params) {
    synchronized (state) {
      if (denied.contains(action)) {
        throw new FakeEc2Error("UnauthorizedOperation", "You are not authorized to perform this operation.", 403);
      }
      String transit = state.transit.answer(action, params);
      if (transit != null) {
        return transit;
      }
      String described = describes.answer(action, params);
      if (described != null) {
        return described;
      }
      if (params.flag("DryRun")) {
        throw new FakeEc2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
      }
      String grouped = groups.answer(action, params);
      if (grouped != null) {
        return grouped;
      }
      String acl = acls.answer(action, params);
      return acl != null ? acl : change(action, params);
    }
  }

  private String change(String action, QueryParams params) {
    switch (action) {
      case "CreateVpc": {
        String id = state.vpc(params.require("CidrBlock"), params.tagSpecification());
        return new Xml().element("vpc", x -> state.vpcs.get(id).xml(x)).toString();
      }
      case "AssociateVpcCidrBlock": {
        FakeResources.Vpc vpc = vpc(params.require("VpcId"));
        String[] block = {state.newId("vpc-cidr-assoc"), params.require("CidrBlock")};
        vpc.cidrs.add(block);
        return new Xml().element("cidrBlockAssociation", x -> x.leaf("associationId", block[0]).leaf("cidrBlock", block[1])
            .element("cidrBlockState", s -> s.leaf("state", "associating"))).leaf("vpcId", vpc.id).toString();
      }
      case "DisassociateVpcCidrBlock": {
        String association = params.require("AssociationId");
        for (FakeResources.Vpc vpc : state.vpcs.values()) {
          for (String[] block : java.util.List.copyOf(vpc.cidrs)) {
            if (block[0].equals(association)) {
              if (vpc.cidrs.get(0) == block) {
                throw new FakeEc2Error("OperationNotPermitted", "The vpc CIDR block " + block[1] + " cannot be disassociated.");
              }
              vpc.cidrs.remove(block);
              return new Xml().leaf("vpcId", vpc.id).element("cidrBlockAssociation", x -> x.leaf("associationId", block[0])
                  .leaf("cidrBlock", block[1]).element("cidrBlockState", c -> c.leaf("state", "disassociating"))).toString();
            }
          }
        }
        throw new FakeEc2Error("InvalidVpcCidrBlockAssociationID.NotFound", "The association " + association + " does not exist");
      }
      case "ModifyVpcAttribute": {
        FakeResources.Vpc vpc = vpc(params.require("VpcId"));
        if (params.get("EnableDnsSupport.Value") != null) {
          vpc.dnsSupport = params.flag("EnableDnsSupport.Value");
        }
        if (params.get("EnableDnsHostnames.Value") != null) {
          vpc.dnsHostnames = params.flag("EnableDnsHostnames.Value");
        }
        return ok();
      }
      case "DeleteVpc": {
        FakeResources.Vpc vpc = vpc(params.require("VpcId"));
        boolean used = state.subnets.values().stream().anyMatch(s -> s.vpcId.equals(vpc.id))
            || state.internetGateways.values().stream().anyMatch(g -> vpc.id.equals(g.vpcId))
            || state.routeTables.values().stream().anyMatch(t -> t.vpcId.equals(vpc.id) && !t.main())
            || state.securityGroups.values().stream().anyMatch(g -> g.vpcId.equals(vpc.id) && !g.name.equals("default"))
            || state.endpoints.values().stream().anyMatch(e -> e.vpcId.equals(vpc.id) && !e.state.equals("deleted"))
            || state.networkAcls.values().stream().anyMatch(a -> a.vpcId.equals(vpc.id) && !a.isDefault);
        if (used) {
          throw new FakeEc2Error("DependencyViolation", "The vpc '" + vpc.id + "' has dependencies and cannot be deleted.");
        }
        state.vpcs.remove(vpc.id);
        state.routeTables.values().removeIf(t -> t.vpcId.equals(vpc.id));
        state.securityGroups.values().removeIf(g -> g.vpcId.equals(vpc.id));
        state.networkAcls.values().removeIf(a -> a.vpcId.equals(vpc.id));
        return ok();
      }
      case "CreateSubnet": {
        FakeResources.Vpc vpc = vpc(params.require("VpcId"));
        String cidr = params.require("CidrBlock");
        if (state.subnets.values().stream().anyMatch(s -> s.vpcId.equals(vpc.id) && s.cidr.equals(cidr))) {
          throw new FakeEc2Error("InvalidSubnet.Conflict", "The CIDR '" + cidr + "' conflicts with another subnet");
        }
        String id = state.subnet(vpc.id, cidr, params.require("AvailabilityZone"), params.tagSpecification());
        return new Xml().element("subnet", x -> state.subnets.get(id).xml(x)).toString();
      }
      case "DeleteSubnet": {
        String id = params.require("SubnetId");
        subnet(id);
        if (state.natGateways.values().stream().anyMatch(n -> n.subnetId.equals(id) && n.live())
            || state.endpoints.values().stream().anyMatch(e -> e.subnets.contains(id))) {
          throw new FakeEc2Error("DependencyViolation", "The subnet '" + id + "' has dependencies and cannot be deleted.");
        }
        state.subnets.remove(id);
        state.routeTables.values().forEach(t -> t.associations.removeIf(a -> id.equals(a.subnetId())));
        state.networkAcls.values().forEach(a -> a.associations.removeIf(association -> id.equals(association.subnetId())));
        return ok();
      }
      case "CreateRouteTable": {
        FakeResources.Vpc vpc = vpc(params.require("VpcId"));
        String token = params.get("ClientToken");
        String id = token != null && state.clientTokens.containsKey(token) ? state.clientTokens.get(token)
            : state.routeTable(vpc.id, params.tagSpecification());
        if (token != null) {
          state.clientTokens.put(token, id);
        }
        return new Xml().element("routeTable", x -> state.routeTables.get(id).xml(x)).toString();
      }
      case "DeleteRouteTable": {
        FakeResources.RouteTable table = table(params.require("RouteTableId"));
        if (!table.associations.isEmpty()) {
          throw new FakeEc2Error("DependencyViolation", "The routeTable '" + table.id + "' has dependencies and cannot be deleted.");
        }
        state.routeTables.remove(table.id);
        state.endpoints.values().forEach(e -> e.routeTables.remove(table.id));
        return ok();
      }
      case "CreateRoute": case "ReplaceRoute": {
        FakeResources.RouteTable table = table(params.require("RouteTableId"));
        String destination = params.get("DestinationCidrBlock") != null ? params.get("DestinationCidrBlock")
            : params.require("DestinationPrefixListId");
        String target = target(params);
        FakeResources.Route existing = table.routes.stream().filter(r -> r.destination.equals(destination)).findFirst().orElse(null);
        if (action.equals("CreateRoute")) {
          if (existing != null) {
            throw new FakeEc2Error("RouteAlreadyExists", "The route identified by " + destination + " already exists.");
          }
          table.routes.add(new FakeResources.Route(destination, target));
        } else {
          if (existing == null) {
            throw new FakeEc2Error("InvalidRoute.NotFound", "no route with destination-cidr-block " + destination);
          }
          existing.target = target;
        }
        return ok();
      }
      case "DeleteRoute": {
        FakeResources.RouteTable table = table(params.require("RouteTableId"));
        String destination = params.get("DestinationCidrBlock") != null ? params.get("DestinationCidrBlock")
            : params.require("DestinationPrefixListId");
        if (!table.routes.removeIf(r -> r.destination.equals(destination) && !r.target.equals("local"))) {
          throw new FakeEc2Error("InvalidRoute.NotFound", "no route with destination " + destination + " in " + table.id);
        }
        return ok();
      }
      case "AssociateRouteTable": {
        FakeResources.RouteTable table = table(params.require("RouteTableId"));
        String subnet = params.require("SubnetId");
        subnet(subnet);
        if (state.routeTables.values().stream().anyMatch(t -> t.associations.stream().anyMatch(a -> subnet.equals(a.subnetId())))) {
          throw new FakeEc2Error("Resource.AlreadyAssociated", "the specified association for route table already exists");
        }
        String id = state.associate(table.id, subnet);
        return new Xml().leaf("associationId", id).element("associationState", s -> s.leaf("state", "associated")).toString();
      }
      case "ReplaceRouteTableAssociation": {
        String associationId = params.require("AssociationId");
        FakeResources.RouteTable target = table(params.require("RouteTableId"));
        FakeResources.Association old = removeAssociation(associationId);
        String id = state.newId("rtbassoc");
        if (old.subnetId() == null) {
          target.associations.add(new FakeResources.Association(id, null));
        } else {
          target.associations.add(new FakeResources.Association(id, old.subnetId()));
        }
        return new Xml().leaf("newAssociationId", id).toString();
      }
      case "DisassociateRouteTable": {
        FakeResources.Association old = removeAssociation(params.require("AssociationId"));
        if (old.subnetId() == null) {
          throw new FakeEc2Error("InvalidParameterValue", "cannot disassociate the main route table association");
        }
        return ok();
      }
      default:
        return new FakeGatewayActions(state).answer(action, params);
    }
  }

  private FakeResources.Association removeAssociation(String associationId) {
    for (FakeResources.RouteTable table : state.routeTables.values()) {
      for (FakeResources.Association association : List.copyOf(table.associations)) {
        if (association.id().equals(associationId)) {
          table.associations.remove(association);
          return association;
        }
      }
    }
    throw new FakeEc2Error("InvalidAssociationID.NotFound", "The association ID '" + associationId + "' does not exist");
  }

  private String target(QueryParams params) {
    for (String name : List.of("GatewayId", "NatGatewayId", "VpcPeeringConnectionId", "TransitGatewayId", "NetworkInterfaceId",
        "VpcEndpointId")) {
      if (params.get(name) != null) {
        return params.get(name);
      }
    }
    throw new FakeEc2Error("MissingParameter", "a route needs a target");
  }

  FakeResources.Vpc vpc(String id) {
    FakeResources.Vpc vpc = state.vpcs.get(id);
    if (vpc == null) {
      throw new FakeEc2Error("InvalidVpcID.NotFound", "The vpc ID '" + id + "' does not exist");
    }
    return vpc;
  }

  private void subnet(String id) {
    if (!state.subnets.containsKey(id)) {
      throw new FakeEc2Error("InvalidSubnetID.NotFound", "The subnet ID '" + id + "' does not exist");
    }
  }

  private FakeResources.RouteTable table(String id) {
    FakeResources.RouteTable table = state.routeTables.get(id);
    if (table == null) {
      throw new FakeEc2Error("InvalidRouteTableID.NotFound", "The routeTable ID '" + id + "' does not exist");
    }
    return table;
  }

  static String ok() {
    return "<return>true</return>";
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
