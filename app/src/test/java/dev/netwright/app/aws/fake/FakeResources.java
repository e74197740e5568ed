package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The kinds of resource the fake account holds, each written as the EC2 API reference shows it. */
final class FakeResources {
  private FakeResources() {
  }

  static final class Vpc extends FakeResource {
    final List<String[]> cidrs = new ArrayList<>(); // {associationId, cidr}
    boolean dnsSupport = true;
    boolean dnsHostnames = false;
    final String owner;

    Vpc(String id, Map<String, String> tags, String owner) {
      super(id, tags);
      this.owner = owner;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(id);
        case "cidr": return List.of(cidrs.get(0)[1]);
        case "state": return List.of("available");
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpcId", id).leaf("ownerId", owner).leaf("state", "available").leaf("cidrBlock", cidrs.get(0)[1])
          .set("cidrBlockAssociationSet", cidrs, (c, block) -> c.leaf("associationId", block[0]).leaf("cidrBlock", block[1])
              .element("cidrBlockState", s -> s.leaf("state", "associated")))
          .leaf("dhcpOptionsId", "dopt-1").leaf("instanceTenancy", "default").leaf("isDefault", false).tags(tags);
    }

    @Override
    String snapshot() {
      return super.snapshot() + dnsSupport + dnsHostnames;
    }
  }

  static final class Subnet extends FakeResource {
    final String vpcId;
    final String cidr;
    final String zone;

    Subnet(String id, Map<String, String> tags, String vpcId, String cidr, String zone) {
      super(id, tags);
      this.vpcId = vpcId;
      this.cidr = cidr;
      this.zone = zone;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "subnet-id": return List.of(id);
        case "availability-zone": return List.of(zone);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("subnetId", id).leaf("vpcId", vpcId).leaf("cidrBlock", cidr).leaf("availabilityZone", zone)
          .leaf("state", "available").leaf("availableIpAddressCount", 251).leaf("ownerId", FakeEc2State.ACCOUNT).tags(tags);
    }
  }

  /** A route: destination (CIDR or prefix list) and the target's id. */
  static final class Route {
    final String destination;
    String target;
    /** How AWS says the route came: CreateRoute, CreateRouteTable, or EnableVgwRoutePropagation for one BGP taught. */
    String origin;

    Route(String destination, String target) {
      this.destination = destination;
      this.target = target;
      this.origin = target.equals("local") ? "CreateRouteTable" : "CreateRoute";
    }

    void xml(Xml x) {
      if (destination.startsWith("pl-")) {
        x.leaf("destinationPrefixListId", destination);
      } else {
        x.leaf("destinationCidrBlock", destination);
      }
      if (target.equals("local") || target.startsWith("igw-") || target.startsWith("vgw-") || target.startsWith("vpce-")) {
        x.leaf("gatewayId", target);
      } else if (target.startsWith("nat-")) {
        x.leaf("natGatewayId", target);
      } else if (target.startsWith("pcx-")) {
        x.leaf("vpcPeeringConnectionId", target);
      } else if (target.startsWith("tgw-")) {
        x.leaf("transitGatewayId", target);
      } else {
        x.leaf("networkInterfaceId", target);
      }
      x.leaf("state", "active").leaf("origin", origin);
    }
  }

  /** A route table association: its id and the subnet, or null for the main association. */
  record Association(String id, String subnetId) {
  }

  static final class RouteTable extends FakeResource {
    final String vpcId;
    final List<Route> routes = new ArrayList<>();
    final List<Association> associations = new ArrayList<>();

    RouteTable(String id, Map<String, String> tags, String vpcId) {
      super(id, tags);
      this.vpcId = vpcId;
    }

