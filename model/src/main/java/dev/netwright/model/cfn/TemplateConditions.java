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
    if (!known(name) && declared(name)) {
      evaluator.prepare(new Prerequisite.ConditionValue(name));
    }
    Boolean known = values.get(name);
    return known != null ? known : compute(name, line);
  }

  boolean known(String name) {
    return values.containsKey(name);
  }

  boolean declared(String name) {
    return section.has(name);
  }

  /** The condition's definition, null when it has none. */
  JsonNode body(String name) {
    return section.get(name);
  }

  TemplateException dependsOnItself(String name) {
    return template.error(template.lines().of(section, name, 0), "condition '" + name + "' depends on itself");
  }

  /** Evaluates a condition whose prerequisites are known (or found as it goes). */
  boolean compute(String name, int line) {
    JsonNode body = section.get(name);
    if (body == null) {
      throw template.error(line, "condition '" + name + "' is not declared under Conditions");
    }
    if (!inProgress.add(name)) {
      throw dependsOnItself(name);
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
