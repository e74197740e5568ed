package dev.netwright.model.path;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.Arrays;
import java.util.List;

/**
 * Short factories for the elements of small test designs (region us-east-1 unless a zone says
 * otherwise), shared by the path and cost tests.
 */
public final class Net {
  private Net() {
  }

  public static ElementId id(String value) {
    return ElementId.of(value);
  }

  public static Vpc vpc(String id, String cidr) {
    return new Vpc(id(id), "", List.of(Cidr.parse(cidr)), true, true, Region.US_EAST_1);
  }

  public static Subnet subnet(String id, String vpc, String cidr, String zone) {
    return new Subnet(id(id), "", id(vpc), Cidr.parse(cidr), AvailabilityZone.of(zone));
  }

  /** A table with routes written as "destination>target" and the subnets associated with it. */
  public static RouteTable table(String id, String vpc, List<String> routes, String... subnets) {
    return new RouteTable(id(id), "", id(vpc), false, routes.stream().map(Net::route).toList(), ids(subnets));
  }

  public static RouteTable mainTable(String id, String vpc, List<String> routes) {
    return new RouteTable(id(id), "", id(vpc), true, routes.stream().map(Net::route).toList(), List.of());
  }

  public static Route route(String text) {
    String[] parts = text.split(">");
    return Route.of(parts[0].trim(), parts[1].trim());
  }

  public static InternetGateway igw(String id, String vpc) {
    return new InternetGateway(id(id), "", id(vpc));
  }

  public static NatGateway nat(String id, String subnet) {
    return new NatGateway(id(id), "", id(subnet), true, "eipalloc-0abc");
  }

  public static NatGateway privateNat(String id, String subnet) {
    return new NatGateway(id(id), "", id(subnet), false, "");
  }

  public static GatewayEndpoint gatewayEndpoint(String id, String vpc, String service, String... tables) {
    return new GatewayEndpoint(id(id), "", id(vpc), "com.amazonaws.us-east-1." + service, ids(tables), "");
  }

  public static InterfaceEndpoint interfaceEndpoint(String id, String vpc, String service, boolean privateDns, List<String> subnets,
      String... groups) {
    return new InterfaceEndpoint(id(id), "", id(vpc), "com.amazonaws.us-east-1." + service, ids(subnets.toArray(String[]::new)),
        ids(groups), privateDns, "");
  }

  /** A security group admitting TCP 443 from each CIDR. */
  public static SecurityGroup httpsFrom(String id, String vpc, String... cidrs) {
    return new SecurityGroup(id(id), "", id(vpc), "", Arrays.stream(cidrs)
        .map(cidr -> SecurityRule.tcp(443, new RulePeer.CidrPeer(Cidr.parse(cidr)))).toList(), List.of());
  }

  public static PeeringConnection peering(String id, String requester, String accepter) {
    return new PeeringConnection(id(id), "", id(requester), id(accepter));
  }

  public static VpnGateway vpn(String id, String vpc, String... onPremises) {
    return new VpnGateway(id(id), "", id(vpc), Arrays.stream(onPremises).map(Cidr::parse).toList());
  }

  public static List<ElementId> ids(String... values) {
    return Arrays.stream(values).map(ElementId::of).toList();
  }
}