    boolean main() {
      return associations.stream().anyMatch(a -> a.subnetId() == null);
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "route-table-id": return List.of(id);
        case "association.main": return List.of(Boolean.toString(main()));
        case "association.subnet-id": return associations.stream().map(Association::subnetId).filter(s -> s != null).toList();
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("routeTableId", id).leaf("vpcId", vpcId).leaf("ownerId", FakeEc2State.ACCOUNT)
          .set("routeSet", routes, (r, route) -> route.xml(r))
          .set("associationSet", associations, (a, assoc) -> a.leaf("routeTableAssociationId", assoc.id())
              .leaf("routeTableId", id).leaf("subnetId", assoc.subnetId()).leaf("main", assoc.subnetId() == null)
              .element("associationState", s -> s.leaf("state", "associated")))
          .raw("<propagatingVgwSet/>").tags(tags);
    }
  }

  static final class InternetGateway extends FakeResource {
    String vpcId;

    InternetGateway(String id, Map<String, String> tags) {
      super(id, tags);
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "attachment.vpc-id": return vpcId == null ? List.of() : List.of(vpcId);
        case "internet-gateway-id": return List.of(id);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("internetGatewayId", id).leaf("ownerId", FakeEc2State.ACCOUNT)
          .set("attachmentSet", vpcId == null ? List.<String>of() : List.of(vpcId),
              (a, vpc) -> a.leaf("vpcId", vpc).leaf("state", "available"))
          .tags(tags);
    }
  }

  static final class NatGateway extends FakeResource {
    final String vpcId;
    final String subnetId;
    final String connectivity;
    final String allocationId;
    final String clientToken;
    String state = "pending";
    int describesUntilAvailable;

    NatGateway(String id, Map<String, String> tags, String vpcId, String subnetId, String connectivity, String allocationId,
        String clientToken) {
      super(id, tags);
      this.vpcId = vpcId;
      this.subnetId = subnetId;
      this.connectivity = connectivity;
      this.allocationId = allocationId;
      this.clientToken = clientToken;
    }

    @Override
    boolean live() {
      return !state.equals("deleted");
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "subnet-id": return List.of(subnetId);
        case "state": return List.of(state);
        case "nat-gateway-id": return List.of(id);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("natGatewayId", id).leaf("vpcId", vpcId).leaf("subnetId", subnetId).leaf("state", state)
          .leaf("connectivityType", connectivity).leaf("createTime", "2026-11-01T00:00:00.000Z")
          .set("natGatewayAddressSet", allocationId == null ? List.<String>of() : List.of(allocationId),
              (a, alloc) -> a.leaf("allocationId", alloc).leaf("publicIp", "203.0.113.10").leaf("privateIp", "10.0.0.10"))
          .tags(tags);
    }

    @Override
    String snapshot() {
      return super.snapshot().replace("<state>pending</state>", "<state>available</state>");
    }
  }

  static final class Address extends FakeResource {
    final String publicIp;

    Address(String id, Map<String, String> tags, String publicIp) {
      super(id, tags);
      this.publicIp = publicIp;
    }

    @Override
    List<String> filterValues(String name) {
      return name.equals("allocation-id") ? List.of(id) : List.of();
    }

    @Override
    void xml(Xml x) {
      x.leaf("allocationId", id).leaf("publicIp", publicIp).leaf("domain", "vpc").tags(tags);
    }
  }

  static final class VpcEndpoint extends FakeResource {
    final String type;
    final String vpcId;
    final String service;
    final String clientToken;
    final Set<String> routeTables = new LinkedHashSet<>();
    final Set<String> subnets = new LinkedHashSet<>();
    final Set<String> groups = new LinkedHashSet<>();
    boolean privateDns;
    String policy;
    String state = "pending";
    int describesUntilAvailable;

