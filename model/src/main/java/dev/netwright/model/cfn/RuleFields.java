package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The fields of one security group rule, evaluated: an inline rule object of a group, or the
 * properties of a standalone {@code SecurityGroupIngress}/{@code Egress} resource.
 */
final class RuleFields {
  private final JsonNode rule;
  private final ResourceProperties properties;
  private final String where;

  private RuleFields(JsonNode rule, ResourceProperties properties, String where) {
    this.rule = rule;
    this.properties = properties;
    this.where = where;
  }

  /** An inline rule (already evaluated with its list). */
  static RuleFields of(JsonNode rule, ResourceProperties properties, String property) {
    if (!rule.isObject()) {
      throw properties.error(property, "each rule must be a mapping");
    }
    return new RuleFields(rule, properties, property);
  }

  /** A standalone rule resource: its properties are the rule. */
  static RuleFields of(ResourceProperties properties) {
    return new RuleFields(null, properties, null);
  }

  private Optional<JsonNode> value(String field) {
    if (rule == null) {
      return properties.value(field);
    }
    JsonNode value = rule.get(field);
    if (value != null && TemplateValues.unknownOf(value).isPresent()) {
      throw new Unmodelled("a rule's " + field + " cannot be known: " + TemplateValues.unknownOf(value).get().reason());
    }
    return Optional.ofNullable(value);
  }

  Optional<String> text(String field) {
    Optional<JsonNode> value = value(field);
    if (value.isEmpty() || TemplateValues.referenceOf(value.get()).isPresent()) {
      return Optional.empty();
    }
    if (!value.get().isValueNode() || value.get().isNull()) {
      throw properties.error(where == null ? field : where, field + " must be a plain value");
    }
    return Optional.of(value.get().asText());
  }

  Optional<TemplateValues.Reference> reference(String field) {
    Optional<JsonNode> value = value(field);
    if (value.isPresent() && value.get().isTextual()) {
      throw new Unmodelled("a rule names security group " + value.get().asText() + ", which is not in the template");
    }
    return value.flatMap(TemplateValues::referenceOf);
  }
}
