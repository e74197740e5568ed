package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;

/**
 * An alias record of a private hosted zone: a name of the zone (the zone's own name for its apex,
 * or a name below it such as {@code *.ecr.…}) that answers with the addresses of an interface
 * endpoint (its regional DNS name, from the endpoint's {@code DnsEntries}).
 */
public record AliasRecord(String recordName, ElementId endpointId) {
  public AliasRecord {
    recordName = HostedZone.checkDomain(recordName, "alias record");
    if (endpointId == null) {
      throw new InvalidValueException("the alias record " + recordName + " needs an interface endpoint");
    }
  }

  public static AliasRecord of(String recordName, String endpointId) {
    return new AliasRecord(recordName, ElementId.of(endpointId));
  }

  /** True when this record answers for {@code query}: the same name, or a wildcard record covering it. */
  public boolean answers(String query) {
    if (recordName.startsWith("*.")) {
      String parent = recordName.substring(1);
      return query.endsWith(parent) && query.length() > parent.length();
    }
    return recordName.equals(query);
  }

  @Override
  public String toString() {
    return recordName + " -> " + endpointId;
  }
}