    VpcEndpoint(String id, Map<String, String> tags, String type, String vpcId, String service, String clientToken) {
      super(id, tags);
      this.type = type;
      this.vpcId = vpcId;
      this.service = service;
      this.clientToken = clientToken;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "vpc-endpoint-id": return List.of(id);
        case "service-name": return List.of(service);
        case "vpc-endpoint-type": return List.of(type);
        case "vpc-endpoint-state": return List.of(state);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpcEndpointId", id).leaf("vpcEndpointType", type).leaf("vpcId", vpcId).leaf("serviceName", service)
          .leaf("state", state).leaf("policyDocument", policy).strings("routeTableIdSet", routeTables)
          .strings("subnetIdSet", subnets)
          .set("groupSet", groups, (g, group) -> g.leaf("groupId", group).leaf("groupName", group))
          .leaf("privateDnsEnabled", privateDns)
          .strings("networkInterfaceIdSet", subnets.stream().map(s -> "eni-" + s.substring(7)).toList())
          .set("dnsEntrySet", dnsNames(), (d, name) -> d.leaf("dnsName", name).leaf("hostedZoneId", REGIONAL_ZONE))
          .leaf("ownerId", FakeEc2State.ACCOUNT).tags(tags);
    }

    /** The hosted zone of the endpoints' regional DNS names (as us-east-1's). */
    static final String REGIONAL_ZONE = "Z7HUB22UULQXV";

    /**
     * An interface endpoint's DNS names as AWS makes them: the regional one first, then one per
     * subnet's zone (here per subnet); a gateway endpoint has none.
     */
    List<String> dnsNames() {
      if (!type.equals("Interface")) {
        return List.of();
      }
      String[] parts = service.split("\\.", 4);
      String rest = parts.length == 4 && parts[0].equals("com") ? parts[3] + "." + parts[2] : service;
      List<String> names = new ArrayList<>();
      names.add(id + "-fake0001." + rest + ".vpce.amazonaws.com");
      subnets.forEach(subnet -> names.add(id + "-fake0001-" + subnet + "." + rest + ".vpce.amazonaws.com"));
      return names;
    }

    @Override
    String snapshot() {
      return super.snapshot().replace("<state>pending</state>", "<state>available</state>");
    }
  }

  /** One security group permission in the EC2 shape: protocol, ports and one peer. */
  record Permission(String protocol, Integer from, Integer to, String cidr, String group, String prefixList, String description) {
    void xml(Xml x) {
      x.leaf("ipProtocol", protocol).leaf("fromPort", from).leaf("toPort", to);
      x.set("groups", group == null ? List.<String>of() : List.of(group),
          (g, id) -> g.leaf("groupId", id).leaf("userId", FakeEc2State.ACCOUNT).leaf("description", description));
      x.set("ipRanges", cidr == null ? List.<String>of() : List.of(cidr), (r, c) -> r.leaf("cidrIp", c).leaf("description", description));
      x.raw("<ipv6Ranges/>");
      x.set("prefixListIds", prefixList == null ? List.<String>of() : List.of(prefixList),
          (p, id) -> p.leaf("prefixListId", id).leaf("description", description));
    }

    boolean sameRule(Permission other) {
      return protocol.equals(other.protocol) && java.util.Objects.equals(from, other.from) && java.util.Objects.equals(to, other.to)
          && java.util.Objects.equals(cidr, other.cidr) && java.util.Objects.equals(group, other.group)
          && java.util.Objects.equals(prefixList, other.prefixList);
    }
  }

  static final class SecurityGroup extends FakeResource {
    final String name;
    final String description;
    final String vpcId;
    final List<Permission> ingress = new ArrayList<>();
    final List<Permission> egress = new ArrayList<>();

    SecurityGroup(String id, Map<String, String> tags, String name, String description, String vpcId) {
      super(id, tags);
      this.name = name;
      this.description = description;
      this.vpcId = vpcId;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "group-id": return List.of(id);
        case "group-name": return List.of(this.name);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("ownerId", FakeEc2State.ACCOUNT).leaf("groupId", id).leaf("groupName", name).leaf("groupDescription", description)
          .leaf("vpcId", vpcId)
          .set("ipPermissions", ingress, (p, perm) -> perm.xml(p))
          .set("ipPermissionsEgress", egress, (p, perm) -> perm.xml(p)).tags(tags);
    }
  }

  static final class PrefixList extends FakeResource {
    final String name;

    PrefixList(String id, String name) {
      super(id, Map.of());
      this.name = name;
    }

