package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NAT-COST-LEAK (warning): a subnet whose S3 or DynamoDB traffic goes through a NAT gateway (its
 * route table sends 0.0.0.0/0 there) while the VPC has a gateway endpoint for that service that is
 * not on the subnet's route table. The traffic works, but every GB pays the NAT gateway's
 * processing charge that the free endpoint would save. A subnet is not reported when the VPC has
 * an interface endpoint for the service with private DNS on, since the service's name then
 * resolves to that endpoint and not through the NAT gateway.
 */
public final class NatCostLeakRule implements VpcRule {
  public static final String ID = "NAT-COST-LEAK";
  private static final PriceTable PRICES = PriceTable.standard();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    Map<String, GatewayEndpoint> endpointOfService = new LinkedHashMap<>();
    Map<String, Set<ElementId>> tablesOfService = new LinkedHashMap<>();
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      String service = ServiceName.shortName(endpoint.service());
      if (!GatewayEndpointServiceRule.GATEWAY_SERVICES.contains(service)) {
        continue;
      }
      endpointOfService.putIfAbsent(service, endpoint);
      tablesOfService.computeIfAbsent(service, key -> new HashSet<>()).addAll(endpoint.routeTableIds());
    }
    if (endpointOfService.isEmpty()) {
      return List.of();
    }
    Set<String> resolvedToInterface = new HashSet<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (endpoint.privateDns()) {
        resolvedToInterface.add(ServiceName.shortName(endpoint.service()));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Subnet subnet : scope.subnets()) {
      Optional<RouteTable> table = scope.tableOf(subnet.id());
      if (table.isEmpty()) {
        continue;
      }
      Optional<NatGateway> nat = defaultRouteNat(scope, table.get());
      if (nat.isEmpty()) {
        continue;
      }
      endpointOfService.forEach((service, endpoint) -> {
        if (!tablesOfService.get(service).contains(table.get().id()) && !resolvedToInterface.contains(service)
            && !routesToEndpointOf(scope, table.get(), service)) {
          findings.add(leak(scope, subnet, table.get(), endpoint, nat.get(), service));
        }
      });
    }
    return findings;
  }

  private static Finding leak(VpcScope scope, Subnet subnet, RouteTable table, GatewayEndpoint endpoint, NatGateway nat, String service) {
    String name = service.equals("s3") ? "S3" : "DynamoDB";
    return new Finding(ID, Severity.WARNING, List.of(subnet.id(), table.id(), endpoint.id(), nat.id()),
        "Associate " + Labels.of(endpoint) + " with route table " + Labels.of(table) + ", or " + name + " traffic from "
            + Labels.of(subnet) + " keeps going through NAT gateway " + Labels.of(nat) + " at " + natPrice(scope)
            + " where the gateway endpoint would carry it free.");
  }

  private static Optional<NatGateway> defaultRouteNat(VpcScope scope, RouteTable table) {
    for (Route route : table.routes()) {
      if (route.destination() instanceof RouteDestination.ToCidr to && to.cidr().equals(Cidr.ANYWHERE)) {
        return scope.find(route.target(), NatGateway.class);
      }
    }
    return Optional.empty();
  }

  /** True when a stored prefix-list route of the table leads to a gateway endpoint of the service. */
  private static boolean routesToEndpointOf(VpcScope scope, RouteTable table, String service) {
    for (Route route : table.routes()) {
      if (route.destination() instanceof RouteDestination.ToPrefixList) {
        Optional<GatewayEndpoint> target = scope.find(route.target(), GatewayEndpoint.class);
        if (target.isPresent() && ServiceName.shortName(target.get().service()).equals(service)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The NAT gateway's processing price in the VPC's region, as the message quotes it. */
  private static String natPrice(VpcScope scope) {
    RegionPrices prices = PRICES.forRegion(scope.vpc().region());
    String price = String.format(java.util.Locale.ROOT, "$%.3f/GB", prices.natGatewayPerGb());
    return price + " (" + (prices.fallback() ? "priced as " + PRICES.fallbackRegion() + ", the price table has no "
        + scope.vpc().region() : scope.vpc().region().name()) + " processing price)";
  }
}
