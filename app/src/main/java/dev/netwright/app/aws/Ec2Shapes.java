package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Conversions between EC2's shapes and plain values that several readers and writers share. */
final class Ec2Shapes {
  /** AWS's default endpoint policy (full access), which a design writes as an empty policy. */
  private static final List<String> DEFAULT_POLICIES = List.of(
      "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}");

  private Ec2Shapes() {
  }

  static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> result = new LinkedHashMap<>();
    tags.forEach(tag -> result.put(tag.key(), tag.value() == null ? "" : tag.value()));
    return result;
  }

  static String name(List<Tag> tags) {
    return tags.stream().filter(tag -> "Name".equals(tag.key())).map(Tag::value).findFirst().orElse("");
  }

  static ElementId id(String awsId) {
    return ElementId.of(awsId);
  }

  /** An endpoint policy as the design keeps it: empty for AWS's default full access. */
  static String policy(String document) {
    if (document == null) {
      return "";
    }
    String compact = document.replaceAll("\\s", "");
    return DEFAULT_POLICIES.contains(compact) ? "" : document;
  }

  /** The tags Netwright puts on a resource it creates for a design element. */
  static TagSpecification tagging(ResourceType type, Map<String, String> tags) {
    return TagSpecification.builder().resourceType(type)
        .tags(tags.entrySet().stream().map(entry -> Tag.builder().key(entry.getKey()).value(entry.getValue()).build()).toList())
        .build();
  }

  static boolean gone(String state) {
    if (state == null) {
      return false;
    }
    String lower = state.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("deleted") || lower.equals("deleting") || lower.equals("failed") || lower.equals("rejected")
        || lower.equals("expired");
  }
}
