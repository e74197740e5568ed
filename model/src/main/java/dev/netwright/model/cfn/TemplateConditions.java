package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The template's {@code Conditions}, each evaluated once, on first use; a condition that depends on itself is refused. */
final class TemplateConditions {
  private final ParsedTemplate template;
  private final Evaluator evaluator;
  private final JsonNode section;
  private final Map<String, Boolean> values = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  TemplateConditions(ParsedTemplate template, Evaluator evaluator) {
    this.template = template;
    this.evaluator = evaluator;
    JsonNode conditions = template.root().get("Conditions");
    this.section = conditions == null ? Intrinsics.object() : conditions;
  }

  boolean value(String name, int line) {
    Boolean known = values.get(name);
    if (known != null) {
      return known;
    }
    JsonNode body = section.get(name);
    if (body == null) {
      throw template.error(line, "condition '" + name + "' is not declared under Conditions");
    }
    if (!inProgress.add(name)) {
      throw template.error(line, "condition '" + name + "' depends on itself");
    }
    int here = template.lines().of(section, name, line);
    JsonNode result = evaluator.evaluate(body, here);
    inProgress.remove(name);
    if (result == null || !result.isBoolean()) {
      throw template.error(here, "condition '" + name + "' must come out true or false (use Fn::Equals, Fn::And, Fn::Or, Fn::Not)");
    }
    values.put(name, result.booleanValue());
    return result.booleanValue();
  }
}
