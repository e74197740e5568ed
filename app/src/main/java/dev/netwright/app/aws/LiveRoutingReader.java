package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

/**
 * Reads route tables with every route — prefix-list routes to gateway endpoints included, which
 * {@link LiveAssembly} later folds into their endpoints — the main flag and the associations.
 */
final class LiveRoutingReader {
  private final Ec2Client ec2;
  private final int pageSize;
  private final Cancellation cancellation;
  private final LiveReader.LiveParts parts;

  LiveRoutingReader(Ec2Client ec2, int pageSize, Cancellation cancellation, LiveReader.LiveParts parts) {
    this.ec2 = ec2;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
    this.parts = parts;
  }

  void read(List<Filter> byVpc) {
    for (var page : ec2.describeRouteTablesPaginator(request -> request.maxResults(pageSize).filters(byVpc))) {
      cancellation.check();
      for (var table : page.routeTables()) {
        boolean main = false;
        List<ElementId> subnets = new ArrayList<>();
        for (RouteTableAssociation association : table.associations()) {
          String state = association.associationState() == null ? "associated" : association.associationState().stateAsString();
          if (!"associated".equals(state) && !"associating".equals(state)) {
            continue;
          }
          if (Boolean.TRUE.equals(association.main())) {
            main = true;
            parts.associations.put(table.routeTableId() + " main", association.routeTableAssociationId());
          } else if (association.subnetId() != null) {
            subnets.add(Ec2Shapes.id(association.subnetId()));
            parts.associations.put(table.routeTableId() + " " + association.subnetId(), association.routeTableAssociationId());
          }
        }
        List<Route> routes = new ArrayList<>();
        for (var route : table.routes()) {
          String target = target(route);
          String destination = route.destinationPrefixListId() != null ? route.destinationPrefixListId() : route.destinationCidrBlock();
          if (target == null || target.equals("local") || destination == null) {
            continue;
          }
          if ("blackhole".equals(route.stateAsString()) && !target.startsWith("vpce-")) {
            parts.warn("route table " + table.routeTableId() + " has a blackhole route to " + destination + " via " + target
                + " (its target is gone); left out");
            continue;
          }
          routes.add(new Route(RouteDestination.parse(destination), Ec2Shapes.id(target)));
          if ("EnableVgwRoutePropagation".equals(route.originAsString()) && target.startsWith("vgw-") && route.destinationCidrBlock() != null) {
            // what a VPN connection's BGP session taught the table: the on-premises networks behind that gateway
            parts.learnedOnPremises.computeIfAbsent(target, key -> new java.util.LinkedHashSet<>())
                .add(dev.netwright.model.Cidr.parse(route.destinationCidrBlock()));
          }
        }
        parts.add(new RouteTable(Ec2Shapes.id(table.routeTableId()), Ec2Shapes.name(table.tags()), Ec2Shapes.id(table.vpcId()), main,
            routes, subnets), table.tags());
      }
    }
  }

  private static String target(software.amazon.awssdk.services.ec2.model.Route route) {
    if (route.gatewayId() != null) {
      return route.gatewayId();
    }
    if (route.natGatewayId() != null) {
      return route.natGatewayId();
    }
    if (route.vpcPeeringConnectionId() != null) {
      return route.vpcPeeringConnectionId();
    }
    if (route.transitGatewayId() != null) {
      return route.transitGatewayId();
    }
    if (route.networkInterfaceId() != null) {
      return route.networkInterfaceId();
    }
    return route.instanceId();
  }
}
