package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The steps that bring a running transit gateway, VPC attachment or transit gateway route table to
 * its design element (both with AWS ids): the gateway's default association and propagation, the
 * attachment's subnets, and the table's associations, propagations and static routes. An attachment
 * is moved from the table it is associated with, as AWS wants. A default table keeps what the
 * gateway's defaults put in it even when the design does not list it.
 */
final class TransitGatewaySteps {
  private TransitGatewaySteps() {
  }

  static List<Step> gateway(TransitGateway desired, TransitGateway now) {
    if (desired.amazonSideAsn() != now.amazonSideAsn()) {
      throw new NetwrightException("its Amazon side ASN is " + now.amazonSideAsn() + " in AWS but " + desired.amazonSideAsn()
          + " in the design; AWS cannot change it while the gateway has attachments, so give the new one its own element");
    }
    if (desired.defaultAssociation() == now.defaultAssociation() && desired.defaultPropagation() == now.defaultPropagation()) {
      return List.of();
    }
    String id = now.id().value();
    return List.of(Step.of("set default association " + onOff(desired.defaultAssociation()) + " and propagation "
        + onOff(desired.defaultPropagation()), context -> {
          Ec2Client ec2 = context.ec2();
          ec2.modifyTransitGateway(r -> r.transitGatewayId(id).options(o -> o.defaultRouteTableAssociation(enable(desired.defaultAssociation()))
              .defaultRouteTablePropagation(enable(desired.defaultPropagation()))));
          context.undo.push("set the defaults of " + id, "set them back", () -> ec2.modifyTransitGateway(r -> r.transitGatewayId(id)
              .options(o -> o.defaultRouteTableAssociation(enable(now.defaultAssociation()))
                  .defaultRouteTablePropagation(enable(now.defaultPropagation())))));
        }));
  }

