package dev.netwright.app.aws.fake;

/** The fake's VPC endpoint calls: create (idempotent by ClientToken), modify and delete. */
final class FakeEndpointActions {
  private final FakeEc2State state;

  FakeEndpointActions(FakeEc2State state) {
    this.state = state;
  }

  String answer(String action, QueryParams params) {
    switch (action) {
      case "CreateVpcEndpoint": return create(params);
      case "ModifyVpcEndpoint": {
        FakeResources.VpcEndpoint endpoint = FakeGatewayActions.find(state.endpoints, params.require("VpcEndpointId"),
            "InvalidVpcEndpointId.NotFound");
        params.list("AddRouteTableId").forEach(table -> state.addEndpointRoute(endpoint, table));
        params.list("RemoveRouteTableId").forEach(table -> state.removeEndpointRoute(endpoint, table));
        endpoint.subnets.addAll(params.list("AddSubnetId"));
        params.list("RemoveSubnetId").forEach(endpoint.subnets::remove);
        endpoint.groups.addAll(params.list("AddSecurityGroupId"));
        params.list("RemoveSecurityGroupId").forEach(endpoint.groups::remove);
        if (params.get("PrivateDnsEnabled") != null) {
          endpoint.privateDns = params.flag("PrivateDnsEnabled");
        }
        if (params.get("PolicyDocument") != null) {
          endpoint.policy = params.get("PolicyDocument");
        }
        return FakeEc2Actions.ok();
      }
      case "DeleteVpcEndpoints": {
        for (String id : params.list("VpcEndpointId")) {
          FakeResources.VpcEndpoint endpoint = FakeGatewayActions.find(state.endpoints, id, "InvalidVpcEndpointId.NotFound");
          for (String table : java.util.List.copyOf(endpoint.routeTables)) {
            state.removeEndpointRoute(endpoint, table);
          }
          state.endpoints.remove(id);
        }
        return "<unsuccessful/>";
      }
      default:
        throw new FakeEc2Error("InvalidAction", "The action " + action + " is not valid for this web service.");
    }
  }

  private String create(QueryParams params) {
    String token = params.get("ClientToken");
    FakeResources.VpcEndpoint existing = state.endpoints.values().stream()
        .filter(e -> token != null && token.equals(e.clientToken)).findFirst().orElse(null);
    if (existing != null) {
      return new Xml().element("vpcEndpoint", existing::xml).leaf("clientToken", token).toString();
    }
    String vpcId = new FakeEc2Actions(state).vpc(params.require("VpcId")).id;
    String type = params.get("VpcEndpointType") == null ? "Gateway" : params.get("VpcEndpointType");
    String service = params.require("ServiceName");
    FakeResources.VpcEndpoint endpoint = new FakeResources.VpcEndpoint(state.newId("vpce"), params.tagSpecification(), type, vpcId,
        service, token);
    endpoint.policy = params.get("PolicyDocument") == null ? FakeEc2Actions.DEFAULT_POLICY : params.get("PolicyDocument");
    if (type.equals("Gateway")) {
      state.prefixListOf(service);
      for (String table : params.list("RouteTableId")) {
        FakeGatewayActions.find(state.routeTables, table, "InvalidRouteTableId.NotFound");
      }
    } else {
      for (String subnet : params.list("SubnetId")) {
        FakeGatewayActions.find(state.subnets, subnet, "InvalidSubnetId.NotFound");
      }
      endpoint.subnets.addAll(params.list("SubnetId"));
      endpoint.groups.addAll(params.list("SecurityGroupId"));
      endpoint.privateDns = params.get("PrivateDnsEnabled") == null || params.flag("PrivateDnsEnabled");
    }
    state.endpoints.put(endpoint.id, endpoint);
    if (type.equals("Gateway")) {
      params.list("RouteTableId").forEach(table -> state.addEndpointRoute(endpoint, table));
    }
    return new Xml().element("vpcEndpoint", endpoint::xml).leaf("clientToken", token).toString();
  }
}
