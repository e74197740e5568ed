package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;

/**
 * Steps that change a route table: routes added, retargeted or removed, subnets associated, moved
 * from another table (ReplaceRouteTableAssociation, as AWS allows one explicit table per subnet) or
 * let go. A subnet the design moves to another table is let go by that table's steps, not here.
 */
final class RouteTableSteps {
  private final LiveAccount live;
  private final Function<ElementId, Optional<ElementId>> designTableOfSubnet;
  private final java.util.function.UnaryOperator<ElementId> names;

  RouteTableSteps(LiveAccount live, Function<ElementId, Optional<ElementId>> designTableOfSubnet,
      java.util.function.UnaryOperator<ElementId> names) {
    this.live = live;
    this.designTableOfSubnet = designTableOfSubnet;
    this.names = names;
  }

  List<Step> steps(RouteTable desired, RouteTable running) {
    List<Step> steps = new ArrayList<>();
    String table = running.id().value();
    if (desired.main() && !running.main()) {
      mainTableSwitch(running).ifPresent(steps::add);
    }
    Map<RouteDestination, ElementId> now = running.routes().stream().collect(Collectors.toMap(Route::destination, Route::target,
        (a, b) -> a));
    Map<RouteDestination, ElementId> wanted = desired.routes().stream().collect(Collectors.toMap(Route::destination, Route::target,
        (a, b) -> a));
    wanted.forEach((destination, target) -> {
      ElementId current = now.get(destination);
      if (current == null) {
        steps.add(Step.of("add route " + destination.text() + " -> " + names.apply(target), context -> {
          Ec2Client ec2 = context.ec2();
          ec2.createRoute(create(table, destination, target.value()));
          context.undo.push("added route " + destination.text() + " to " + table, "remove route " + destination.text() + " from " + table,
              () -> ec2.deleteRoute(delete(table, destination)));
        }));
      } else if (!current.equals(target)) {
        steps.add(Step.of("route " + destination.text() + " -> " + names.apply(target) + " instead of " + names.apply(current), context -> {
          Ec2Client ec2 = context.ec2();
          ec2.replaceRoute(replace(table, destination, target.value()));
          context.undo.push("retargeted route " + destination.text() + " of " + table, "point route " + destination.text() + " of "
              + table + " back to " + current, () -> ec2.replaceRoute(replace(table, destination, current.value())));
        }));
      }
    });
    now.forEach((destination, target) -> {
      if (!wanted.containsKey(destination)) {
        steps.add(Step.of("remove route " + destination.text() + " -> " + names.apply(target), context -> {
          Ec2Client ec2 = context.ec2();
          ec2.deleteRoute(delete(table, destination));
          context.undo.push("removed route " + destination.text() + " from " + table, "add route " + destination.text() + " to "
              + table + " again", () -> ec2.createRoute(create(table, destination, target.value())));
        }));
      }
    });
    for (ElementId subnet : desired.subnetIds()) {
      if (!running.subnetIds().contains(subnet)) {
        steps.add(associate(table, subnet, live.associationOfSubnet(subnet)));
      }
    }
    for (ElementId subnet : running.subnetIds()) {
      boolean movedElsewhere = designTableOfSubnet.apply(subnet).filter(other -> !other.equals(running.id())).isPresent();
      Optional<String> association = live.association(running.id(), subnet);
      if (!desired.subnetIds().contains(subnet) && !movedElsewhere && association.isPresent()) {
        steps.add(Step.of("let go of subnet " + names.apply(subnet) + " (it falls back to the main table)", context -> {
          Ec2Client ec2 = context.ec2();
          ec2.disassociateRouteTable(r -> r.associationId(association.get()));
          context.undo.push("let go of subnet " + subnet + " from " + table, "associate subnet " + subnet + " with " + table + " again",
              () -> ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(subnet.value())));
        }));
      }
    }
    return steps;
  }

  private Step associate(String table, ElementId subnet, Optional<String> existing) {
    if (existing.isPresent()) {
      String oldTable = existingTable(existing.get());
      return Step.of("take subnet " + names.apply(subnet) + " over from " + names.apply(ElementId.of(oldTable)), context -> {
        Ec2Client ec2 = context.ec2();
        String association = ec2.replaceRouteTableAssociation(r -> r.associationId(existing.get()).routeTableId(table))
            .newAssociationId();
        context.undo.push("moved subnet " + subnet + " to " + table, "move subnet " + subnet + " back",
            () -> ec2.replaceRouteTableAssociation(r -> r.associationId(association).routeTableId(oldTable)));
      });
    }
    return Step.of("associate subnet " + names.apply(subnet), context -> {
      Ec2Client ec2 = context.ec2();
      String association = ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(subnet.value())).associationId();
      context.undo.push("associated subnet " + subnet + " with " + table, "let go of subnet " + subnet + " from " + table,
          () -> ec2.disassociateRouteTable(r -> r.associationId(association)));
    });
  }

  /**
   * Makes this table its VPC's main one: AWS moves the VPC's main association (ReplaceRouteTableAssociation
   * on it); the table that was main becomes an ordinary one. Empty when AWS told no main association.
   */
  private Optional<Step> mainTableSwitch(RouteTable running) {
    Optional<RouteTable> oldMain = live.topology().mainRouteTable(running.vpcId());
    Optional<String> association = oldMain.flatMap(main -> Optional.ofNullable(live.associations().get(main.id() + " main")));
    if (oldMain.isEmpty() || association.isEmpty()) {
      return Optional.empty();
    }
    String table = running.id().value();
    String previous = oldMain.get().id().value();
    return Optional.of(Step.of("become the main table instead of " + names.apply(oldMain.get().id()), context -> {
      Ec2Client ec2 = context.ec2();
      String moved = ec2.replaceRouteTableAssociation(r -> r.associationId(association.get()).routeTableId(table)).newAssociationId();
      context.undo.push("made " + table + " the main table of " + running.vpcId(), "make " + previous + " the main table again",
          () -> ec2.replaceRouteTableAssociation(r -> r.associationId(moved).routeTableId(previous)));
    }));
  }

  private String existingTable(String association) {
    return live.associations().entrySet().stream().filter(entry -> entry.getValue().equals(association))
        .map(entry -> entry.getKey().substring(0, entry.getKey().indexOf(' '))).findFirst().orElseThrow();
  }

  static CreateRouteRequest create(String table, RouteDestination destination, String target) {
    CreateRouteRequest.Builder request = CreateRouteRequest.builder().routeTableId(table);
    if (destination instanceof RouteDestination.ToPrefixList list) {
      request.destinationPrefixListId(list.prefixList().value());
    } else {
      request.destinationCidrBlock(destination.text());
    }
    if (target.startsWith("nat-")) {
      request.natGatewayId(target);
    } else if (target.startsWith("pcx-")) {
      request.vpcPeeringConnectionId(target);
    } else if (target.startsWith("tgw-")) {
      request.transitGatewayId(target);
    } else if (target.startsWith("eni-")) {
      request.networkInterfaceId(target);
    } else if (target.startsWith("vpce-")) {
      request.vpcEndpointId(target);
    } else if (target.startsWith("i-")) {
      request.instanceId(target);
    } else {
      request.gatewayId(target);
    }
    return request.build();
  }

  static ReplaceRouteRequest replace(String table, RouteDestination destination, String target) {
    CreateRouteRequest create = create(table, destination, target);
    return ReplaceRouteRequest.builder().routeTableId(table).destinationCidrBlock(create.destinationCidrBlock())
        .destinationPrefixListId(create.destinationPrefixListId()).gatewayId(create.gatewayId()).natGatewayId(create.natGatewayId())
        .vpcPeeringConnectionId(create.vpcPeeringConnectionId()).transitGatewayId(create.transitGatewayId())
        .networkInterfaceId(create.networkInterfaceId()).vpcEndpointId(create.vpcEndpointId()).instanceId(create.instanceId()).build();
  }

  static DeleteRouteRequest delete(String table, RouteDestination destination) {
    DeleteRouteRequest.Builder request = DeleteRouteRequest.builder().routeTableId(table);
    if (destination instanceof RouteDestination.ToPrefixList list) {
      request.destinationPrefixListId(list.prefixList().value());
    } else {
      request.destinationCidrBlock(destination.text());
    }
    return request.build();
  }
}