  static List<Step> vpcAttachment(TransitGatewayVpcAttachment desired, TransitGatewayVpcAttachment now, UnaryOperator<ElementId> names) {
    List<String> add = desired.subnetIds().stream().filter(s -> !now.subnetIds().contains(s)).map(ElementId::value).toList();
    List<String> remove = now.subnetIds().stream().filter(s -> !desired.subnetIds().contains(s)).map(ElementId::value).toList();
    if (add.isEmpty() && remove.isEmpty()) {
      return List.of();
    }
    String id = now.id().value();
    return List.of(Step.of("subnets +" + add.stream().map(s -> names.apply(ElementId.of(s)).value()).toList() + " -"
        + remove.stream().map(s -> names.apply(ElementId.of(s)).value()).toList(), context -> {
          Ec2Client ec2 = context.ec2();
          ec2.modifyTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(id).addSubnetIds(add).removeSubnetIds(remove));
          context.undo.push("changed the subnets of " + id, "change them back", () -> ec2.modifyTransitGatewayVpcAttachment(r -> r
              .transitGatewayAttachmentId(id).addSubnetIds(remove).removeSubnetIds(add)));
        }));
  }

  static List<Step> routeTable(TransitGatewayRouteTable desired, TransitGatewayRouteTable now, UnaryOperator<ElementId> names) {
    String table = now.id().value();
    List<Step> steps = new ArrayList<>();
    for (ElementId attachment : desired.associations()) {
      if (!now.associations().contains(attachment)) {
        steps.add(Step.of("associate " + names.apply(attachment), context -> associate(context, table, attachment.value())));
      }
    }
    for (ElementId attachment : desired.propagations()) {
      if (!now.propagations().contains(attachment)) {
        steps.add(Step.of("propagate " + names.apply(attachment), context -> propagate(context, table, attachment.value())));
      }
    }
    if (!desired.isDefault()) {
      // what a default table holds that the design does not list, the gateway's defaults put there
      for (ElementId attachment : now.associations()) {
        if (!desired.associations().contains(attachment)) {
          steps.add(Step.of("disassociate " + names.apply(attachment), context -> {
            Ec2Client ec2 = context.ec2();
            ec2.disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment.value()));
            context.undo.push("disassociated " + attachment + " from " + table, "associate it again", () -> ec2
                .associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment.value())));
          }));
        }
      }
      for (ElementId attachment : now.propagations()) {
        if (!desired.propagations().contains(attachment)) {
          steps.add(Step.of("stop propagating " + names.apply(attachment), context -> {
            Ec2Client ec2 = context.ec2();
            ec2.disableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table)
                .transitGatewayAttachmentId(attachment.value()));
            context.undo.push("stopped propagating " + attachment + " into " + table, "propagate it again", () -> ec2
                .enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table)
                    .transitGatewayAttachmentId(attachment.value())));
          }));
        }
      }
    }
    Map<Cidr, TransitGatewayRoute> running = new LinkedHashMap<>();
    now.routes().forEach(route -> running.put(route.destination(), route));
    Map<Cidr, TransitGatewayRoute> wanted = new LinkedHashMap<>();
    desired.routes().forEach(route -> wanted.put(route.destination(), route));
    for (TransitGatewayRoute route : desired.routes()) {
      TransitGatewayRoute current = running.get(route.destination());
      if (route.equals(current)) {
        continue;
      }
      steps.add(Step.of((current == null ? "add route " : "replace route ") + text(route, names), context -> {
        if (current != null) {
          deleteRoute(context, table, current);
        }
        createRoute(context, table, route);
      }));
    }
    for (TransitGatewayRoute route : now.routes()) {
      if (!wanted.containsKey(route.destination())) {
        steps.add(Step.of("remove route " + text(route, names), context -> deleteRoute(context, table, route)));
      }
    }
    return steps;
  }

  /** Associates an attachment, first taking it from the table it is associated with (AWS allows one per gateway). */
  private static void associate(ApplyContext context, String table, String attachment) {
    Ec2Client ec2 = context.ec2();
    var current = ec2.describeTransitGatewayAttachments(r -> r.transitGatewayAttachmentIds(attachment)).transitGatewayAttachments()
        .stream().map(a -> a.association()).filter(a -> a != null && a.transitGatewayRouteTableId() != null
            && !Ec2Shapes.gone(a.stateAsString()) && !"disassociated".equals(a.stateAsString())).findFirst();
    if (current.isPresent() && current.get().transitGatewayRouteTableId().equals(table)) {
      return;
    }
    if (current.isPresent()) {
      String previous = current.get().transitGatewayRouteTableId();
      ec2.disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(previous).transitGatewayAttachmentId(attachment));
      context.undo.push("disassociated " + attachment + " from " + previous, "associate it with " + previous + " again",
          () -> ec2.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(previous).transitGatewayAttachmentId(attachment)));
    }
    ec2.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment));
    context.undo.push("associated " + attachment + " with " + table, "disassociate it",
        () -> ec2.disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment)));
  }

  private static void propagate(ApplyContext context, String table, String attachment) {
    Ec2Client ec2 = context.ec2();
    boolean already = ec2.getTransitGatewayRouteTablePropagations(r -> r.transitGatewayRouteTableId(table))
        .transitGatewayRouteTablePropagations().stream().anyMatch(p -> attachment.equals(p.transitGatewayAttachmentId()));
    if (already) {
      return;
    }
    ec2.enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment));
    context.undo.push("propagated " + attachment + " into " + table, "stop it",
        () -> ec2.disableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachment)));
  }

  private static void createRoute(ApplyContext context, String table, TransitGatewayRoute route) {
    Ec2Client ec2 = context.ec2();
    String cidr = route.destination().toString();
    if (route.blackhole()) {
      ec2.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr).blackhole(true));
    } else {
      ec2.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr)
          .transitGatewayAttachmentId(route.attachmentId().value()));
    }
    context.undo.push("added the route " + route + " to " + table, "remove it",
        () -> ec2.deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr)));
  }

  private static void deleteRoute(ApplyContext context, String table, TransitGatewayRoute route) {
    Ec2Client ec2 = context.ec2();
    String cidr = route.destination().toString();
    ec2.deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr));
    context.undo.push("removed the route " + route + " from " + table, "add it back", () -> {
      if (route.blackhole()) {
        ec2.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr).blackhole(true));
      } else {
        ec2.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock(cidr)
            .transitGatewayAttachmentId(route.attachmentId().value()));
      }
    });
  }

  private static String text(TransitGatewayRoute route, UnaryOperator<ElementId> names) {
    return route.destination() + " -> " + (route.blackhole() ? "blackhole" : names.apply(route.attachmentId()).value());
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static String enable(boolean on) {
    return on ? "enable" : "disable";
  }
}
