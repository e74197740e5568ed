package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the intrinsic functions of a template the way CloudFormation would before creating
 * anything: {@code Ref} (parameters with their defaults, pseudo parameters, resources),
 * {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::GetAZs}, {@code Fn::Cidr}, {@code Fn::FindInMap}, {@code Fn::If} and the condition
 * functions. A reference to a resource stays a {@link TemplateValues.Reference}; what cannot be
 * known before deployment becomes a {@link TemplateValues.Unknown}. {@code AWS::NoValue} evaluates
 * to {@code null}, which drops the property or list item that holds it.
 */
final class Evaluator {
  private static final Set<String> NOT_EVALUATED = Set.of("Fn::ImportValue", "Fn::Transform", "Fn::GetStackOutput", "Fn::ForEach");

  private final ParsedTemplate template;
  private final PseudoParameters pseudo;
  private final TemplateParameters parameters;
  private final TemplateConditions conditions;
  private final Map<String, TemplateResource> resources;
  private final Set<String> attributesInProgress = new HashSet<>();
  private final Map<String, JsonNode> attributeValues = new HashMap<>();
  private final DependencyOrder.Graph<Prerequisite> prerequisites = new Prerequisites();

  Evaluator(ParsedTemplate template, Region region, Map<String, TemplateResource> resources) {
    this.template = template;
    this.pseudo = new PseudoParameters(region);
    this.resources = resources;
    this.parameters = new TemplateParameters(template);
    this.conditions = new TemplateConditions(template, this);
  }

  Region region() {
    return pseudo.region();
  }

  /** The template's {@code Mappings} section, empty when it has none. */
  JsonNode mappings() {
    JsonNode mappings = template.root().get("Mappings");
    return mappings == null ? Intrinsics.object() : mappings;
  }

  boolean condition(String name, int line) {
    return conditions.value(name, line);
  }

