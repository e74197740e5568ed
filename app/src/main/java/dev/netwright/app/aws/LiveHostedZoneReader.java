package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Reads the Route 53 private hosted zones of one account that are associated with the VPCs read:
 * for a few VPCs, ListHostedZonesByVPC for each (paged by NextToken; it also finds zones of other
 * accounts associated with them); for more, ListHostedZones (paged by Marker, 100 a page), as
 * Route 53 answers five calls a second per account. Then for each zone GetHostedZone (its VPC
 * associations: those with VPCs not read are noted and left out), ListResourceRecordSets (paged by
 * the next record's name, type and identifier: the alias records whose target is the DNS name of an
 * interface endpoint read become the zone's records; other records are counted in a warning and left
 * as they run) and ListTagsForResource (the Name and Netwright's tags). Route 53 is global: the
 * zones of VPCs of every region are read once.
 */
final class LiveHostedZoneReader {
  /** The most items Route 53 answers per page of hosted zones. */
  static final int MAX_ZONES = 100;
  /** The most record sets Route 53 answers per page. */
  static final int MAX_RECORDS = 300;
  /** Up to this many VPCs, their zones are asked VPC by VPC; beyond, the account's zones are listed. */
  static final int BY_VPC_UP_TO = 20;

  private final Route53Client route53;
  private final int pageSize;
  private final Cancellation cancellation;
  private final LiveReader.LiveParts parts;

  LiveHostedZoneReader(Route53Client route53, int pageSize, Cancellation cancellation, LiveReader.LiveParts parts) {
    this.route53 = route53;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
    this.parts = parts;
  }

  /** Reads the private zones associated with any of {@code vpcs} (the account's own VPCs among those read). */
  void read(List<Vpc> vpcs) {
    Set<String> zones = vpcs.size() <= BY_VPC_UP_TO ? zonesOf(vpcs) : accountZones();
    for (String zone : zones) {
      if (!parts.elements.containsKey(ElementId.of(zone))) {
        readZone(zone);
      }
    }
  }

  /** The private zones of the account (ListHostedZones); those of no VPC read are dropped when read. */
  private Set<String> accountZones() {
    Set<String> zones = new LinkedHashSet<>();
    String marker = null;
    do {
      cancellation.check();
      String from = marker;
      var page = route53.listHostedZones(r -> r.marker(from).maxItems(String.valueOf(Math.min(pageSize, MAX_ZONES))));
      page.hostedZones().stream().filter(zone -> zone.config() == null || !Boolean.FALSE.equals(zone.config().privateZone()))
          .forEach(zone -> zones.add(HostedZoneNames.zoneId(zone.id())));
      marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
    } while (marker != null);
    return zones;
  }

  private Set<String> zonesOf(List<Vpc> vpcs) {
    Set<String> zones = new LinkedHashSet<>();
    for (Vpc vpc : vpcs) {
      String token = null;
      do {
        cancellation.check();
        String next = token;
        var page = route53.listHostedZonesByVPC(r -> r.vpcId(vpc.id().value()).vpcRegion(vpc.region().name())
            .maxItems(String.valueOf(Math.min(pageSize, MAX_ZONES))).nextToken(next));
        page.hostedZoneSummaries().forEach(summary -> {
          if (summary.owner() != null && summary.owner().owningService() != null) {
            parts.warn("hosted zone " + summary.name() + " (" + summary.hostedZoneId() + ") of VPC " + vpc.id() + " belongs to "
                + summary.owner().owningService() + "; left out");
          } else {
            zones.add(HostedZoneNames.zoneId(summary.hostedZoneId()));
          }
        });
        token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
      } while (token != null);
    }
    return zones;
  }

  private void readZone(String zoneId) {
    cancellation.check();
    software.amazon.awssdk.services.route53.model.GetHostedZoneResponse answer;
    try {
      answer = route53.getHostedZone(r -> r.id(zoneId));
    } catch (software.amazon.awssdk.services.route53.model.Route53Exception e) {
      if (e.statusCode() != 403 && e.statusCode() != 404) {
        throw e;
      }
      // a zone of another account associated with a VPC read: these credentials cannot read it
      parts.warn("hosted zone " + zoneId + " is associated with a VPC read but cannot be read with these credentials (another"
          + " account's?); left out");
      return;
    }
    var zone = answer.hostedZone();
    if (zone.config() != null && Boolean.FALSE.equals(zone.config().privateZone())) {
      return;
    }
    String domain = HostedZoneNames.plain(zone.name());
    List<ElementId> vpcs = new ArrayList<>();
    for (var association : answer.vpCs()) {
      ElementId vpc = Ec2Shapes.id(association.vpcId());
      if (parts.elements.get(vpc) instanceof Vpc read && !read.external() && !vpcs.contains(vpc)) {
        vpcs.add(vpc);
      }
    }
    if (vpcs.isEmpty()) {
      return; // a zone of VPCs not read (another region, or left out by --vpc)
    }
    for (var association : answer.vpCs()) {
      if (!vpcs.contains(Ec2Shapes.id(association.vpcId()))) {
        parts.warn("hosted zone " + domain + " (" + zoneId + ") is also associated with VPC " + association.vpcId() + " ("
            + association.vpcRegionAsString() + "), which was not read; that association is outside the design and left as it runs");
      }
    }
    List<AliasRecord> records = records(zoneId, domain);
    Map<String, String> tags = tags(zoneId);
    HostedZone read;
    try {
      read = new HostedZone(ElementId.of(zoneId), tags.getOrDefault(NetwrightTags.NAME, ""), domain, vpcs, records);
    } catch (InvalidValueException e) {
      parts.warn("hosted zone " + zoneId + " (" + zone.name() + ") does not fit the design: " + e.getMessage() + "; left out");
      return;
    }
    parts.elements.put(read.id(), read);
    parts.tags.put(read.id(), tags);
  }

  /** The zone's alias records to interface endpoints read; other records are told in one warning. */
  private List<AliasRecord> records(String zoneId, String domain) {
    Map<String, AliasRecord> records = new LinkedHashMap<>();
    int others = 0;
    String name = null;
    String type = null;
    String identifier = null;
    boolean more = true;
    while (more) {
      cancellation.check();
      String startName = name;
      String startType = type;
      String startIdentifier = identifier;
      ListResourceRecordSetsResponse page = route53.listResourceRecordSets(r -> r.hostedZoneId(zoneId).startRecordName(startName)
          .startRecordType(startType).startRecordIdentifier(startIdentifier).maxItems(String.valueOf(Math.min(pageSize, MAX_RECORDS))));
      for (ResourceRecordSet set : page.resourceRecordSets()) {
        String recordName = HostedZoneNames.plain(set.name());
        boolean apexDefault = recordName.equals(domain) && ("SOA".equals(set.typeAsString()) || "NS".equals(set.typeAsString()));
        if (apexDefault) {
          continue;
        }
        ElementId endpoint = set.aliasTarget() == null || set.aliasTarget().dnsName() == null ? null
            : parts.endpointsByDnsName.get(HostedZoneNames.plain(set.aliasTarget().dnsName()));
        boolean alias = endpoint != null && ("A".equals(set.typeAsString()) || "AAAA".equals(set.typeAsString()))
            && set.setIdentifier() == null;
        if (alias && (!records.containsKey(recordName) || records.get(recordName).endpointId().equals(endpoint))
            && fits(recordName)) {
          records.putIfAbsent(recordName, new AliasRecord(recordName, endpoint));
        } else {
          others++;
        }
      }
      more = Boolean.TRUE.equals(page.isTruncated()) && page.nextRecordName() != null;
      name = page.nextRecordName();
      type = page.nextRecordTypeAsString();
      identifier = page.nextRecordIdentifier();
    }
    if (others > 0) {
      parts.warn("hosted zone " + domain + " (" + zoneId + ") has " + others + (others == 1 ? " record" : " records")
          + " that " + (others == 1 ? "is not an alias record" : "are not alias records")
          + " to an interface endpoint read; left as they run and not in the design");
    }
    return List.copyOf(records.values());
  }

  /** True for a record name the model takes (Route 53 also allows names such as _service._tcp). */
  private static boolean fits(String recordName) {
    try {
      AliasRecord.of(recordName, "check");
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private Map<String, String> tags(String zoneId) {
    Map<String, String> tags = new LinkedHashMap<>();
    var set = route53.listTagsForResource(r -> r.resourceType(HostedZoneNames.TAG_TYPE).resourceId(zoneId)).resourceTagSet();
    if (set != null) {
      set.tags().forEach(tag -> tags.put(tag.key(), tag.value() == null ? "" : tag.value()));
    }
    return tags;
  }
}
