package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Route 53 private hosted zone: a DNS domain ({@code ssm.us-east-1.amazonaws.com}) answered only
 * inside the VPCs associated with it, with alias records to interface endpoints. A zone named after
 * a service and associated with a spoke VPC is how a shared interface endpoint is reached from that
 * spoke: without it, the service's name resolves to public addresses there.
 */
public record HostedZone(ElementId id, String name, String domain, List<ElementId> vpcIds, List<AliasRecord> records)
    implements Element {
  private static final Pattern DOMAIN = Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public HostedZone {
    name = Element.checkName(name);
    domain = checkDomain(domain, "hosted zone " + id);
    vpcIds = List.copyOf(vpcIds);
    records = List.copyOf(records);
    if (new LinkedHashSet<>(vpcIds).size() != vpcIds.size()) {
      throw new InvalidValueException("hosted zone " + id + " lists a VPC twice");
    }
    Set<String> names = new java.util.HashSet<>();
    for (AliasRecord record : records) {
      if (!record.recordName().equals(domain) && !record.recordName().endsWith("." + domain)) {
        throw new InvalidValueException("hosted zone " + id + " (" + domain + ") cannot hold the record " + record.recordName()
            + ", which is not in its domain");
      }
      if (!names.add(record.recordName())) {
        throw new InvalidValueException("hosted zone " + id + " has two records named " + record.recordName());
      }
    }
  }

  /** A DNS name in lower case without its trailing dot; refuses what is not one. */
  static String checkDomain(String text, String what) {
    String domain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (domain.isEmpty() || domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
      throw new InvalidValueException(what + " has no valid DNS name (such as ssm.us-east-1.amazonaws.com): '"
          + dev.netwright.model.Text.visible(String.valueOf(text)) + "'");
    }
    return domain;
  }

  /** True when a query for {@code query} is answered by this zone: the zone's name or a name below it. */
  public boolean covers(String query) {
    return query.equals(domain) || query.endsWith("." + domain);
  }

  /** The record that answers {@code query}: an exact name first, then a wildcard. */
  public java.util.Optional<AliasRecord> recordFor(String query) {
    return records.stream().filter(record -> record.recordName().equals(query)).findFirst()
        .or(() -> records.stream().filter(record -> record.answers(query)).findFirst());
  }

  @Override
  public ElementKind kind() {
    return ElementKind.HOSTED_ZONE;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of();
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>(vpcIds);
    records.forEach(record -> refs.add(record.endpointId()));
    return refs;
  }

  /** Drops the association with a removed VPC and the records of a removed endpoint. */
  @Override
  public HostedZone withoutReference(ElementId removed) {
    return new HostedZone(id, name, domain, vpcIds.stream().filter(vpc -> !vpc.equals(removed)).toList(),
        records.stream().filter(record -> !record.endpointId().equals(removed)).toList());
  }

  @Override
  public HostedZone withName(String newName) {
    return new HostedZone(id, newName, domain, vpcIds, records);
  }

  public HostedZone withVpcs(List<ElementId> vpcs) {
    return new HostedZone(id, name, domain, vpcs, records);
  }

  public HostedZone withRecords(List<AliasRecord> newRecords) {
    return new HostedZone(id, name, domain, vpcIds, newRecords);
  }

  public HostedZone withDomain(String newDomain) {
    return new HostedZone(id, name, newDomain, vpcIds, records);
  }
}
