package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The describe calls of the fake: ids, filters and NextToken paging that honours MaxResults. */
final class FakeDescribes {
  private final FakeEc2State state;

  FakeDescribes(FakeEc2State state) {
    this.state = state;
  }

  /** The body of the response to a describe action, or null when it is not a describe this fake knows. */
  String answer(String action, QueryParams params) {
    switch (action) {
      case "DescribeVpcs": return page(params, state.vpcs.values(), "VpcId", "vpcSet", "InvalidVpcID.NotFound");
      case "DescribeSubnets": return page(params, state.subnets.values(), "SubnetId", "subnetSet", "InvalidSubnetID.NotFound");
      case "DescribeRouteTables":
        return page(params, state.routeTables.values(), "RouteTableId", "routeTableSet", "InvalidRouteTableID.NotFound");
      case "DescribeInternetGateways":
        return page(params, state.internetGateways.values(), "InternetGatewayId", "internetGatewaySet",
            "InvalidInternetGatewayID.NotFound");
      case "DescribeNatGateways":
        return advance(page(params, state.natGateways.values(), "NatGatewayId", "natGatewaySet", "NatGatewayNotFound"));
      case "DescribeVpcEndpoints":
        return advance(page(params, state.endpoints.values(), "VpcEndpointId", "vpcEndpointSet", "InvalidVpcEndpointId.NotFound"));
      case "DescribeSecurityGroups":
        return page(params, state.securityGroups.values(), "GroupId", "securityGroupInfo", "InvalidGroup.NotFound");
      case "DescribeManagedPrefixLists":
        return page(params, state.prefixLists.values(), "PrefixListId", "prefixListSet", "InvalidPrefixListID.NotFound");
      case "DescribeVpcPeeringConnections":
        return page(params, state.peerings.values(), "VpcPeeringConnectionId", "vpcPeeringConnectionSet",
            "InvalidVpcPeeringConnectionID.NotFound");
      case "DescribeVpnGateways": return all(params, state.vpnGateways.values(), "VpnGatewayId", "vpnGatewaySet");
      case "DescribeVpnConnections": return all(params, state.vpnConnections.values(), "VpnConnectionId", "vpnConnectionSet");
      case "DescribeAddresses": return all(params, state.addresses.values(), "AllocationId", "addressesSet");
      case "DescribeVpcAttribute": return vpcAttribute(params);
      case "DescribeNetworkAcls":
        return page(params, state.networkAcls.values(), "NetworkAclId", "networkAclSet", "InvalidNetworkAclID.NotFound");
      case "DescribeInstances":
        return page(params, state.instances.values(), "InstanceId", "reservationSet", "InvalidInstanceID.NotFound");
      case "DescribeNetworkInterfaces":
        return page(params, state.networkInterfaces.values(), "NetworkInterfaceId", "networkInterfaceSet",
            "InvalidNetworkInterfaceID.NotFound");
      default: return null;
    }
  }

  private String page(QueryParams params, Collection<? extends FakeResource> resources, String idParam, String setName,
      String notFound) {
    List<FakeResource> matching = select(params, resources, idParam, notFound);
    int start = params.get("NextToken") == null ? 0 : Integer.parseInt(params.get("NextToken").substring("token-".length()));
    int size = params.get("MaxResults") == null ? Integer.MAX_VALUE : Integer.parseInt(params.get("MaxResults"));
    int end = (int) Math.min((long) start + size, matching.size());
    Xml x = new Xml().set(setName, matching.subList(start, end), (item, resource) -> resource.xml(item));
    if (end < matching.size()) {
      x.leaf("nextToken", "token-" + end);
    }
    return x.toString();
  }

  private String all(QueryParams params, Collection<? extends FakeResource> resources, String idParam, String setName) {
    return new Xml().set(setName, select(params, resources, idParam, "InvalidParameterValue"), (item, r) -> r.xml(item)).toString();
  }

  private static List<FakeResource> select(QueryParams params, Collection<? extends FakeResource> resources, String idParam,
      String notFound) {
    List<String> ids = params.list(idParam);
    Map<String, List<String>> filters = params.filters();
    List<FakeResource> matching = new ArrayList<>();
    for (FakeResource resource : resources) {
      if ((ids.isEmpty() || ids.contains(resource.id)) && resource.matches(filters)
          && (resource.live() || !ids.isEmpty() || resource instanceof FakeResources.NatGateway)) {
        matching.add(resource);
      }
    }
    for (String id : ids) {
      if (matching.stream().noneMatch(resource -> resource.id.equals(id))) {
        throw new FakeEc2Error(notFound, "The id '" + id + "' does not exist");
      }
    }
    return matching;
  }

  /** NAT gateways and endpoints become available after being described a few times, as in AWS. */
  private String advance(String body) {
    for (FakeResources.NatGateway nat : state.natGateways.values()) {
      if (nat.state.equals("pending") && ++nat.describesUntilAvailable > state.pendingDescribes) {
        nat.state = "available";
      }
      if (nat.state.equals("deleting")) {
        nat.state = "deleted";
      }
    }
    for (FakeResources.VpcEndpoint endpoint : state.endpoints.values()) {
      if (endpoint.state.equals("pending") && ++endpoint.describesUntilAvailable > state.pendingDescribes) {
        endpoint.state = "available";
      }
    }
    return body;
  }

  private String vpcAttribute(QueryParams params) {
    FakeResources.Vpc vpc = state.vpcs.get(params.require("VpcId"));
    if (vpc == null) {
      throw new FakeEc2Error("InvalidVpcID.NotFound", "The vpc ID '" + params.get("VpcId") + "' does not exist");
    }
    String attribute = params.require("Attribute");
    boolean value;
    if (attribute.equals("enableDnsSupport")) {
      value = vpc.dnsSupport;
    } else if (attribute.equals("enableDnsHostnames")) {
      value = vpc.dnsHostnames;
    } else {
      throw new FakeEc2Error("InvalidParameterValue", "Value (" + attribute + ") for parameter attribute is invalid");
    }
    return new Xml().leaf("vpcId", vpc.id).element(attribute, v -> v.leaf("value", value)).toString();
  }
}
