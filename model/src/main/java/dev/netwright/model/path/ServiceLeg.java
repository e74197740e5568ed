package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * How a subnet reaches an AWS service by name: through a gateway endpoint when its route table has
 * the service's prefix-list route; else through an interface endpoint whose private DNS makes the
 * service's name resolve to it inside the VPC; else the name resolves to the public endpoint and
 * the packet follows the default route (NAT gateway, internet gateway).
 */
final class ServiceLeg {
  private ServiceLeg() {
  }

  static boolean reach(Walk walk, VpcSlice slice, Subnet source, ElementId table, String service) {
    Vpc vpc = slice.vpc;
    PublicDestination plain = PublicDestination.service(service, vpc.region(), null);
    if (plain.gatewayCapable()) {
      Optional<Link> route = slice.graph.publicRoute(table, service);
      if (route.isPresent() && route.get().type == Link.Type.PREFIX_LIST) {
        return Router.toPublic(walk, slice, table, plain, true);
      }
    }
    List<InterfaceEndpoint> endpoints = slice.interfaceEndpointsFor(service);
    boolean vpcDns = vpc.dnsSupport() && vpc.dnsHostnames();
    for (InterfaceEndpoint endpoint : endpoints) {
      if (endpoint.privateDns() && vpcDns) {
        return EndpointLeg.reach(walk, slice, table, List.of(source.cidr()), endpoint, service);
      }
    }
    if (endpoints.isEmpty()) {
      return Router.toPublic(walk, slice, table, plain, true);
    }
    InterfaceEndpoint endpoint = endpoints.get(0);
    String dnsNote = endpoint.privateDns()
        ? "VPC " + vpc.id() + " has " + missingDnsFlags(vpc) + " off, so private DNS on " + endpoint.id() + " does not take effect and "
            + plain.hostname() + " resolves to the public service"
        : "private DNS is off on " + endpoint.id() + ", so " + plain.hostname() + " resolves to the public service";
    boolean reached = Router.toPublic(walk, slice, table, PublicDestination.service(service, vpc.region(), dnsNote), true);
    if (!reached) {
      walk.block(endpoint.id(), dnsNote + "; " + walk.blocked().reason());
    }
    return reached;
  }

  private static String missingDnsFlags(Vpc vpc) {
    if (!vpc.dnsSupport() && !vpc.dnsHostnames()) {
      return "DNS support and DNS hostnames";
    }
    return vpc.dnsSupport() ? "DNS hostnames" : "DNS support";
  }
}
