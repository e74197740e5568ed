package dev.netwright.model.format;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Prints a JSON tree the one way a design file is written: two-space indent, {@code "key": value},
 * one array item or object member per line, the objects the caller marks (a position, a route, a
 * rule) on one line so that a change to one is a one-line diff, and a trailing newline. Whole
 * numbers print without a fraction. The same tree always gives the same text.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder();
  private final Set<JsonNode> oneLine;

  private JsonText(Set<JsonNode> oneLine) {
    this.oneLine = oneLine;
  }

  static String print(JsonNode root) {
    return print(root, Set.of());
  }

  /** Prints {@code root}; objects in {@code oneLine} (by identity) that hold only plain values go on one line. */
  static String print(JsonNode root, Set<JsonNode> oneLine) {
    JsonText text = new JsonText(oneLine);
    text.value(root, 0);
    text.out.append('\n');
    return text.out.toString();
  }

  private void value(JsonNode node, int depth) {
    if (node.isObject()) {
      object(node, depth);
    } else if (node.isArray()) {
      array(node, depth);
    } else {
      scalar(node, out);
    }
  }

  private void object(JsonNode node, int depth) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    String inline = oneLine.contains(node) ? inline(node) : null;
    if (inline != null) {
      out.append(inline);
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      indent(depth + 1);
      string(field.getKey(), out);
      out.append(": ");
      value(field.getValue(), depth + 1);
      out.append(fields.hasNext() ? ",\n" : "\n");
    }
    indent(depth);
    out.append('}');
  }

  private void array(JsonNode node, int depth) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < node.size(); i++) {
      indent(depth + 1);
      value(node.get(i), depth + 1);
      out.append(i + 1 < node.size() ? ",\n" : "\n");
    }
    indent(depth);
    out.append(']');
  }

  /** The object on one line when all its values are plain, else null. */
  private static String inline(JsonNode node) {
    StringBuilder line = new StringBuilder("{");
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isContainerNode()) {
        return null;
      }
      string(field.getKey(), line);
      line.append(": ");
      scalar(field.getValue(), line);
      if (fields.hasNext()) {
        line.append(", ");
      }
    }
    return line.append('}').toString();
  }

  private static void scalar(JsonNode node, StringBuilder to) {
    if (node.isTextual()) {
      string(node.textValue(), to);
    } else if (node.isFloatingPointNumber()) {
      to.append(number(node.doubleValue()));
    } else {
      to.append(node.asText());
    }
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private static void string(String text, StringBuilder to) {
    to.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, to);
    to.append('"');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }
}
