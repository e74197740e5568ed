package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a template tree as YAML the way people write CloudFormation by hand: block style, two
 * spaces, intrinsic functions in their short form ({@code !Ref Vpc}, {@code !GetAtt Nat.AllocationId},
 * {@code !Sub '...'}). A small emitter of its own rather than a YAML library's, so that the tags and
 * every byte of the output are under control: the same tree always gives the same text.
 *
 * <p>Strings are written plain only when no YAML 1.1 reader could take them for anything else (a
 * number, a boolean, a date, a flow indicator); otherwise single-quoted, or double-quoted with
 * escapes when they hold line breaks or control characters.
 */
final class YamlEmitter {
  /** Besides letters, digits, '_' and '/': what a plain scalar may hold after its first character. */
  private static final String PLAIN_INSIDE = " .()=+@$:-";
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder(1 << 16);

  private YamlEmitter() {
  }

  static String write(JsonNode root) {
    YamlEmitter emitter = new YamlEmitter();
    emitter.mapping(root, 0, false);
    return emitter.out.toString();
  }

  private void indent(int level) {
    for (int i = 0; i < level; i++) {
      out.append(INDENT);
    }
  }

  /** Writes a non-empty mapping at {@code level}; when {@code continued}, the first key follows a "- " already written. */
  private void mapping(JsonNode node, int level, boolean continued) {
    boolean first = true;
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!(first && continued)) {
        indent(level);
      }
      first = false;
      out.append(scalarText(field.getKey())).append(':');
      value(field.getValue(), level);
    }
  }

  /** Writes the value after "key:" (or "-"), on the same line when it fits there, else on the lines below. */
  private void value(JsonNode value, int level) {
    Optional<String> function = taggable(value);
    if (function.isPresent()) {
      out.append(' ');
      tagged(function.get(), Intrinsics.argumentOf(value), level);
    } else if (value.isObject() && value.size() > 0) {
      out.append('\n');
      mapping(value, level + 1, false);
    } else if (value.isArray() && value.size() > 0) {
      out.append('\n');
      sequence(value, level + 1);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private void sequence(JsonNode node, int level) {
    for (JsonNode item : node) {
      indent(level);
      out.append('-');
      if (item.isObject() && item.size() > 0 && taggable(item).isEmpty()) {
        out.append(' ');
        mapping(item, level + 1, true);
      } else if (item.isArray() && item.size() > 0) {
        if (flowable(item)) {
          out.append(' ');
          flow(item);
          out.append('\n');
        } else {
          out.append('\n');
          sequence(item, level + 1);
        }
      } else {
        value(item, level);
      }
    }
  }

  /** Writes {@code !Tag argument}: a scalar or flow sequence on the line, anything bigger below it. */
  private void tagged(String function, JsonNode argument, int level) {
    String tag = Intrinsics.shortTag(function);
    if (function.equals("Fn::GetAtt") && dottable(argument)) {
      out.append(tag).append(' ').append(scalarText(argument.get(0).asText() + "." + argument.get(1).asText())).append('\n');
    } else if (argument.isArray() && argument.size() > 0) {
      if (flowable(argument)) {
        out.append(tag).append(' ');
        flow(argument);
        out.append('\n');
      } else {
        out.append(tag).append('\n');
        sequence(argument, level + 1);
      }
    } else if (argument.isObject() && argument.size() > 0) {
      out.append(tag).append('\n');
      mapping(argument, level + 1, false);
    } else {
      out.append(tag).append(' ').append(scalar(argument)).append('\n');
    }
  }

  /** A flow sequence such as {@code [0, !GetAZs '']}. */
  private void flow(JsonNode node) {
    out.append('[');
    boolean first = true;
    for (JsonNode item : node) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      Optional<String> function = taggable(item);
      if (function.isPresent()) {
        JsonNode argument = Intrinsics.argumentOf(item);
        String tag = Intrinsics.shortTag(function.get());
        if (function.get().equals("Fn::GetAtt") && dottable(argument)) {
          out.append(tag).append(' ').append(scalarText(argument.get(0).asText() + "." + argument.get(1).asText()));
        } else if (argument.isArray() && argument.size() > 0) {
          out.append(tag).append(' ');
          flow(argument);
        } else {
          out.append(tag).append(' ').append(scalar(argument));
        }
      } else if (item.isArray() && item.size() > 0) {
        flow(item);
      } else {
        out.append(scalar(item));
      }
    }
    out.append(']');
  }

  /** True when every item fits in a flow sequence: scalars, short-form functions of those, nested lists of those. */
  private static boolean flowable(JsonNode node) {
    for (JsonNode item : node) {
      Optional<String> function = taggable(item);
      if (function.isPresent()) {
        JsonNode argument = Intrinsics.argumentOf(item);
        if (!(argument.isValueNode() || (argument.isArray() && flowable(argument)) || (argument.isArray() && argument.isEmpty())
            || (function.get().equals("Fn::GetAtt") && dottable(argument)))) {
          return false;
        }
      } else if (item.isObject() && item.size() > 0) {
        return false;
      } else if (item.isArray() && !flowable(item)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The function of a node written in short form. {@code !Base64 !Sub ...} is not YAML (a node has
   * one tag), so a function whose argument is itself a function is written in the long form.
   */
  private static Optional<String> taggable(JsonNode node) {
    Optional<String> function = Intrinsics.functionOf(node);
    if (function.isEmpty()) {
      return function;
    }
    JsonNode argument = Intrinsics.argumentOf(node);
    if ((function.get().equals("Ref") || function.get().equals("Condition")) && !argument.isTextual()) {
      return Optional.empty();
    }
    return Intrinsics.functionOf(argument).isPresent() ? Optional.empty() : function;
  }

  private static boolean dottable(JsonNode argument) {
    return argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isTextual()
        && !argument.get(0).asText().contains(".") && !argument.get(0).asText().isEmpty();
  }

  private static String scalar(JsonNode node) {
    if (node.isTextual()) {
      return scalarText(node.asText());
    }
    if (node.isObject()) {
      return "{}";
    }
    if (node.isArray()) {
      return "[]";
    }
    if (node.isNull() || node.isMissingNode()) {
      return "null";
    }
    return node.asText();
  }

  static String scalarText(String text) {
    if (isPlain(text)) {
      return text;
    }
    if (isPrintableLine(text)) {
      return "'" + text.replace("'", "''") + "'";
    }
    return doubleQuoted(text);
  }

  private static boolean isPlain(String text) {
    if (text.isEmpty() || !plainStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(plainStart(c) || (c >= '0' && c <= '9') || PLAIN_INSIDE.indexOf(c) >= 0)) {
        return false;
      }
    }
    return !text.contains(": ") && !text.endsWith(":") && !text.endsWith(" ")
        && (text.length() > 5 || !RESERVED.contains(text.toLowerCase(Locale.ROOT)));
  }

  private static boolean plainStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '/';
  }

  private static boolean isPrintableLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean printable = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != 0xFEFF && c < 0xFFFE);
      if (!printable || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': quoted.append("\\\""); break;
        case '\\': quoted.append("\\\\"); break;
        case '\n': quoted.append("\\n"); break;
        case '\t': quoted.append("\\t"); break;
        case '\r': quoted.append("\\r"); break;
        default:
          // YAML carries none of these as they are: U+FFFE and U+FFFF are not printable in YAML
          if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || (c >= 0x80 && c < 0xA0) || c >= 0xFFFE) {
            String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
            quoted.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }
}
