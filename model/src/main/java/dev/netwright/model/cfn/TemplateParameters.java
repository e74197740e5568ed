package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The template's parameters, each worth its {@code Default}: Netwright reads a template as it
 * would deploy without overrides. List types ({@code CommaDelimitedList}, {@code List<...>})
 * become lists; a parameter without a default, or one resolved from SSM at deploy time, is unknown.
 */
final class TemplateParameters {
  private final ParsedTemplate template;
  private final JsonNode section;
  private final Map<String, JsonNode> values = new HashMap<>();

  TemplateParameters(ParsedTemplate template) {
    this.template = template;
    JsonNode parameters = template.root().get("Parameters");
    this.section = parameters == null ? Intrinsics.object() : parameters;
    if (!section.isObject()) {
      throw template.error(template.lines().of(template.root(), "Parameters", 0), "Parameters must be a mapping of parameter names");
    }
  }

  boolean has(String name) {
    return section.has(name);
  }

  JsonNode value(String name, int line, Evaluator evaluator) {
    return values.computeIfAbsent(name, key -> compute(key, line));
  }

  private JsonNode compute(String name, int line) {
    JsonNode parameter = section.get(name);
    int here = template.lines().of(section, name, line);
    if (!parameter.isObject() || !parameter.path("Type").isTextual()) {
      throw template.error(here, "parameter " + name + " needs a Type");
    }
    String type = parameter.get("Type").asText();
    if (type.startsWith("AWS::SSM::Parameter::Value")) {
      return TemplateValues.unknown("parameter " + name + " is read from SSM at deployment");
    }
    JsonNode fallback = parameter.get("Default");
    if (fallback == null) {
      return TemplateValues.unknown("parameter " + name + " has no default value");
    }
    if (!fallback.isValueNode()) {
      throw template.error(here, "the default of parameter " + name + " must be a plain value");
    }
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      ArrayNode list = Intrinsics.array();
      String text = fallback.asText();
      if (!text.isEmpty()) {
        for (String item : text.split(",", -1)) {
          list.add(item.trim());
        }
      }
      return list;
    }
    return Intrinsics.NODES.textNode(fallback.asText());
  }
}