    @Override
    List<String> filterValues(String filter) {
      switch (filter) {
        case "prefix-list-id": return List.of(id);
        case "prefix-list-name": return List.of(name);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("prefixListId", id).leaf("addressFamily", "IPv4").leaf("state", "create-complete").leaf("prefixListName", name)
          .leaf("maxEntries", 10).leaf("ownerId", "AWS").tags(tags);
    }
  }

  /** One side of a peering connection: its VPC, owner, region and blocks, as VpcPeeringConnectionVpcInfo tells them. */
  record PeerSide(String vpcId, String owner, String region, List<String> cidrs) {
    void xml(Xml x) {
      x.leaf("vpcId", vpcId).leaf("ownerId", owner).leaf("region", region).leaf("cidrBlock", cidrs.isEmpty() ? null : cidrs.get(0))
          .set("cidrBlockSet", cidrs, (item, cidr) -> item.leaf("cidrBlock", cidr));
    }
  }

  static final class Peering extends FakeResource {
    final String requesterVpc;
    final String accepterVpc;
    final PeerSide requester;
    final PeerSide accepter;
    String status = "pending-acceptance";

    Peering(String id, Map<String, String> tags, PeerSide requester, PeerSide accepter) {
      super(id, tags);
      this.requester = requester;
      this.accepter = accepter;
      this.requesterVpc = requester.vpcId();
      this.accepterVpc = accepter.vpcId();
    }

    @Override
    boolean live() {
      return !status.equals("deleted");
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "requester-vpc-info.vpc-id": return List.of(requesterVpc);
        case "accepter-vpc-info.vpc-id": return List.of(accepterVpc);
        case "status-code": return List.of(status);
        case "vpc-peering-connection-id": return List.of(id);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpcPeeringConnectionId", id)
          .element("requesterVpcInfo", requester::xml)
          .element("accepterVpcInfo", accepter::xml)
          .element("status", s -> s.leaf("code", status).leaf("message", status)).tags(tags);
    }
  }

  static final class VpnGateway extends FakeResource {
    String vpcId;
    String state = "available";

    VpnGateway(String id, Map<String, String> tags) {
      super(id, tags);
    }

    @Override
    boolean live() {
      return !state.equals("deleted");
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "attachment.vpc-id": return vpcId == null ? List.of() : List.of(vpcId);
        case "vpn-gateway-id": return List.of(id);
        case "state": return List.of(state);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpnGatewayId", id).leaf("state", state).leaf("type", "ipsec.1")
          .set("attachments", vpcId == null ? List.<String>of() : List.of(vpcId), (a, vpc) -> a.leaf("vpcId", vpc).leaf("state", "attached"))
          .tags(tags);
    }
  }

  static final class VpnConnection extends FakeResource {
    final String vpnGatewayId;
    final List<String> routes;

    final boolean staticRoutesOnly;

    VpnConnection(String id, Map<String, String> tags, String vpnGatewayId, List<String> routes) {
      this(id, tags, vpnGatewayId, routes, true);
    }

    VpnConnection(String id, Map<String, String> tags, String vpnGatewayId, List<String> routes, boolean staticRoutesOnly) {
      super(id, tags);
      this.vpnGatewayId = vpnGatewayId;
      this.routes = List.copyOf(routes);
      this.staticRoutesOnly = staticRoutesOnly;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpn-gateway-id": return List.of(vpnGatewayId);
        case "vpn-connection-id": return List.of(id);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("vpnConnectionId", id).leaf("state", "available").leaf("type", "ipsec.1").leaf("customerGatewayId", "cgw-0123456789abcdef0")
          .leaf("vpnGatewayId", vpnGatewayId)
          .element("options", o -> o.leaf("staticRoutesOnly", staticRoutesOnly))
          .set("routes", routes, (r, cidr) -> r.leaf("destinationCidrBlock", cidr).leaf("source", "Static").leaf("state", "available"))
          .tags(tags);
    }
  }
}