  /** The value of a node, functions evaluated; {@code null} for {@code AWS::NoValue}. */
  JsonNode evaluate(JsonNode node, int line) {
    if (node.isObject()) {
      int here = template.lines().of(node, line);
      Optional<String> function = Intrinsics.functionOf(node);
      if (function.isPresent()) {
        return call(function.get(), Intrinsics.argumentOf(node), template.lines().of(node, function.get(), here));
      }
      // an object with no function in it is its own value (most are: tags, rules, options), and
      // a copy is made only from the first field whose value differs; nothing changes a value
      ObjectNode result = null;
      int at = 0;
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); at++) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = evaluate(field.getValue(), template.lines().of(node, field.getKey(), here));
        if (result == null && value != field.getValue()) {
          result = Intrinsics.object();
          Iterator<Map.Entry<String, JsonNode>> before = node.fields();
          for (int i = 0; i < at; i++) {
            Map.Entry<String, JsonNode> same = before.next();
            result.set(same.getKey(), same.getValue());
          }
        }
        if (result != null && value != null) {
          result.set(field.getKey(), value);
        }
      }
      return result == null ? node : result;
    }
    if (node.isArray()) {
      int here = template.lines().of(node, line);
      ArrayNode result = null;
      for (int at = 0; at < node.size(); at++) {
        JsonNode item = node.get(at);
        JsonNode value = evaluate(item, here);
        if (result == null && value != item) {
          result = Intrinsics.array();
          for (int i = 0; i < at; i++) {
            result.add(node.get(i));
          }
        }
        if (result != null && value != null) {
          result.add(value);
        }
      }
      return result == null ? node : result;
    }
    return node;
  }

  private JsonNode call(String function, JsonNode argument, int line) {
    switch (function) {
      case "Ref":
        return ref(argument, line);
      case "Condition":
        return Intrinsics.NODES.booleanNode(conditions.value(text(argument, line, function), line));
      case "Fn::GetAtt":
        return getAtt(argument, line);
      case "Fn::Sub":
        return new SubFunction(this, line).evaluate(argument);
      case "Fn::If":
        return ifFunction(argument, line);
      case "Fn::Base64":
        return evaluate(argument, line);
      default:
        if (NOT_EVALUATED.contains(function)) {
          return TemplateValues.unknown("it uses " + function + ", which has no value before deployment");
        }
        return new PlainFunctions(this, line).call(function, argument);
    }
  }

  private JsonNode ref(JsonNode argument, int line) {
    String name = text(argument, line, "Ref");
    if (name.equals("AWS::NoValue")) {
      return null;
    }
    Optional<JsonNode> value = pseudo.value(name);
    if (value.isPresent()) {
      return value.get();
    }
    if (parameters.has(name)) {
      return parameters.value(name, line);
    }
    TemplateResource resource = resources.get(name);
    if (resource != null) {
      return resource.created() ? TemplateValues.reference(name, "")
          : TemplateValues.unknown("it refers to " + name + ", which the template's conditions do not create");
    }
    throw error(line, "Ref to '" + name + "', which is neither a parameter nor a resource of the template");
  }

  private JsonNode getAtt(JsonNode argument, int line) {
    JsonNode parts = argument;
    if (parts.isTextual() && parts.asText().contains(".")) {
      String text = parts.asText();
      parts = Intrinsics.array().add(text.substring(0, text.indexOf('.'))).add(text.substring(text.indexOf('.') + 1));
    }
    if (!parts.isArray() || parts.size() != 2) {
      throw error(line, "Fn::GetAtt takes a resource and an attribute, as [Resource, Attribute] or Resource.Attribute");
    }
    String name = text(parts.get(0), line, "Fn::GetAtt");
    String attribute = text(evaluate(parts.get(1), line), line, "Fn::GetAtt");
    TemplateResource resource = resources.get(name);
    if (resource == null) {
      throw error(line, "Fn::GetAtt of '" + name + "', which is not a resource of the template");
    }
    if (!resource.created()) {
      return TemplateValues.unknown("it refers to " + name + ", which the template's conditions do not create");
    }
    Prerequisite.AttributeValue wanted = new Prerequisite.AttributeValue(name, attribute);
    if (!isReadable(wanted)) {
      return TemplateValues.reference(name, attribute);
    }
    DependencyOrder.prepare(wanted, prerequisites);
    return attributeValues.get(wanted.key());
  }

  /** True for the attributes whose value the template gives: a VPC's CidrBlock, a subnet's CidrBlock and AvailabilityZone. */
  private boolean isReadable(Prerequisite.AttributeValue wanted) {
    TemplateResource resource = resources.get(wanted.resource());
    if (resource == null || !resource.created()) {
      return false;
    }
    String attribute = wanted.attribute();
    return (resource.type().equals("AWS::EC2::VPC") && attribute.equals("CidrBlock"))
        || (resource.type().equals("AWS::EC2::Subnet") && (attribute.equals("CidrBlock") || attribute.equals("AvailabilityZone")));
  }

  /** Works out a condition, after every condition and attribute it needs (see {@link DependencyOrder}). */
  void prepare(Prerequisite.ConditionValue condition) {
    DependencyOrder.prepare(condition, prerequisites);
  }

  private void computeAttribute(Prerequisite.AttributeValue wanted) {
    TemplateResource resource = resources.get(wanted.resource());
    if (!attributesInProgress.add(wanted.key())) {
      throw error(resource.line(), "Fn::GetAtt " + wanted.key() + " depends on itself");
    }
    try {
      JsonNode value = resource.properties().get(wanted.attribute());
      attributeValues.put(wanted.key(), value == null ? TemplateValues.unknown(wanted.resource() + " has no " + wanted.attribute())
          : evaluate(value, resource.line()));
    } finally {
      attributesInProgress.remove(wanted.key());
    }
  }

  /** Conditions and readable attributes as a graph of values that need one another. */
  private final class Prerequisites implements DependencyOrder.Graph<Prerequisite> {
    @Override
    public boolean known(Prerequisite key) {
      return key instanceof Prerequisite.ConditionValue condition ? conditions.known(condition.name())
          : attributeValues.containsKey(((Prerequisite.AttributeValue) key).key());
    }

    @Override
    public Iterable<Prerequisite> dependencies(Prerequisite key) {
      JsonNode value = key instanceof Prerequisite.ConditionValue condition ? conditions.body(condition.name())
          : resources.get(((Prerequisite.AttributeValue) key).resource()).properties().get(((Prerequisite.AttributeValue) key).attribute());
      return Prerequisite.namedIn(value, conditions::declared, Evaluator.this::isReadable);
    }

    @Override
    public void compute(Prerequisite key) {
      if (key instanceof Prerequisite.ConditionValue condition) {
        conditions.compute(condition.name(), 0);
      } else {
        computeAttribute((Prerequisite.AttributeValue) key);
      }
    }

    @Override
    public RuntimeException cycle(Prerequisite key) {
      if (key instanceof Prerequisite.ConditionValue condition) {
        return conditions.dependsOnItself(condition.name());
      }
      Prerequisite.AttributeValue attribute = (Prerequisite.AttributeValue) key;
      return error(resources.get(attribute.resource()).line(), "Fn::GetAtt " + attribute.key() + " depends on itself");
    }
  }

  private JsonNode ifFunction(JsonNode argument, int line) {
    if (!argument.isArray() || argument.size() != 3) {
      throw error(line, "Fn::If takes [Condition, value if true, value if false]");
    }
    return evaluate(conditions.value(text(argument.get(0), line, "Fn::If"), line) ? argument.get(1) : argument.get(2), line);
  }

  /** A literal name, as Ref, Condition and GetAtt take. */
  String text(JsonNode node, int line, String function) {
    if (node == null || !(node.isTextual() || node.isNumber())) {
      throw error(line, function + " takes a name here, not " + describe(node));
    }
    return node.asText();
  }

  /** A value made into text, as Fn::Join and Fn::Sub do; empty when it cannot be known. */
  Optional<String> stringify(JsonNode value, int line, String function) {
    if (value == null) {
      return Optional.of("");
    }
    if (TemplateValues.unknownOf(value).isPresent()) {
      return Optional.empty();
    }
    Optional<TemplateValues.Reference> reference = TemplateValues.referenceOf(value);
    if (reference.isPresent()) {
      return Optional.of(reference.get().text());
    }
    if (value.isValueNode()) {
      return Optional.of(value.asText());
    }
    throw error(line, function + " needs text here, not " + describe(value));
  }

  Cidr cidr(String text, int line) {
    try {
      return Cidr.parse(text);
    } catch (InvalidValueException e) {
      throw error(line, e.getMessage());
    }
  }

  TemplateException error(int line, String problem) {
    return template.error(line, problem);
  }

  static String describe(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return "'" + node.asText() + "'";
  }
}
