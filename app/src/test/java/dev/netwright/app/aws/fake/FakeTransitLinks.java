package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VPN and peering attachments of the fake transit gateways, made as AWS makes them: customer
 * gateways (CreateCustomerGateway, which hands back the one with the same address and ASN when
 * there is one, DescribeCustomerGateways, DeleteCustomerGateway, refused while a VPN connection
 * uses it), VPN connections to a transit gateway (CreateVpnConnection, whose attachment AWS makes
 * untagged, DescribeVpnConnections, DeleteVpnConnection, which deletes the attachment), and peering
 * attachments (CreateTransitGatewayPeeringAttachment, listed in the peer's region too and pending
 * there until AcceptTransitGatewayPeeringAttachment, DeleteTransitGatewayPeeringAttachment from
 * either side). Every call takes DryRun; faults come from {@link FakeEc2#failAt}.
 */
final class FakeTransitLinks {
  private final FakeTransit transit;
  private final FakeEc2State state;
  final Map<String, CustomerGateway> customerGateways = new LinkedHashMap<>();
  final Map<String, Vpn> vpns = new LinkedHashMap<>();

  FakeTransitLinks(FakeTransit transit, FakeEc2State state) {
    this.transit = transit;
    this.state = state;
  }

  void clear() {
    customerGateways.clear();
    vpns.clear();
  }

  int count() {
    return customerGateways.size() + vpns.size();
  }

  /** The answer to one of these calls, or null for any other call. */
  String answer(String action, QueryParams params) {
    switch (action) {
      case "DescribeCustomerGateways":
        return describe(params, new ArrayList<>(customerGateways.values()), "CustomerGatewayId", "customerGatewaySet");
      case "DescribeVpnConnections": {
        List<FakeResource> all = new ArrayList<>(state.vpnConnections.values());
        all.addAll(vpns.values());
        return describe(params, all, "VpnConnectionId", "vpnConnectionSet");
      }
      case "CreateCustomerGateway": case "DeleteCustomerGateway": case "CreateVpnConnection": case "DeleteVpnConnection":
      case "CreateTransitGatewayPeeringAttachment": case "AcceptTransitGatewayPeeringAttachment":
      case "DeleteTransitGatewayPeeringAttachment":
        if (action.equals("CreateVpnConnection") && params.get("TransitGatewayId") == null
            || action.equals("DeleteVpnConnection") && !vpns.containsKey(params.get("VpnConnectionId"))) {
          return null; // a VPN gateway's connection: not these
        }
        if (params.flag("DryRun")) {
          throw new FakeEc2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
        }
        return change(action, params);
      default:
        return null;
    }
  }

  private String change(String action, QueryParams params) {
    switch (action) {
      case "CreateCustomerGateway": {
        String ip = params.get("IpAddress") != null ? params.get("IpAddress") : params.require("PublicIp");
        long asn = Long.parseLong(params.get("BgpAsnExtended") != null ? params.get("BgpAsnExtended")
            : params.get("BgpAsn") != null ? params.get("BgpAsn") : "65000");
        CustomerGateway gateway = customerGateways.values().stream().filter(g -> g.ip.equals(ip) && g.asn == asn).findFirst()
            .orElseGet(() -> {
              CustomerGateway made = new CustomerGateway(state.newId("cgw"), FakeTransit.tags(params), ip, asn);
              customerGateways.put(made.id, made);
              return made;
            });
        return new Xml().element("customerGateway", gateway::xml).toString();
      }
      case "DeleteCustomerGateway": {
        String id = params.require("CustomerGatewayId");
        if (!customerGateways.containsKey(id)) {
          throw new FakeEc2Error("InvalidCustomerGatewayID.NotFound", "The customerGateway ID '" + id + "' does not exist");
        }
        if (vpns.values().stream().anyMatch(vpn -> vpn.customerGatewayId.equals(id))) {
          throw new FakeEc2Error("IncorrectState", "The customer gateway " + id + " is in use by a VPN connection");
        }
        customerGateways.remove(id);
        return new Xml().leaf("return", true).toString();
      }
      case "CreateVpnConnection": {
        String customer = params.require("CustomerGatewayId");
        if (!customerGateways.containsKey(customer)) {
          throw new FakeEc2Error("InvalidCustomerGatewayID.NotFound", "The customerGateway ID '" + customer + "' does not exist");
        }
        String gateway = params.require("TransitGatewayId");
        if (!transit.gateways.containsKey(gateway)) {
          throw new FakeEc2Error("InvalidTransitGatewayID.NotFound", "The transit gateway ID '" + gateway + "' does not exist");
        }
        Vpn vpn = new Vpn(state.newId("vpn"), FakeTransit.tags(params), gateway, customer, params.flag("Options.StaticRoutesOnly"));
        vpns.put(vpn.id, vpn);
        // AWS makes the attachment itself, untagged
        transit.attachVpn(gateway, vpn.id);
        return new Xml().element("vpnConnection", vpn::xml).toString();
      }
      case "DeleteVpnConnection": {
        Vpn vpn = vpns.remove(params.require("VpnConnectionId"));
        transit.attachments.values().stream().filter(a -> a.resourceId.equals(vpn.id)).map(a -> a.id).toList()
            .forEach(transit::detach);
        return new Xml().leaf("return", true).toString();
      }
      case "CreateTransitGatewayPeeringAttachment": {
        String gateway = params.require("TransitGatewayId");
        if (!transit.gateways.containsKey(gateway)) {
          throw new FakeEc2Error("InvalidTransitGatewayID.NotFound", "The transit gateway ID '" + gateway + "' does not exist");
        }
        String peerRegion = params.get("PeerRegion") == null ? state.region() : params.get("PeerRegion");
        FakeTransit.Peering peering = new FakeTransit.Peering(state.newId("tgw-attach"), FakeTransit.tags(params), gateway,
            state.region(), params.require("PeerTransitGatewayId"), peerRegion);
        peering.state = "pendingAcceptance";
        transit.peerings.put(peering.id, peering);
        FakeEc2State peerState = state.otherRegion(peerRegion);
        if (peerState != state) {
          synchronized (peerState) {
            peerState.transit.peerings.put(peering.id, peering);
          }
        }
        return new Xml().element("transitGatewayPeeringAttachment", peering::xml).toString();
      }
      case "AcceptTransitGatewayPeeringAttachment": {
        FakeTransit.Peering peering = transit.peerings.get(params.require("TransitGatewayAttachmentId"));
        if (peering == null) {
          throw new FakeEc2Error("InvalidTransitGatewayAttachmentID.NotFound", "The attachment ID '"
              + params.get("TransitGatewayAttachmentId") + "' does not exist");
        }
        if (!peering.peerRegion.equals(state.region()) || !transit.gateways.containsKey(peering.peerGatewayId)) {
          throw new FakeEc2Error("InvalidParameterValue", "Only the accepter of " + peering.id + " can accept it, in "
              + peering.peerRegion);
        }
        peering.state = "available";
        return new Xml().element("transitGatewayPeeringAttachment", peering::xml).toString();
      }
      case "DeleteTransitGatewayPeeringAttachment": {
        String id = params.require("TransitGatewayAttachmentId");
        FakeTransit.Peering peering = transit.peerings.get(id);
        if (peering == null) {
          throw new FakeEc2Error("InvalidTransitGatewayAttachmentID.NotFound", "The attachment ID '" + id + "' does not exist");
        }
        for (String region : List.of(peering.region, peering.peerRegion)) {
          FakeEc2State side = state.otherRegion(region);
          synchronized (side) {
            side.transit.peerings.remove(id);
            side.transit.forget(id);
          }
        }
        return new Xml().element("transitGatewayPeeringAttachment", x -> x.leaf("transitGatewayAttachmentId", id)
            .leaf("state", "deleting")).toString();
      }
      default:
        return null;
    }
  }

  private static String describe(QueryParams params, List<FakeResource> resources, String idParam, String setName) {
    List<String> ids = params.list(idParam);
    Map<String, List<String>> filters = params.filters();
    List<FakeResource> matching = resources.stream().filter(r -> (ids.isEmpty() || ids.contains(r.id)) && r.matches(filters)).toList();
    for (String id : ids) {
      if (matching.stream().noneMatch(r -> r.id.equals(id))) {
        throw new FakeEc2Error(idParam.equals("VpnConnectionId") ? "InvalidVpnConnectionID.NotFound" : "InvalidCustomerGatewayID.NotFound",
            "The ID '" + id + "' does not exist");
      }
    }
    return new Xml().set(setName, matching, (item, resource) -> resource.xml(item)).toString();
  }

  static final class CustomerGateway extends FakeResource {
    final String ip;
    final long asn;

    CustomerGateway(String id, Map<String, String> tags, String ip, long asn) {
      super(id, tags);
      this.ip = ip;
      this.asn = asn;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "ip-address": return List.of(ip);
        case "bgp-asn": return List.of(Long.toString(asn));
        case "customer-gateway-id": return List.of(id);
        case "state": return List.of("available");
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("customerGatewayId", id).leaf("state", "available").leaf("type", "ipsec.1").leaf("ipAddress", ip)
          .leaf("bgpAsn", asn <= 2_147_483_647L ? Long.toString(asn) : "").leaf("bgpAsnExtended", Long.toString(asn)).tags(tags);
    }
  }

  static final class Vpn extends FakeResource {
    final String gatewayId;
    final String customerGatewayId;
    final boolean staticRoutesOnly;

    Vpn(String id, Map<String, String> tags, String gatewayId, String customerGatewayId, boolean staticRoutesOnly) {
      super(id, tags);
      this.gatewayId = gatewayId;
      this.customerGatewayId = customerGatewayId;
      this.staticRoutesOnly = staticRoutesOnly;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "transit-gateway-id": return List.of(gatewayId);
        case "customer-gateway-id": return List.of(customerGatewayId);
        case "vpn-connection-id": return List.of(id);
        case "state": return List.of("available");
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpnConnectionId", id).leaf("state", "available").leaf("type", "ipsec.1").leaf("customerGatewayId", customerGatewayId)
          .leaf("transitGatewayId", gatewayId).element("options", o -> o.leaf("staticRoutesOnly", staticRoutesOnly)).tags(tags);
    }
  }
}
