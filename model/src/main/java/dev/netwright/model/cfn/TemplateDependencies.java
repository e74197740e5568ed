package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters, conditions and mappings a resource kept opaque uses, gathered in the order it
 * first uses them, so that the resource carries them along ({@code Metadata.Netwright.Uses}) and an
 * export writes them back into the template's sections: a resource written back as it came must
 * still find what it names.
 */
final class TemplateDependencies {
  static final String USES = "Uses";
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private final ObjectNode root;
  private final Set<String> parameters = new LinkedHashSet<>();
  private final Set<String> conditions = new LinkedHashSet<>();
  private final Set<String> mappings = new LinkedHashSet<>();
  private final Deque<JsonNode> work = new ArrayDeque<>();

  private TemplateDependencies(ObjectNode root) {
    this.root = root;
  }

  /** The {@code Uses} section for a resource: what it takes from the template's Parameters, Conditions and Mappings. */
  static Optional<ObjectNode> of(ObjectNode template, JsonNode resource) {
    TemplateDependencies dependencies = new TemplateDependencies(template);
    JsonNode condition = resource.get("Condition");
    if (condition != null && condition.isTextual()) {
      dependencies.condition(condition.asText());
    }
    dependencies.walk(resource);
    ObjectNode uses = Intrinsics.object();
    dependencies.copy(uses, "Parameters", dependencies.parameters);
    dependencies.copy(uses, "Conditions", dependencies.conditions);
    dependencies.copy(uses, "Mappings", dependencies.mappings);
    return uses.isEmpty() ? Optional.empty() : Optional.of(uses);
  }

  private void copy(ObjectNode uses, String section, Set<String> names) {
    if (names.isEmpty()) {
      return;
    }
    ObjectNode copy = uses.putObject(section);
    for (String name : names) {
      copy.set(name, root.path(section).get(name).deepCopy());
    }
  }

  /** Walks a value and every condition it names, with a list of what is left rather than recursion: conditions may chain thousands deep. */
  private void walk(JsonNode start) {
    work.push(start);
    while (!work.isEmpty()) {
      JsonNode node = work.pop();
      if (node.isContainerNode()) {
        // children pushed last first, and a condition's body on top of them: the order of a depth-first walk
        List<JsonNode> children = new ArrayList<>();
        node.elements().forEachRemaining(children::add);
        for (int i = children.size() - 1; i >= 0; i--) {
          work.push(children.get(i));
        }
        Optional<String> function = Intrinsics.functionOf(node);
        if (function.isPresent()) {
          call(function.get(), Intrinsics.argumentOf(node));
        }
      }
    }
  }

  private void call(String function, JsonNode argument) {
    switch (function) {
      case "Ref":
        parameter(argument.asText());
        break;
      case "Condition":
        condition(argument.asText());
        break;
      case "Fn::If":
        if (argument.isArray() && argument.size() > 0) {
          condition(argument.get(0).asText());
        }
        break;
      case "Fn::FindInMap":
        if (argument.isArray() && argument.size() > 0 && argument.get(0).isTextual()) {
          String name = argument.get(0).asText();
          if (root.path("Mappings").has(name)) {
            mappings.add(name);
          }
        }
        break;
      case "Fn::Sub":
        JsonNode text = argument.isArray() && argument.size() > 0 ? argument.get(0) : argument;
        Matcher matcher = SUB_VARIABLE.matcher(text.asText());
        while (matcher.find()) {
          parameter(matcher.group(1).trim());
        }
        break;
      default:
        break;
    }
  }

  private void parameter(String name) {
    if (root.path("Parameters").has(name)) {
      parameters.add(name);
    }
  }

  private void condition(String name) {
    JsonNode body = root.path("Conditions").get(name);
    if (body != null && conditions.add(name)) {
      work.push(body);
    }
  }
}
