package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The intrinsic functions over plain values: lists ({@code Fn::Join}, {@code Fn::Select},
 * {@code Fn::Split}, {@code Fn::Length}), networks ({@code Fn::GetAZs}, {@code Fn::Cidr}), maps
 * ({@code Fn::FindInMap}, {@code Fn::ToJsonString}) and conditions ({@code Fn::Equals},
 * {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}).
 */
final class PlainFunctions {
  private static final Pattern INDEX = Pattern.compile("\\d+");

  private final Evaluator evaluator;
  private final int line;

  PlainFunctions(Evaluator evaluator, int line) {
    this.evaluator = evaluator;
    this.line = line;
  }

  JsonNode call(String function, JsonNode argument) {
    switch (function) {
      case "Fn::Join": return join(args(function, argument, 2));
      case "Fn::Select": return select(args(function, argument, 2));
      case "Fn::Split": return split(args(function, argument, 2));
      case "Fn::Length": return length(argument);
      case "Fn::GetAZs": return getAzs(argument);
      case "Fn::Cidr": return cidr(args(function, argument, 3));
      case "Fn::FindInMap": return findInMap(args(function, argument, 3));
      case "Fn::ToJsonString": return toJson(argument);
      case "Fn::Equals": return equals(args(function, argument, 2));
      case "Fn::And": return and(argument, true);
      case "Fn::Or": return and(argument, false);
      case "Fn::Not": return not(args(function, argument, 1));
      default:
        throw evaluator.error(line, "'" + function + "' is not a CloudFormation intrinsic function");
    }
  }

  private JsonNode args(String function, JsonNode argument, int count) {
    if (!argument.isArray() || argument.size() != count) {
      throw evaluator.error(line, function + " takes a list of " + count + " argument" + (count == 1 ? "" : "s"));
    }
    return argument;
  }

  private JsonNode value(JsonNode node) {
    return evaluator.evaluate(node, line);
  }

  private JsonNode list(JsonNode node, String function) {
    JsonNode value = value(node);
    if (value != null && TemplateValues.unknownOf(value).isPresent()) {
      return value;
    }
    if (value == null || !value.isArray()) {
      throw evaluator.error(line, function + " needs a list here, not " + Evaluator.describe(value));
    }
    return value;
  }

  private JsonNode join(JsonNode args) {
    Optional<String> delimiter = evaluator.stringify(value(args.get(0)), line, "Fn::Join");
    JsonNode items = list(args.get(1), "Fn::Join");
    if (delimiter.isEmpty() || !items.isArray()) {
      return unknownFrom(items, "its Fn::Join delimiter cannot be known");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      Optional<String> text = evaluator.stringify(items.get(i), line, "Fn::Join");
      if (text.isEmpty()) {
        return items.get(i);
      }
      out.append(i == 0 ? "" : delimiter.get()).append(text.get());
      TemplateLimits.checkText(out, "Fn::Join", evaluator, line);
    }
    return Intrinsics.NODES.textNode(out.toString());
  }

  private JsonNode select(JsonNode args) {
    JsonNode indexValue = value(args.get(0));
    JsonNode items = list(args.get(1), "Fn::Select");
    if (!items.isArray()) {
      return items;
    }
    if (indexValue == null || !INDEX.matcher(indexValue.asText()).matches()) {
      throw evaluator.error(line, "Fn::Select needs an index of 0 or more, not " + Evaluator.describe(indexValue));
    }
    String index = indexValue.asText();
    if (TemplateLimits.wholeNumber(index) >= items.size()) {
      throw evaluator.error(line, "Fn::Select index " + index + " is past the end of a list of " + items.size());
    }
    return items.get((int) TemplateLimits.wholeNumber(index));
  }

  private JsonNode split(JsonNode args) {
    Optional<String> delimiter = evaluator.stringify(value(args.get(0)), line, "Fn::Split");
    JsonNode source = value(args.get(1));
    Optional<String> text = evaluator.stringify(source, line, "Fn::Split");
    if (delimiter.isEmpty() || text.isEmpty()) {
      return TemplateValues.unknown("its Fn::Split cannot be known before deployment");
    }
    ArrayNode parts = Intrinsics.array();
    for (String part : text.get().split(Pattern.quote(delimiter.get()), -1)) {
      parts.add(part);
      if (parts.size() > TemplateLimits.MAX_LIST) {
        throw evaluator.error(line, "Fn::Split builds a list of more than " + String.format("%,d", TemplateLimits.MAX_LIST) + " items");
      }
    }
    return parts;
  }

  private JsonNode length(JsonNode argument) {
    JsonNode items = list(argument, "Fn::Length");
    return items.isArray() ? Intrinsics.NODES.numberNode(items.size()) : items;
  }

