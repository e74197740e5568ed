package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Small topologies for layout tests: two peered VPCs with subnets in several zones and one of every node kind. */
final class LayoutFixtures {
  private LayoutFixtures() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  static Topology twoPeeredVpcs() {
    Region region = Region.US_EAST_1;
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("AppVpc"), "app", List.of(Cidr.parse("10.0.0.0/16")), true, true, region));
    elements.add(new Vpc(id("DataVpc"), "data", List.of(Cidr.parse("10.1.0.0/16")), true, true, region));
    String[] zones = {"a", "b"};
    for (int i = 0; i < zones.length; i++) {
      String zone = zones[i];
      String upper = zone.toUpperCase();
      elements.add(subnet("PublicSubnet" + upper, "AppVpc", "10.0." + i + ".0/24", "us-east-1" + zone));
      elements.add(subnet("PrivateSubnet" + upper, "AppVpc", "10.0." + (10 + i) + ".0/24", "us-east-1" + zone));
      elements.add(subnet("IsolatedSubnet" + upper, "AppVpc", "10.0." + (20 + i) + ".0/24", "us-east-1" + zone));
      elements.add(new NatGateway(id("NatGateway" + upper), "", id("PublicSubnet" + upper), true, "eipalloc-" + zone));
    }
    elements.add(subnet("DataSubnetD", "DataVpc", "10.1.0.0/24", "us-east-1d"));
    elements.add(new InternetGateway(id("InternetGateway"), "", id("AppVpc")));
    elements.add(new RouteTable(id("PublicRouteTable"), "", id("AppVpc"), false, List.of(Route.of("0.0.0.0/0", "InternetGateway")),
        List.of(id("PublicSubnetA"), id("PublicSubnetB"))));
    elements.add(new RouteTable(id("PrivateRouteTableA"), "", id("AppVpc"), false, List.of(Route.of("0.0.0.0/0", "NatGatewayA"),
        Route.of("10.1.0.0/16", "Peering")), List.of(id("PrivateSubnetA"))));
    elements.add(new RouteTable(id("PrivateRouteTableB"), "", id("AppVpc"), false, List.of(Route.of("0.0.0.0/0", "NatGatewayB")),
        List.of(id("PrivateSubnetB"))));
    elements.add(new RouteTable(id("DataRouteTable"), "", id("DataVpc"), true, List.of(Route.of("10.0.0.0/16", "Peering")), List.of()));
    elements.add(new GatewayEndpoint(id("S3GatewayEndpoint"), "", id("AppVpc"), "com.amazonaws.us-east-1.s3",
        List.of(id("PrivateRouteTableA"), id("PrivateRouteTableB")), ""));
    elements.add(new SecurityGroup(id("EndpointSecurityGroup"), "", id("AppVpc"), "",
        List.of(new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("10.0.0.0/16"), "")), List.of()));
    elements.add(new InterfaceEndpoint(id("SsmEndpoint"), "", id("AppVpc"), "com.amazonaws.us-east-1.ssm",
        List.of(id("PrivateSubnetA"), id("PrivateSubnetB")), List.of(id("EndpointSecurityGroup")), true, ""));
    elements.add(new PeeringConnection(id("Peering"), "", id("AppVpc"), id("DataVpc")));
    elements.add(new OpaqueResource(id("WebInstance"), "", "AWS::EC2::Instance", "{}"));
    return Topology.of(elements);
  }

  static Subnet subnet(String id, String vpc, String cidr, String zone) {
    return new Subnet(id(id), "", id(vpc), Cidr.parse(cidr), AvailabilityZone.of(zone));
  }
}
