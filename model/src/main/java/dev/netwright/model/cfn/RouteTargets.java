package dev.netwright.model.cfn;

import java.util.List;
import java.util.Map;

/**
 * The properties of {@code AWS::EC2::Route} that name where traffic goes, and which resource
 * types Netwright keeps opaque but still lets be a route's target (a transit gateway, an ENI, ...).
 */
final class RouteTargets {
  /** Every target property of a route, in the order the importer looks for them. */
  static final List<String> PROPERTIES = List.of("GatewayId", "NatGatewayId", "VpcEndpointId", "VpcPeeringConnectionId",
      "TransitGatewayId", "NetworkInterfaceId", "InstanceId", "EgressOnlyInternetGatewayId", "CarrierGatewayId", "LocalGatewayId",
      "CoreNetworkArn");

  private static final Map<String, String> OF_OPAQUE_TYPE = Map.of(
      "AWS::EC2::TransitGateway", "TransitGatewayId",
      "AWS::EC2::NetworkInterface", "NetworkInterfaceId",
      "AWS::EC2::Instance", "InstanceId",
      "AWS::EC2::EgressOnlyInternetGateway", "EgressOnlyInternetGatewayId",
      "AWS::EC2::CarrierGateway", "CarrierGatewayId",
      "AWS::EC2::VPCEndpoint", "VpcEndpointId");

  private RouteTargets() {
  }

  /** The target property for a route to a resource of a type Netwright keeps opaque. */
  static String propertyFor(String resourceType) {
    return OF_OPAQUE_TYPE.getOrDefault(resourceType, "GatewayId");
  }
}
