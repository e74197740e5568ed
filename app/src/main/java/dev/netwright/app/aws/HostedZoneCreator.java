package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.HostedZone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.Tag;

/**
 * Makes a Route 53 private hosted zone with its first VPC (CreateHostedZone, whose CallerReference
 * is this run's token for the element: a create whose answer was lost is found again by it, see
 * {@link IdempotentCreate}), tags it (ChangeTagsForResource) and registers how to delete it. Its
 * other VPCs and alias records follow as {@link HostedZoneSteps}. Also deletes a zone: its records
 * first (all but the apex SOA and NS, which go with it), as Route 53 wants.
 */
final class HostedZoneCreator {
  /** How many changes one ChangeResourceRecordSets call carries here (Route 53 takes up to 1,000). */
  private static final int CHANGES_PER_CALL = 100;

  private final ApplyContext context;

  HostedZoneCreator(ApplyContext context) {
    this.context = context;
  }

  HostedZone create(HostedZone zone, Map<String, String> tags) {
    if (zone.vpcIds().isEmpty()) {
      throw new NetwrightException("a private hosted zone needs a VPC to be made with: associate it with at least one");
    }
    ElementId vpc = context.resolve(zone.vpcIds().get(0));
    String region = HostedZoneSteps.regionOfVpc(context, vpc).name();
    Route53Client route53 = context.route53();
    String token = context.token("hostedzone " + zone.id());
    String id = IdempotentCreate.run(context, token,
        () -> HostedZoneNames.zoneId(context.route53SingleAttempt().createHostedZone(r -> r.name(zone.domain()).callerReference(token)
            .vpc(v -> v.vpcId(vpc.value()).vpcRegion(region))
            .hostedZoneConfig(c -> c.privateZone(true).comment("Netwright " + zone.id()))).hostedZone().id()),
        reference -> byCallerReference(route53, reference));
    context.undo.push("created hosted zone " + zone.id() + " as " + id, "delete " + id + " (" + zone.id() + ")",
        () -> route53.deleteHostedZone(r -> r.id(id)));
    List<Tag> awsTags = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    route53.changeTagsForResource(r -> r.resourceType(HostedZoneNames.TAG_TYPE).resourceId(id).addTags(awsTags));
    return new HostedZone(ElementId.of(id), zone.name(), zone.domain(), List.of(vpc), List.of());
  }

  /** The zone made with this CallerReference, when there is one (ListHostedZones, paged by marker). */
  private static Optional<String> byCallerReference(Route53Client route53, String reference) {
    for (var page : route53.listHostedZonesPaginator(r -> { })) {
      Optional<String> found = page.hostedZones().stream().filter(zone -> reference.equals(zone.callerReference()))
          .map(zone -> HostedZoneNames.zoneId(zone.id())).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Deletes a zone Netwright made: every record but the apex SOA and NS (registered so that a
   * rollback makes them again should the zone's delete fail), then the zone with its VPC associations.
   */
  static void delete(ApplyContext context, HostedZone zone) {
    Route53Client route53 = context.route53();
    String id = zone.id().value();
    List<ResourceRecordSet> records = new ArrayList<>();
    for (var page : route53.listResourceRecordSetsPaginator(r -> r.hostedZoneId(id))) {
      page.resourceRecordSets().stream().filter(set -> !(HostedZoneNames.plain(set.name()).equals(zone.domain())
          && ("SOA".equals(set.typeAsString()) || "NS".equals(set.typeAsString())))).forEach(records::add);
    }
    for (int from = 0; from < records.size(); from += CHANGES_PER_CALL) {
      List<ResourceRecordSet> batch = List.copyOf(records.subList(from, Math.min(records.size(), from + CHANGES_PER_CALL)));
      HostedZoneSteps.change(route53, id, ChangeAction.DELETE, batch);
      context.undo.push("removed " + batch.size() + " records of " + id, "make them again",
          () -> HostedZoneSteps.change(route53, id, ChangeAction.CREATE, batch));
    }
    route53.deleteHostedZone(r -> r.id(id));
  }
}
