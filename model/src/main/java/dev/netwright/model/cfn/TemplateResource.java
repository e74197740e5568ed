package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One entry of a template's {@code Resources}: its logical id, type, raw definition and line. */
final class TemplateResource {
  private final String logicalId;
  private final String type;
  private final ObjectNode raw;
  private final int line;
  private boolean created = true;

  TemplateResource(String logicalId, String type, ObjectNode raw, int line) {
    this.logicalId = logicalId;
    this.type = type;
    this.raw = raw;
    this.line = line;
  }

  String logicalId() {
    return logicalId;
  }

  String type() {
    return type;
  }

  /** The resource as written, functions unevaluated. */
  ObjectNode raw() {
    return raw;
  }

  int line() {
    return line;
  }

  /** Its {@code Properties}, empty when it has none. */
  ObjectNode properties() {
    JsonNode properties = raw.get("Properties");
    return properties instanceof ObjectNode object ? object : Intrinsics.object();
  }

  /** A field of its {@code Metadata.Netwright} section. */
  Optional<JsonNode> netwright(String key) {
    JsonNode value = raw.path("Metadata").path(NetwrightMetadata.SECTION).get(key);
    return Optional.ofNullable(value);
  }

  /** False when its {@code Condition} is false: CloudFormation would not create it. */
  boolean created() {
    return created;
  }

  void setCreated(boolean created) {
    this.created = created;
  }
}
