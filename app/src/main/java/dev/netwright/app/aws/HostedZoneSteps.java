package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.Tag;

/**
 * The steps that bring a running private hosted zone to its design element (both with AWS ids):
 * its Name tag (ChangeTagsForResource), its VPC associations (AssociateVPCWithHostedZone first,
 * then DisassociateVPCFromHostedZone, as Route 53 refuses to take a private zone's last VPC) and its
 * alias records (ChangeResourceRecordSets: UPSERT an A record whose AliasTarget is the endpoint's
 * regional DNS name and hosted zone id, from DescribeVpcEndpoints' DnsEntries once the endpoint
 * runs; DELETE a record the design no longer has). Each registers its undo. Records that are not
 * alias records to the design's endpoints are left as they run.
 */
final class HostedZoneSteps {
  private HostedZoneSteps() {
  }

  static List<Step> steps(HostedZone desired, HostedZone now, UnaryOperator<ElementId> names, LiveAccount live) {
    String zone = now.id().value();
    List<Step> steps = new ArrayList<>();
    if (!desired.name().isBlank() && !desired.name().equals(now.name())) {
      steps.add(Step.of("rename '" + now.name() + "' to '" + desired.name() + "'", context -> {
        Route53Client route53 = context.route53();
        setName(route53, zone, desired.name());
        context.undo.push("renamed " + zone + " to '" + desired.name() + "'", "rename " + zone + " back to '" + now.name() + "'",
            () -> setName(route53, zone, now.name()));
      }));
    }
    for (ElementId vpc : desired.vpcIds()) {
      if (!now.vpcIds().contains(vpc)) {
        steps.add(Step.of("associate VPC " + names.apply(vpc), context -> {
          Route53Client route53 = context.route53();
          String region = regionOfVpc(context, vpc).name();
          associate(route53, zone, vpc.value(), region);
          context.undo.push("associated VPC " + vpc + " with " + zone, "disassociate it", () -> disassociate(route53, zone, vpc.value(), region));
        }));
      }
    }
    refuseWithoutVpc(desired);
    for (ElementId vpc : now.vpcIds()) {
      if (!desired.vpcIds().contains(vpc)) {
        steps.add(Step.of("disassociate VPC " + names.apply(vpc), context -> {
          Route53Client route53 = context.route53();
          String region = regionOfVpc(context, vpc).name();
          disassociate(route53, zone, vpc.value(), region);
          context.undo.push("disassociated VPC " + vpc + " from " + zone, "associate it again", () -> associate(route53, zone, vpc.value(),
              region));
        }));
      }
    }
    Map<String, AliasRecord> running = new LinkedHashMap<>();
    now.records().forEach(record -> running.put(record.recordName(), record));
    Map<String, AliasRecord> wanted = new LinkedHashMap<>();
    desired.records().forEach(record -> wanted.put(record.recordName(), record));
    for (AliasRecord record : desired.records()) {
      AliasRecord current = running.get(record.recordName());
      if (record.equals(current)) {
        continue;
      }
      steps.add(Step.of((current == null ? "add alias " : "point alias ") + record.recordName() + " -> " + names.apply(record.endpointId()),
          context -> upsert(context, zone, record)));
    }
    for (AliasRecord record : now.records()) {
      if (!wanted.containsKey(record.recordName())) {
        steps.add(Step.of("remove alias " + record.recordName() + " -> " + names.apply(record.endpointId()),
            context -> remove(context, zone, record.recordName())));
      }
    }
    return steps;
  }

  /** Refuses a hosted zone of the design with no VPC: Route 53 makes and keeps a private zone only with at least one. */
  static void refuseWithoutVpc(Element element) {
    if (element instanceof HostedZone zone && zone.vpcIds().isEmpty()) {
      throw new NetwrightException("hosted zone " + zone.id() + " (" + zone.domain() + ") is associated with no VPC; Route 53 makes and"
          + " keeps a private hosted zone only with at least one: associate a VPC with it, or remove it");
    }
  }

  /** Sets (or, for a blank name, removes) the zone's Name tag. */
  static void setName(Route53Client route53, String zone, String name) {
    if (name.isBlank()) {
      route53.changeTagsForResource(r -> r.resourceType(HostedZoneNames.TAG_TYPE).resourceId(zone).removeTagKeys(NetwrightTags.NAME));
    } else {
      route53.changeTagsForResource(r -> r.resourceType(HostedZoneNames.TAG_TYPE).resourceId(zone)
          .addTags(Tag.builder().key(NetwrightTags.NAME).value(name).build()));
    }
  }

