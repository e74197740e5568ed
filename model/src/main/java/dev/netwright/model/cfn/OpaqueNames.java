package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;

/** The name of a resource kept opaque: the literal value of its {@code Name} tag, when it has one. */
final class OpaqueNames {
  private OpaqueNames() {
  }

  static String nameOf(JsonNode resource) {
    JsonNode tags = resource.path("Properties").path("Tags");
    if (tags.isArray()) {
      for (JsonNode tag : tags) {
        if ("Name".equals(tag.path("Key").asText(null)) && tag.path("Value").isTextual()) {
          return tag.path("Value").asText();
        }
      }
    }
    return "";
  }
}
