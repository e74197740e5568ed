package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fake account holds, by resource kind, and the ids it hands out. Tests seed it through
 * {@link #vpc}, {@link #subnet} and friends, then compare {@link #snapshot()}s.
 */
public final class FakeEc2State {
  static final String ACCOUNT = "111122223333";

  final Map<String, FakeResources.Vpc> vpcs = new LinkedHashMap<>();
  final Map<String, FakeResources.Subnet> subnets = new LinkedHashMap<>();
  final Map<String, FakeResources.RouteTable> routeTables = new LinkedHashMap<>();
  final Map<String, FakeResources.InternetGateway> internetGateways = new LinkedHashMap<>();
  final Map<String, FakeResources.NatGateway> natGateways = new LinkedHashMap<>();
  final Map<String, FakeResources.Address> addresses = new LinkedHashMap<>();
  final Map<String, FakeResources.VpcEndpoint> endpoints = new LinkedHashMap<>();
  final Map<String, FakeResources.SecurityGroup> securityGroups = new LinkedHashMap<>();
  final Map<String, FakeResources.PrefixList> prefixLists = new LinkedHashMap<>();
  final Map<String, FakeResources.Peering> peerings = new LinkedHashMap<>();
  final Map<String, FakeResources.VpnGateway> vpnGateways = new LinkedHashMap<>();
  final Map<String, FakeResources.VpnConnection> vpnConnections = new LinkedHashMap<>();
  final Map<String, FakeInsideResources.NetworkAcl> networkAcls = new LinkedHashMap<>();
  final Map<String, FakeInsideResources.NetworkInterface> networkInterfaces = new LinkedHashMap<>();
  final Map<String, FakeInsideResources.Instance> instances = new LinkedHashMap<>();
  /** ClientTokens already seen, to the id of what they made (CreateRouteTable). */
  final Map<String, String> clientTokens = new LinkedHashMap<>();
  /** The transit gateways of this account and region. */
  public final FakeTransit transit = new FakeTransit(this);
  /** Shared by every region and fake, as AWS ids are unique across regions. */
  private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(0x100);
  /** How many describes a new NAT gateway or endpoint stays pending for. */
  int pendingDescribes = 1;

  private final String region;
  private final String account;

  FakeEc2State(String region) {
    this(ACCOUNT, region);
  }

  FakeEc2State(String account, String region) {
    this.account = account;
    this.region = region;
    seed();
  }

  /** The same account's state in another region (set by {@link FakeEc2}; this one when alone). */
  java.util.function.Function<String, FakeEc2State> regions = region -> this;

  /** The same account in {@code other}, for what AWS lists in two regions (a transit gateway peering). */
  FakeEc2State otherRegion(String other) {
    return other.equals(region) ? this : regions.apply(other);
  }

  public String account() {
    return account;
  }

  public String region() {
    return region;
  }

  /** Forgets every resource: the account as it was when the fake started. */
  synchronized void clear() {
    all().forEach(Map::clear);
    prefixLists.clear();
    clientTokens.clear();
    transit.clear();
    seed();
  }

  private void seed() {
    prefixLists.put("pl-63a5400a", new FakeResources.PrefixList("pl-63a5400a", "com.amazonaws." + region + ".s3"));
    prefixLists.put("pl-02cd2c6b", new FakeResources.PrefixList("pl-02cd2c6b", "com.amazonaws." + region + ".dynamodb"));
  }

  synchronized String newId(String prefix) {
    return prefix + "-" + String.format("%017x", NEXT_ID.getAndIncrement());
  }

  /** A VPC as CreateVpc makes it: with its main route table and its default security group. */
  public synchronized String vpc(String cidr, Map<String, String> tags) {
    FakeResources.Vpc vpc = new FakeResources.Vpc(newId("vpc"), tags, account);
    vpc.cidrs.add(new String[] {newId("vpc-cidr-assoc"), cidr});
    vpcs.put(vpc.id, vpc);
    FakeResources.RouteTable main = new FakeResources.RouteTable(newId("rtb"), Map.of(), vpc.id);
    main.routes.add(new FakeResources.Route(cidr, "local"));
    main.associations.add(new FakeResources.Association(newId("rtbassoc"), null));
    routeTables.put(main.id, main);
    FakeResources.SecurityGroup group = new FakeResources.SecurityGroup(newId("sg"), Map.of(), "default",
        "default VPC security group", vpc.id);
    group.egress.add(new FakeResources.Permission("-1", null, null, "0.0.0.0/0", null, null, null));
    securityGroups.put(group.id, group);
    FakeInsideResources.NetworkAcl acl = new FakeInsideResources.NetworkAcl(newId("acl"), Map.of(), vpc.id, true);
    for (boolean egress : new boolean[] {false, true}) {
      acl.entries.add(new FakeInsideResources.Entry(100, "-1", "allow", egress, "0.0.0.0/0", null, null, null));
      acl.entries.add(new FakeInsideResources.Entry(32767, "-1", "deny", egress, "0.0.0.0/0", null, null, null));
    }
    networkAcls.put(acl.id, acl);
    return vpc.id;
  }

  /** The default network ACL AWS made with a VPC (rule 100 allows everything both ways). */
  public synchronized String defaultAcl(String vpcId) {
    return networkAcls.values().stream().filter(acl -> acl.isDefault && acl.vpcId.equals(vpcId)).map(acl -> acl.id).findFirst()
        .orElseThrow();
  }

  /** The network ACL a subnet is associated with, or null. */
  synchronized FakeInsideResources.NetworkAcl aclOf(String subnetId) {
    return networkAcls.values().stream().filter(acl -> acl.associations.stream().anyMatch(a -> a.subnetId().equals(subnetId)))
        .findFirst().orElse(null);
  }

  /** Moves a subnet's association to another ACL, with a new association id, as ReplaceNetworkAclAssociation does. */
  synchronized String moveAssociation(String subnetId, FakeInsideResources.NetworkAcl target) {
    networkAcls.values().forEach(acl -> acl.associations.removeIf(a -> a.subnetId().equals(subnetId)));
    String id = newId("aclassoc");
    target.associations.add(new FakeInsideResources.Association(id, subnetId));
    return id;
  }

  public synchronized String subnet(String vpcId, String cidr, String zone, Map<String, String> tags) {
    FakeResources.Subnet subnet = new FakeResources.Subnet(newId("subnet"), tags, vpcId, cidr, zone);
    subnets.put(subnet.id, subnet);
    // every new subnet starts on its VPC's default network ACL
    networkAcls.values().stream().filter(acl -> acl.isDefault && acl.vpcId.equals(vpcId)).findFirst()
        .ifPresent(acl -> moveAssociation(subnet.id, acl));
    return subnet.id;
  }

  /** An Elastic IP the account already holds, as a design may name it. */
  public synchronized void address(String allocationId) {
    addresses.put(allocationId, new FakeResources.Address(allocationId, Map.of(), "203.0.113.99"));
  }

  public synchronized String routeTable(String vpcId, Map<String, String> tags) {
    FakeResources.RouteTable table = new FakeResources.RouteTable(newId("rtb"), tags, vpcId);
    table.routes.add(new FakeResources.Route(vpcs.get(vpcId).cidrs.get(0)[1], "local"));
    routeTables.put(table.id, table);
    return table.id;
  }

  public synchronized void route(String tableId, String destination, String target) {
    routeTables.get(tableId).routes.add(new FakeResources.Route(destination, target));
  }

  public synchronized String associate(String tableId, String subnetId) {
    String id = newId("rtbassoc");
    routeTables.get(tableId).associations.add(new FakeResources.Association(id, subnetId));
    return id;
  }

  public synchronized String internetGateway(String vpcId, Map<String, String> tags) {
    FakeResources.InternetGateway gateway = new FakeResources.InternetGateway(newId("igw"), tags);
    gateway.vpcId = vpcId;
    internetGateways.put(gateway.id, gateway);
    return gateway.id;
  }

  public synchronized String natGateway(String subnetId, Map<String, String> tags) {
    FakeResources.Subnet subnet = subnets.get(subnetId);
    FakeResources.Address address = new FakeResources.Address(newId("eipalloc"), Map.of(), "203.0.113.10");
    addresses.put(address.id, address);
    FakeResources.NatGateway nat = new FakeResources.NatGateway(newId("nat"), tags, subnet.vpcId, subnetId, "public", address.id, null);
    nat.state = "available";
    natGateways.put(nat.id, nat);
    return nat.id;
  }

  /** A gateway endpoint with the prefix-list routes AWS adds to its tables. */
  public synchronized String gatewayEndpoint(String vpcId, String service, List<String> tables, Map<String, String> tags) {
    FakeResources.VpcEndpoint endpoint = new FakeResources.VpcEndpoint(newId("vpce"), tags, "Gateway", vpcId, service, null);
    endpoint.state = "available";
    endpoint.policy = FakeEc2Actions.DEFAULT_POLICY;
    endpoints.put(endpoint.id, endpoint);
    tables.forEach(table -> addEndpointRoute(endpoint, table));
    return endpoint.id;
  }

  void addEndpointRoute(FakeResources.VpcEndpoint endpoint, String table) {
    endpoint.routeTables.add(table);
    String prefixList = prefixListOf(endpoint.service);
    routeTables.get(table).routes.add(new FakeResources.Route(prefixList, endpoint.id));
  }

  void removeEndpointRoute(FakeResources.VpcEndpoint endpoint, String table) {
    endpoint.routeTables.remove(table);
    FakeResources.RouteTable routeTable = routeTables.get(table);
    if (routeTable != null) {
      routeTable.routes.removeIf(route -> route.target.equals(endpoint.id));
    }
  }

  String prefixListOf(String service) {
    return prefixLists.values().stream().filter(list -> list.name.equals(service)).map(list -> list.id).findFirst()
        .orElseThrow(() -> new FakeEc2Error("InvalidServiceName", "The Vpc Endpoint Service '" + service + "' does not exist"));
  }

  public synchronized String interfaceEndpoint(String vpcId, String service, List<String> subnetIds, List<String> groups,
      boolean privateDns, Map<String, String> tags) {
    FakeResources.VpcEndpoint endpoint = new FakeResources.VpcEndpoint(newId("vpce"), tags, "Interface", vpcId, service, null);
    endpoint.state = "available";
    endpoint.subnets.addAll(subnetIds);
    endpoint.groups.addAll(groups);
    endpoint.privateDns = privateDns;
    endpoint.policy = FakeEc2Actions.DEFAULT_POLICY;
    endpoints.put(endpoint.id, endpoint);
    return endpoint.id;
  }

  public synchronized String securityGroup(String vpcId, String name, Map<String, String> tags) {
    FakeResources.SecurityGroup group = new FakeResources.SecurityGroup(newId("sg"), tags, name, name, vpcId);
    group.egress.add(new FakeResources.Permission("-1", null, null, "0.0.0.0/0", null, null, null));
    securityGroups.put(group.id, group);
    return group.id;
  }

  public synchronized void ingress(String groupId, String protocol, Integer from, Integer to, String cidr, String group) {
    securityGroups.get(groupId).ingress.add(new FakeResources.Permission(protocol, from, to, cidr, group, null, null));
  }

  public synchronized String peering(String requester, String accepter, Map<String, String> tags) {
    FakeResources.Peering peering = new FakeResources.Peering(newId("pcx"), tags, side(requester), side(accepter));
    peering.status = "active";
    peerings.put(peering.id, peering);
    return peering.id;
  }

  /** A VPC of this account and region as one side of a peering connection. */
  synchronized FakeResources.PeerSide side(String vpcId) {
    FakeResources.Vpc vpc = vpcs.get(vpcId);
    return new FakeResources.PeerSide(vpcId, account, region, vpc == null ? List.of() : vpc.cidrs.stream().map(c -> c[1]).toList());
  }

  public synchronized String vpnGateway(String vpcId, Map<String, String> tags) {
    FakeResources.VpnGateway gateway = new FakeResources.VpnGateway(newId("vgw"), tags);
    gateway.vpcId = vpcId;
    vpnGateways.put(gateway.id, gateway);
    return gateway.id;
  }

  /** A VPN connection of a VPN gateway with static routes to the on-premises networks. */
  public synchronized String vpnConnection(String vpnGatewayId, List<String> onPremises) {
    FakeResources.VpnConnection connection = new FakeResources.VpnConnection(newId("vpn"), Map.of(), vpnGatewayId, onPremises);
    vpnConnections.put(connection.id, connection);
    return connection.id;
  }

  /**
   * A VPN connection that learns the on-premises networks by BGP (no static routes), with route
   * propagation on {@code tableId}: the networks show only as propagated routes to the VPN gateway.
   */
  public synchronized String dynamicVpnConnection(String vpnGatewayId, String tableId, List<String> learned) {
    FakeResources.VpnConnection connection = new FakeResources.VpnConnection(newId("vpn"), Map.of(), vpnGatewayId, List.of(), false);
    vpnConnections.put(connection.id, connection);
    for (String cidr : learned) {
      FakeResources.Route route = new FakeResources.Route(cidr, vpnGatewayId);
      route.origin = "EnableVgwRoutePropagation";
      routeTables.get(tableId).routes.add(route);
    }
    return connection.id;
  }

  public synchronized void dns(String vpcId, boolean support, boolean hostnames) {
    vpcs.get(vpcId).dnsSupport = support;
    vpcs.get(vpcId).dnsHostnames = hostnames;
  }

  List<Map<String, ? extends FakeResource>> all() {
    return List.of(vpcs, subnets, routeTables, internetGateways, natGateways, addresses, endpoints, securityGroups, peerings,
        vpnGateways, vpnConnections, networkAcls, networkInterfaces, instances);
  }

  /** Every live resource's content by id: equal snapshots mean an equal account. */
  public synchronized Map<String, String> snapshot() {
    Map<String, String> result = new TreeMap<>();
    for (Map<String, ? extends FakeResource> kind : all()) {
      kind.values().stream().filter(FakeResource::live).forEach(resource -> result.put(resource.id, resource.snapshot()));
    }
    return result;
  }

  /** The ids of live resources that carry a tag with this key. */
  public synchronized List<String> taggedWith(String key) {
    List<String> result = new ArrayList<>();
    for (Map<String, ? extends FakeResource> kind : all()) {
      kind.values().stream().filter(FakeResource::live).filter(r -> r.tags.containsKey(key)).forEach(r -> result.add(r.id));
    }
    return result;
  }

  public synchronized int liveCount() {
    return snapshot().size();
  }

  /** A network ACL of a VPC (not its default one), with these subnets moved onto it; returns its id. */
  public synchronized String networkAcl(String vpcId, List<String> subnetIds, Map<String, String> tags) {
    FakeInsideResources.NetworkAcl acl = new FakeInsideResources.NetworkAcl(newId("acl"), tags, vpcId, false);
    for (boolean egress : new boolean[] {false, true}) {
      acl.entries.add(new FakeInsideResources.Entry(32767, "-1", "deny", egress, "0.0.0.0/0", null, null, null));
    }
    networkAcls.put(acl.id, acl);
    subnetIds.forEach(subnet -> moveAssociation(subnet, acl));
    return acl.id;
  }

  /** Removes an entry from a network ACL. */
  public synchronized void removeAclEntry(String aclId, boolean egress, int number) {
    networkAcls.get(aclId).entries.removeIf(entry -> entry.egress() == egress && entry.number() == number);
  }

  /** Adds (or replaces) an entry of a network ACL: a protocol as EC2 writes it ("6", "-1", ...), ports or an ICMP type when they apply. */
  public synchronized void aclEntry(String aclId, int number, String protocol, String action, boolean egress, String cidr,
      Integer from, Integer to, Integer icmpType) {
    removeAclEntry(aclId, egress, number);
    networkAcls.get(aclId).entries.add(new FakeInsideResources.Entry(number, protocol, action, egress, cidr, from, to, icmpType));
  }

  /** A network interface in a subnet, as a service or an instance made it; returns its id. */
  public synchronized String networkInterface(String subnetId, String interfaceType, String description, String requesterId,
      String instanceId, String privateIp, String publicIp, List<String> groupIds, Map<String, String> tags) {
    FakeResources.Subnet subnet = subnets.get(subnetId);
    FakeInsideResources.NetworkInterface eni = new FakeInsideResources.NetworkInterface(newId("eni"), tags, subnet.vpcId, subnetId,
        interfaceType, description, requesterId, instanceId, privateIp, publicIp, groupIds);
    networkInterfaces.put(eni.id, eni);
    return eni.id;
  }

  /**
   * An EC2 instance in a subnet with its tags (its name among them), and its primary network
   * interface, which carries no tags, as AWS makes them; returns the instance's id.
   */
  public synchronized String instance(String subnetId, String privateIp, String publicIp, List<String> groupIds,
      Map<String, String> tags) {
    FakeResources.Subnet subnet = subnets.get(subnetId);
    FakeInsideResources.Instance instance = new FakeInsideResources.Instance(newId("i"), tags, subnet.vpcId, subnetId, privateIp);
    instances.put(instance.id, instance);
    networkInterface(subnetId, "interface", "", null, instance.id, privateIp, publicIp, groupIds, Map.of());
    return instance.id;
  }
}