  private static void associate(Route53Client route53, String zone, String vpc, String region) {
    route53.associateVPCWithHostedZone(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(vpc).vpcRegion(region)));
  }

  private static void disassociate(Route53Client route53, String zone, String vpc, String region) {
    route53.disassociateVPCFromHostedZone(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(vpc).vpcRegion(region)));
  }

  /** Points the record at the endpoint (an A alias); the undo puts back what ran before, or deletes the new record. */
  private static void upsert(ApplyContext context, String zone, AliasRecord record) {
    Route53Client route53 = context.route53();
    List<ResourceRecordSet> before = aliasSets(route53, zone, record.recordName());
    ResourceRecordSet set = ResourceRecordSet.builder().name(record.recordName()).type(RRType.A)
        .aliasTarget(target(context, record.endpointId())).build();
    change(route53, zone, ChangeAction.UPSERT, List.of(set));
    Optional<ResourceRecordSet> previousA = before.stream().filter(s -> s.type() == RRType.A).findFirst();
    context.undo.push("pointed " + record.recordName() + " in " + zone + " at " + record.endpointId(),
        previousA.isPresent() ? "point it back" : "remove it",
        () -> change(route53, zone, previousA.isPresent() ? ChangeAction.UPSERT : ChangeAction.DELETE, List.of(previousA.orElse(set))));
  }

  /** Deletes the alias record sets of a name (A, and AAAA when there is one); the undo makes them again. */
  private static void remove(ApplyContext context, String zone, String recordName) {
    Route53Client route53 = context.route53();
    List<ResourceRecordSet> sets = aliasSets(route53, zone, recordName);
    if (sets.isEmpty()) {
      return;
    }
    change(route53, zone, ChangeAction.DELETE, sets);
    context.undo.push("removed " + recordName + " from " + zone, "make it again", () -> change(route53, zone, ChangeAction.CREATE, sets));
  }

  static void change(Route53Client route53, String zone, ChangeAction action, List<ResourceRecordSet> sets) {
    List<Change> changes = sets.stream().map(set -> Change.builder().action(action).resourceRecordSet(set).build()).toList();
    route53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(changes)
        .comment("Netwright " + action.toString().toLowerCase(java.util.Locale.ROOT))));
  }

  /** The alias record sets (A or AAAA) named {@code recordName} as they run now. */
  private static List<ResourceRecordSet> aliasSets(Route53Client route53, String zone, String recordName) {
    var page = route53.listResourceRecordSets(r -> r.hostedZoneId(zone).startRecordName(recordName).startRecordType(RRType.A)
        .maxItems("2"));
    return page.resourceRecordSets().stream().filter(set -> HostedZoneNames.plain(set.name()).equals(recordName)
        && (set.type() == RRType.A || set.type() == RRType.AAAA) && set.aliasTarget() != null).toList();
  }

  /** The alias target of an interface endpoint: the first (regional) of its DnsEntries, asked of EC2 in the endpoint's region. */
  private static AliasTarget target(ApplyContext context, ElementId endpoint) {
    var found = context.ec2(regionOfEndpoint(context, endpoint)).describeVpcEndpoints(r -> r.vpcEndpointIds(endpoint.value()))
        .vpcEndpoints();
    var entry = found.stream().flatMap(e -> e.dnsEntries().stream()).filter(e -> e.dnsName() != null && e.hostedZoneId() != null)
        .findFirst().orElseThrow(() -> new NetwrightException("interface endpoint " + context.designId(endpoint) + " (" + endpoint
            + ") has no DNS name yet for an alias record to point at"));
    return AliasTarget.builder().dnsName(entry.dnsName()).hostedZoneId(entry.hostedZoneId()).evaluateTargetHealth(false).build();
  }

  /** The region of a VPC that runs or that this run made. */
  static Region regionOfVpc(ApplyContext context, ElementId vpc) {
    return context.live.topology().find(vpc, Vpc.class).map(Vpc::region)
        .or(() -> made(context, vpc).filter(Vpc.class::isInstance).map(made -> ((Vpc) made).region()))
        .orElse(context.region());
  }

  private static Region regionOfEndpoint(ApplyContext context, ElementId endpoint) {
    Optional<ElementId> vpc = context.live.topology().find(endpoint, InterfaceEndpoint.class).map(InterfaceEndpoint::vpcId)
        .or(() -> made(context, endpoint).filter(InterfaceEndpoint.class::isInstance).map(made -> ((InterfaceEndpoint) made).vpcId()));
    return vpc.map(id -> regionOfVpc(context, id)).orElse(context.region());
  }

  /** What this run made for a resource, by its AWS id. */
  private static Optional<Element> made(ApplyContext context, ElementId aws) {
    return Optional.ofNullable(context.made.get(context.designId(aws)));
  }
}
