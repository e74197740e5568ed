package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Makes a transit gateway, a VPC attachment or a transit gateway route table, tagged at birth,
 * waits until AWS says it is {@code available}, and registers how to delete it. A design's default
 * route table is the one AWS made for the gateway (tagged as the design's), or, for a gateway that
 * has none, a new table made the gateway's default. Associations, propagations and routes follow as
 * {@link TransitGatewaySteps}. Also deletes them.
 */
final class TransitCreator {
  private final ApplyContext context;
  private final Cancellation cancellation;

  TransitCreator(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  /** True for the kinds this class makes. */
  static boolean makes(Element element) {
    return element instanceof TransitGateway || element instanceof TransitGatewayVpcAttachment
        || element instanceof TransitGatewayRouteTable || TransitAttachmentCreator.makes(element);
  }

  Element create(Element element, Map<String, String> tags) {
    if (TransitAttachmentCreator.makes(element)) {
      return new TransitAttachmentCreator(context, cancellation).create(element, tags);
    }
    Ec2Client ec2 = context.ec2();
    if (element instanceof TransitGateway gateway) {
      String token = context.token("tgw " + gateway.id());
      String id = IdempotentCreate.run(context, token,
          () -> context.ec2SingleAttempt().createTransitGateway(r -> r.options(o -> o.amazonSideAsn(gateway.amazonSideAsn())
              .defaultRouteTableAssociation(gateway.defaultAssociation() ? "enable" : "disable")
              .defaultRouteTablePropagation(gateway.defaultPropagation() ? "enable" : "disable"))
              .tagSpecifications(Ec2Shapes.tagging(ResourceType.TRANSIT_GATEWAY, withToken(tags, token))))
              .transitGateway().transitGatewayId(),
          t -> ec2.describeTransitGateways(r -> r.filters(IdempotentCreate.byToken(t))).transitGateways().stream()
              .filter(g -> !Ec2Shapes.gone(g.stateAsString())).map(g -> g.transitGatewayId()).findFirst());
      undo(element, id, () -> ec2.deleteTransitGateway(r -> r.transitGatewayId(id)));
      Waiter.until("transit gateway " + id, "available", () -> gatewayState(ec2, id), context.tuning(), cancellation);
      return new TransitGateway(ElementId.of(id), gateway.name(), gateway.region(), gateway.amazonSideAsn(), gateway.defaultAssociation(),
          gateway.defaultPropagation());
    }
    if (element instanceof TransitGatewayVpcAttachment attachment) {
      String token = context.token("tgw-attach " + attachment.id());
      List<String> subnets = attachment.subnetIds().stream().map(context::aws).toList();
      String id = IdempotentCreate.run(context, token,
          () -> context.ec2SingleAttempt().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(context.aws(attachment.transitGatewayId()))
              .vpcId(context.aws(attachment.vpcId())).subnetIds(subnets)
              .tagSpecifications(Ec2Shapes.tagging(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, withToken(tags, token))))
              .transitGatewayVpcAttachment().transitGatewayAttachmentId(),
          t -> ec2.describeTransitGatewayVpcAttachments(r -> r.filters(IdempotentCreate.byToken(t))).transitGatewayVpcAttachments()
              .stream().filter(a -> !Ec2Shapes.gone(a.stateAsString())).map(a -> a.transitGatewayAttachmentId()).findFirst());
      undo(element, id, () -> ec2.deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(id)));
      Waiter.until("transit gateway attachment " + id, "available", () -> attachmentState(ec2, id), context.tuning(), cancellation);
      return new TransitGatewayVpcAttachment(ElementId.of(id), attachment.name(), context.resolve(attachment.transitGatewayId()),
          context.resolve(attachment.vpcId()), subnets.stream().map(ElementId::of).toList());
    }
    TransitGatewayRouteTable table = (TransitGatewayRouteTable) element;
    String gateway = context.aws(table.transitGatewayId());
    if (table.isDefault()) {
      Optional<String> existing = Optional.ofNullable(ec2.describeTransitGateways(r -> r.transitGatewayIds(gateway)).transitGateways()
          .get(0).options().associationDefaultRouteTableId());
      if (existing.isPresent()) {
        return adopt(ec2, table, existing.get(), tags);
      }
    }
    String id = ec2.createTransitGatewayRouteTable(r -> r.transitGatewayId(gateway)
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.TRANSIT_GATEWAY_ROUTE_TABLE, tags))).transitGatewayRouteTable()
        .transitGatewayRouteTableId();
    undo(element, id, () -> ec2.deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(id)));
    Waiter.until("transit gateway route table " + id, "available", () -> tableState(ec2, id), context.tuning(), cancellation);
    if (table.isDefault()) {
      // a gateway without a default table gets this one as its default
      ec2.modifyTransitGateway(r -> r.transitGatewayId(gateway).options(o -> o.associationDefaultRouteTableId(id)
          .propagationDefaultRouteTableId(id)));
    }
    return TransitGatewayRouteTable.of(ElementId.of(id), table.name(), ElementId.of(gateway), table.isDefault());
  }

  /** The default table AWS made for a new gateway: tagged as the design's, with what AWS put in it so far. */
  private Element adopt(Ec2Client ec2, TransitGatewayRouteTable table, String id, Map<String, String> tags) {
    List<Tag> awsTags = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    ec2.createTags(r -> r.resources(id).tags(awsTags));
    context.undo.push("tagged " + id + " as the default route table " + table.id(), "untag " + id,
        () -> ec2.deleteTags(r -> r.resources(id).tags(awsTags)));
    List<ElementId> associations = ec2.getTransitGatewayRouteTableAssociations(r -> r.transitGatewayRouteTableId(id)).associations()
        .stream().map(a -> ElementId.of(a.transitGatewayAttachmentId())).toList();
    List<ElementId> propagations = ec2.getTransitGatewayRouteTablePropagations(r -> r.transitGatewayRouteTableId(id))
        .transitGatewayRouteTablePropagations().stream().map(p -> ElementId.of(p.transitGatewayAttachmentId())).toList();
    return new TransitGatewayRouteTable(ElementId.of(id), table.name(), context.resolve(table.transitGatewayId()), true, associations,
        propagations, List.of());
  }

  /** Deletes a running transit gateway element; a route table loses its associations first. */
  static void delete(Ec2Client ec2, Element live, AwsTuning tuning, Cancellation cancellation) {
    String id = live.id().value();
    if (live instanceof TransitGateway) {
      ec2.deleteTransitGateway(r -> r.transitGatewayId(id));
    } else if (live instanceof TransitGatewayVpcAttachment) {
      ec2.deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(id));
      Waiter.until("transit gateway attachment " + id, "deleted", () -> attachmentState(ec2, id), tuning, cancellation);
    } else if (live instanceof TransitGatewayRouteTable table) {
      for (ElementId attachment : table.associations()) {
        ec2.disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(id).transitGatewayAttachmentId(attachment.value()));
      }
      ec2.deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(id));
    }
  }

  /**
   * The new VPC attachments a route table's routes to a transit gateway wait for: AWS refuses a
   * route to a transit gateway the VPC is not attached to yet.
   */
  static List<PlannedChange> attachmentsBefore(Element desired, java.util.Collection<PlannedChange> creates) {
    if (!(desired instanceof dev.netwright.model.topology.RouteTable table)) {
      return List.of();
    }
    java.util.Set<ElementId> targets = new java.util.HashSet<>();
    table.routes().forEach(route -> targets.add(route.target()));
    return creates.stream().filter(change -> change.desired() instanceof TransitGatewayVpcAttachment attachment
        && attachment.vpcId().equals(table.vpcId()) && targets.contains(attachment.transitGatewayId())).toList();
  }

  /** The dry calls for a create whose parameters are known before the run (see {@link PermissionCheck}). */
  static void dryCreate(Map<String, Runnable> calls, Ec2Client ec2, Element element, ApplyContext context,
      java.util.function.Predicate<ElementId> runs) {
    TransitAttachmentCreator.dryCreate(calls, ec2, element, context, runs);
    if (element instanceof TransitGateway gateway) {
      calls.putIfAbsent("CreateTransitGateway", () -> ec2.createTransitGateway(r -> r.dryRun(true)
          .options(o -> o.amazonSideAsn(gateway.amazonSideAsn()))));
    } else if (element instanceof TransitGatewayVpcAttachment attachment && runs.test(attachment.transitGatewayId())
        && runs.test(attachment.vpcId()) && attachment.subnetIds().stream().allMatch(runs)) {
      calls.putIfAbsent("CreateTransitGatewayVpcAttachment", () -> ec2.createTransitGatewayVpcAttachment(r -> r.dryRun(true)
          .transitGatewayId(context.aws(attachment.transitGatewayId())).vpcId(context.aws(attachment.vpcId()))
          .subnetIds(attachment.subnetIds().stream().map(context::aws).toList())));
    } else if (element instanceof TransitGatewayRouteTable table && !table.isDefault() && runs.test(table.transitGatewayId())) {
      calls.putIfAbsent("CreateTransitGatewayRouteTable", () -> ec2.createTransitGatewayRouteTable(r -> r.dryRun(true)
          .transitGatewayId(context.aws(table.transitGatewayId()))));
    }
  }

  /** The dry call for deleting a running transit gateway element. */
  static void dryDelete(Map<String, Runnable> calls, Ec2Client ec2, Element live) {
    TransitAttachmentCreator.dryDelete(calls, ec2, live);
    String id = live.id().value();
    if (live instanceof TransitGateway) {
      calls.putIfAbsent("DeleteTransitGateway", () -> ec2.deleteTransitGateway(r -> r.dryRun(true).transitGatewayId(id)));
    } else if (live instanceof TransitGatewayVpcAttachment) {
      calls.putIfAbsent("DeleteTransitGatewayVpcAttachment", () -> ec2.deleteTransitGatewayVpcAttachment(r -> r.dryRun(true)
          .transitGatewayAttachmentId(id)));
    } else if (live instanceof TransitGatewayRouteTable) {
      calls.putIfAbsent("DeleteTransitGatewayRouteTable", () -> ec2.deleteTransitGatewayRouteTable(r -> r.dryRun(true)
          .transitGatewayRouteTableId(id)));
    }
  }

  static String gatewayState(Ec2Client ec2, String id) {
    return ec2.describeTransitGateways(r -> r.transitGatewayIds(id)).transitGateways().stream().map(g -> g.stateAsString())
        .findFirst().orElse("deleted");
  }

  static String attachmentState(Ec2Client ec2, String id) {
    return ec2.describeTransitGatewayVpcAttachments(r -> r.transitGatewayAttachmentIds(id)).transitGatewayVpcAttachments().stream()
        .map(a -> a.stateAsString()).findFirst().orElse("deleted");
  }

  static String tableState(Ec2Client ec2, String id) {
    return ec2.describeTransitGatewayRouteTables(r -> r.transitGatewayRouteTableIds(id)).transitGatewayRouteTables().stream()
        .map(t -> t.stateAsString()).findFirst().orElse("deleted");
  }

  private static Map<String, String> withToken(Map<String, String> tags, String token) {
    Map<String, String> all = new java.util.LinkedHashMap<>(tags);
    all.put(IdempotentCreate.TOKEN_TAG, token);
    return all;
  }

  private void undo(Element element, String id, Runnable delete) {
    context.undo.push("created " + element.kind().label().toLowerCase() + " " + element.id() + " as " + id,
        "delete " + id + " (" + element.id() + ")", delete);
  }
}
