package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * CloudFormation's intrinsic functions as template nodes: a one-key object such as
 * {@code {"Ref": "Vpc"}} or {@code {"Fn::GetAtt": ["Nat", "AllocationId"]}}. The exporter builds
 * them here; the YAML emitter and the importer recognise them here.
 */
public final class Intrinsics {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Intrinsics() {
  }

  public static ObjectNode ref(String logicalId) {
    ObjectNode node = NODES.objectNode();
    node.put("Ref", logicalId);
    return node;
  }

  public static ObjectNode getAtt(String logicalId, String attribute) {
    ObjectNode node = NODES.objectNode();
    node.putArray("Fn::GetAtt").add(logicalId).add(attribute);
    return node;
  }

  public static ObjectNode sub(String text) {
    ObjectNode node = NODES.objectNode();
    node.put("Fn::Sub", text);
    return node;
  }

  /** The function name of an intrinsic ({@code Ref}, {@code Fn::Sub}, {@code Condition}), empty for any other node. */
  public static Optional<String> functionOf(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      return Optional.empty();
    }
    String key = SourceLines.firstName(node);
    if (key.equals("Condition") && !node.get(key).isTextual()) {
      return Optional.empty(); // an IAM policy's Condition block, not the Condition function
    }
    return isFunctionName(key) ? Optional.of(key) : Optional.empty();
  }

  /** True for {@code Ref}, {@code Condition} and {@code Fn::…}: the keys that make a one-key object a function call. */
  public static boolean isFunctionName(String key) {
    return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
  }

  /** The argument of a one-key intrinsic object. */
  public static JsonNode argumentOf(JsonNode node) {
    return SourceLines.firstValue(node);
  }

  /** The short-form YAML tag of a function: {@code !Ref}, {@code !Sub}, {@code !GetAtt}, {@code !Condition}. */
  public static String shortTag(String function) {
    return "!" + (function.startsWith("Fn::") ? function.substring(4) : function);
  }

  /** The function a short-form YAML tag stands for: {@code Ref}, {@code Condition} or {@code Fn::X}. */
  public static String functionOfTag(String tag) {
    switch (tag) {
      // the common ones without making a name each time (a big template has hundreds of thousands)
      case "!Ref":
        return "Ref";
      case "!GetAtt":
        return "Fn::GetAtt";
      case "!Sub":
        return "Fn::Sub";
      case "!Select":
        return "Fn::Select";
      case "!GetAZs":
        return "Fn::GetAZs";
      default:
        break;
    }
    String name = tag.substring(1);
    return name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
