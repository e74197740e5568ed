package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value the evaluator works out once and remembers, which other such values may need first: a
 * condition, or a resource attribute read from the template ({@code Subnet.CidrBlock}).
 */
sealed interface Prerequisite {
  /** A condition of the template's {@code Conditions}. */
  record ConditionValue(String name) implements Prerequisite {
  }

  /** An attribute whose value the template itself gives, such as a VPC's or a subnet's {@code CidrBlock}. */
  record AttributeValue(String resource, String attribute) implements Prerequisite {
    String key() {
      return resource + "." + attribute;
    }
  }

  Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  /**
   * The conditions and readable attributes a value names ({@code Condition}, {@code Fn::If},
   * {@code Fn::GetAtt}, {@code ${A.B}} in {@code Fn::Sub}), found without recursion.
   */
  static List<Prerequisite> namedIn(JsonNode value, Predicate<String> isCondition, Predicate<AttributeValue> isReadable) {
    List<Prerequisite> found = new ArrayList<>();
    Deque<JsonNode> left = new ArrayDeque<>();
    if (value != null) {
      left.push(value);
    }
    while (!left.isEmpty()) {
      JsonNode node = left.pop();
      Optional<String> function = Intrinsics.functionOf(node);
      if (function.isPresent()) {
        JsonNode argument = Intrinsics.argumentOf(node);
        switch (function.get()) {
          case "Condition" -> condition(argument, isCondition, found);
          case "Fn::If" -> condition(argument.path(0), isCondition, found);
          case "Fn::GetAtt" -> attribute(argument.isArray() ? argument.path(0).asText() + "." + argument.path(1).asText()
              : argument.asText(), isReadable, found);
          case "Fn::Sub" -> {
            Matcher variables = SUB_VARIABLE.matcher((argument.isArray() ? argument.path(0) : argument).asText());
            while (variables.find()) {
              attribute(variables.group(1).trim(), isReadable, found);
            }
          }
          default -> {
          }
        }
      }
      node.elements().forEachRemaining(left::push);
    }
    return found;
  }

  private static void condition(JsonNode name, Predicate<String> isCondition, List<Prerequisite> found) {
    if (name.isTextual() && isCondition.test(name.asText())) {
      found.add(new ConditionValue(name.asText()));
    }
  }

  private static void attribute(String dotted, Predicate<AttributeValue> isReadable, List<Prerequisite> found) {
    int dot = dotted.indexOf('.');
    if (dot > 0) {
      AttributeValue attribute = new AttributeValue(dotted.substring(0, dot), dotted.substring(dot + 1));
      if (isReadable.test(attribute)) {
        found.add(attribute);
      }
    }
  }
}