  private JsonNode getAzs(JsonNode argument) {
    JsonNode value = value(argument);
    Optional<String> name = evaluator.stringify(value, line, "Fn::GetAZs");
    if (name.isEmpty() || name.get().isEmpty()) {
      return PseudoParameters.zones(evaluator.region());
    }
    try {
      return PseudoParameters.zones(Region.of(name.get()));
    } catch (InvalidValueException e) {
      throw evaluator.error(line, "Fn::GetAZs: " + e.getMessage());
    }
  }

  /** {@code Fn::Cidr [block, count, hostBits]}: the first {@code count} blocks of {@code 32 - hostBits} bits. */
  private JsonNode cidr(JsonNode args) {
    Optional<String> block = evaluator.stringify(value(args.get(0)), line, "Fn::Cidr");
    Optional<String> count = evaluator.stringify(value(args.get(1)), line, "Fn::Cidr");
    Optional<String> bits = evaluator.stringify(value(args.get(2)), line, "Fn::Cidr");
    if (block.isEmpty() || count.isEmpty() || bits.isEmpty()) {
      return TemplateValues.unknown("its Fn::Cidr block cannot be known before deployment");
    }
    if (!INDEX.matcher(count.get()).matches() || !INDEX.matcher(bits.get()).matches()) {
      throw evaluator.error(line, "Fn::Cidr needs a whole count and a number of host bits, not " + count.get() + " and " + bits.get());
    }
    Cidr parent = evaluator.cidr(block.get(), line);
    long hostBits = TemplateLimits.wholeNumber(bits.get());
    long blocks = TemplateLimits.wholeNumber(count.get());
    if (blocks < 1 || blocks > 256 || hostBits < 2 || hostBits > 32 - parent.prefixLength()) {
      throw evaluator.error(line, "Fn::Cidr cannot carve " + blocks + " blocks of " + hostBits + " host bits out of " + parent
          + " (1 to 256 blocks, at most " + (32 - parent.prefixLength()) + " host bits)");
    }
    ArrayNode result = Intrinsics.array();
    try {
      for (int i = 0; i < blocks; i++) {
        result.add(parent.subnet(32 - (int) hostBits, i).toString());
      }
    } catch (InvalidValueException e) {
      throw evaluator.error(line, "Fn::Cidr: " + e.getMessage());
    }
    return result;
  }

  private JsonNode findInMap(JsonNode args) {
    JsonNode mappings = evaluator.mappings();
    String[] keys = new String[3];
    for (int i = 0; i < 3; i++) {
      Optional<String> key = evaluator.stringify(value(args.get(i)), line, "Fn::FindInMap");
      if (key.isEmpty()) {
        return TemplateValues.unknown("its Fn::FindInMap key cannot be known before deployment");
      }
      keys[i] = key.get();
    }
    JsonNode found = mappings.path(keys[0]).path(keys[1]).get(keys[2]);
    if (found == null) {
      throw evaluator.error(line, "Fn::FindInMap: Mappings has no " + String.join(" > ", keys));
    }
    return found;
  }

  private JsonNode toJson(JsonNode argument) {
    JsonNode value = value(argument);
    try {
      return Intrinsics.NODES.textNode(new ObjectMapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      return TemplateValues.unknown("its Fn::ToJsonString holds values that cannot be known before deployment");
    }
  }

  private JsonNode equals(JsonNode args) {
    Optional<String> left = evaluator.stringify(value(args.get(0)), line, "Fn::Equals");
    Optional<String> right = evaluator.stringify(value(args.get(1)), line, "Fn::Equals");
    if (left.isEmpty() || right.isEmpty()) {
      throw evaluator.error(line, "Fn::Equals compares a value that cannot be known before deployment"
          + " (a parameter without a default?)");
    }
    return Intrinsics.NODES.booleanNode(left.get().equals(right.get()));
  }

  private JsonNode and(JsonNode argument, boolean all) {
    String function = all ? "Fn::And" : "Fn::Or";
    if (!argument.isArray() || argument.size() < 2 || argument.size() > 10) {
      throw evaluator.error(line, function + " takes a list of 2 to 10 conditions");
    }
    for (JsonNode item : argument) {
      if (condition(item, function) != all) {
        return Intrinsics.NODES.booleanNode(!all);
      }
    }
    return Intrinsics.NODES.booleanNode(all);
  }

  private JsonNode not(JsonNode args) {
    return Intrinsics.NODES.booleanNode(!condition(args.get(0), "Fn::Not"));
  }

  private boolean condition(JsonNode node, String function) {
    JsonNode value = value(node);
    if (value == null || !value.isBoolean()) {
      throw evaluator.error(line, function + " needs conditions, not " + Evaluator.describe(value));
    }
    return value.booleanValue();
  }

  private static JsonNode unknownFrom(JsonNode node, String reason) {
    return TemplateValues.unknownOf(node).isPresent() ? node : TemplateValues.unknown(reason);
  }
}
