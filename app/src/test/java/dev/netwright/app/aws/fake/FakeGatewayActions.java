package dev.netwright.app.aws.fake;

import java.util.List;
import java.util.Map;

/** The fake's calls for gateways, addresses, endpoints, peering and tags. */
final class FakeGatewayActions {
  private final FakeEc2State state;

  FakeGatewayActions(FakeEc2State state) {
    this.state = state;
  }

  String answer(String action, QueryParams params) {
    switch (action) {
      case "CreateInternetGateway": {
        FakeResources.InternetGateway gateway = new FakeResources.InternetGateway(state.newId("igw"), params.tagSpecification());
        state.internetGateways.put(gateway.id, gateway);
        return new Xml().element("internetGateway", gateway::xml).toString();
      }
      case "AttachInternetGateway": {
        FakeResources.InternetGateway gateway = find(state.internetGateways, params.require("InternetGatewayId"),
            "InvalidInternetGatewayID.NotFound");
        String vpc = params.require("VpcId");
        if (gateway.vpcId != null) {
          throw new FakeEc2Error("Resource.AlreadyAssociated", "resource " + gateway.id + " is already attached to network " + gateway.vpcId);
        }
        gateway.vpcId = vpc;
        return FakeEc2Actions.ok();
      }
      case "DetachInternetGateway": {
        FakeResources.InternetGateway gateway = find(state.internetGateways, params.require("InternetGatewayId"),
            "InvalidInternetGatewayID.NotFound");
        if (!params.require("VpcId").equals(gateway.vpcId)) {
          throw new FakeEc2Error("Gateway.NotAttached", "resource " + gateway.id + " is not attached to network " + params.get("VpcId"));
        }
        gateway.vpcId = null;
        return FakeEc2Actions.ok();
      }
      case "DeleteInternetGateway": {
        FakeResources.InternetGateway gateway = find(state.internetGateways, params.require("InternetGatewayId"),
            "InvalidInternetGatewayID.NotFound");
        if (gateway.vpcId != null) {
          throw new FakeEc2Error("DependencyViolation", "The internetGateway '" + gateway.id + "' has dependencies and cannot be deleted.");
        }
        state.internetGateways.remove(gateway.id);
        return FakeEc2Actions.ok();
      }
      case "AllocateAddress": {
        FakeResources.Address address = new FakeResources.Address(state.newId("eipalloc"), params.tagSpecification(), "198.51.100.7");
        state.addresses.put(address.id, address);
        return new Xml().leaf("allocationId", address.id).leaf("publicIp", address.publicIp).leaf("domain", "vpc").toString();
      }
      case "ReleaseAddress": {
        String id = params.require("AllocationId");
        find(state.addresses, id, "InvalidAllocationID.NotFound");
        if (state.natGateways.values().stream().anyMatch(n -> id.equals(n.allocationId) && !n.state.equals("deleted"))) {
          throw new FakeEc2Error("InvalidIPAddress.InUse", "Address " + id + " is in use.");
        }
        state.addresses.remove(id);
        return FakeEc2Actions.ok();
      }
      case "CreateNatGateway": {
        String token = params.get("ClientToken");
        FakeResources.NatGateway nat = state.natGateways.values().stream()
            .filter(n -> token != null && token.equals(n.clientToken)).findFirst().orElse(null);
        if (nat == null) {
          FakeResources.Subnet subnet = find(state.subnets, params.require("SubnetId"), "InvalidSubnetID.NotFound");
          String connectivity = params.get("ConnectivityType") == null ? "public" : params.get("ConnectivityType");
          String allocation = params.get("AllocationId");
          if (connectivity.equals("public")) {
            find(state.addresses, allocation == null ? "" : allocation, "InvalidAllocationID.NotFound");
          }
          nat = new FakeResources.NatGateway(state.newId("nat"), params.tagSpecification(), subnet.vpcId, subnet.id, connectivity,
              allocation, token);
          state.natGateways.put(nat.id, nat);
        }
        FakeResources.NatGateway created = nat;
        return new Xml().leaf("clientToken", token).element("natGateway", created::xml).toString();
      }
      case "DeleteNatGateway": {
        FakeResources.NatGateway nat = find(state.natGateways, params.require("NatGatewayId"), "NatGatewayNotFound");
        nat.state = "deleting";
        return new Xml().leaf("natGatewayId", nat.id).toString();
      }
      case "CreateVpcPeeringConnection": {
        new FakeEc2Actions(state).vpc(params.require("VpcId"));
        String peerOwner = params.get("PeerOwnerId") == null ? state.account() : params.get("PeerOwnerId");
        String peerRegion = params.get("PeerRegion") == null ? state.region() : params.get("PeerRegion");
        boolean local = peerOwner.equals(state.account()) && peerRegion.equals(state.region());
        if (local) {
          new FakeEc2Actions(state).vpc(params.require("PeerVpcId"));
        }
        FakeResources.PeerSide accepter = local ? state.side(params.get("PeerVpcId"))
            : new FakeResources.PeerSide(params.require("PeerVpcId"), peerOwner, peerRegion, List.of());
        FakeResources.Peering peering = new FakeResources.Peering(state.newId("pcx"), params.tagSpecification(),
            state.side(params.get("VpcId")), accepter);
        state.peerings.put(peering.id, peering);
        return new Xml().element("vpcPeeringConnection", peering::xml).toString();
      }
      case "AcceptVpcPeeringConnection": {
        FakeResources.Peering peering = find(state.peerings, params.require("VpcPeeringConnectionId"),
            "InvalidVpcPeeringConnectionID.NotFound");
        peering.status = "active";
        return new Xml().element("vpcPeeringConnection", peering::xml).toString();
      }
      case "DeleteVpcPeeringConnection": {
        find(state.peerings, params.require("VpcPeeringConnectionId"), "InvalidVpcPeeringConnectionID.NotFound").status = "deleted";
        return FakeEc2Actions.ok();
      }
      case "CreateVpnGateway": {
        FakeResources.VpnGateway gateway = new FakeResources.VpnGateway(state.newId("vgw"), params.tagSpecification());
        state.vpnGateways.put(gateway.id, gateway);
        return new Xml().element("vpnGateway", gateway::xml).toString();
      }
      case "AttachVpnGateway": {
        FakeResources.VpnGateway gateway = find(state.vpnGateways, params.require("VpnGatewayId"), "InvalidVpnGatewayID.NotFound");
        gateway.vpcId = params.require("VpcId");
        return new Xml().element("attachment", a -> a.leaf("vpcId", gateway.vpcId).leaf("state", "attached")).toString();
      }
      case "DetachVpnGateway": {
        find(state.vpnGateways, params.require("VpnGatewayId"), "InvalidVpnGatewayID.NotFound").vpcId = null;
        return FakeEc2Actions.ok();
      }
      case "DeleteVpnGateway": {
        find(state.vpnGateways, params.require("VpnGatewayId"), "InvalidVpnGatewayID.NotFound").state = "deleted";
        return FakeEc2Actions.ok();
      }
      case "CreateTags": case "DeleteTags": {
        for (String id : params.list("ResourceId")) {
          FakeResource resource = any(id);
          for (QueryParams tag : params.structs("Tag")) {
            if (action.equals("CreateTags")) {
              resource.tags.put(tag.get("Key"), tag.get("Value") == null ? "" : tag.get("Value"));
            } else {
              resource.tags.remove(tag.get("Key"));
            }
          }
        }
        return FakeEc2Actions.ok();
      }
      default:
        return new FakeEndpointActions(state).answer(action, params);
    }
  }

  private FakeResource any(String id) {
    for (Map<String, ? extends FakeResource> kind : state.all()) {
      if (kind.containsKey(id)) {
        return kind.get(id);
      }
    }
    FakeResource transit = state.transit.any(id);
    if (transit != null) {
      return transit;
    }
    throw new FakeEc2Error("InvalidID", "The ID '" + id + "' is not valid");
  }

  static <T extends FakeResource> T find(Map<String, T> resources, String id, String notFound) {
    T resource = resources.get(id);
    if (resource == null || !resource.live()) {
      throw new FakeEc2Error(notFound, "The ID '" + id + "' does not exist");
    }
    return resource;
  }
}
