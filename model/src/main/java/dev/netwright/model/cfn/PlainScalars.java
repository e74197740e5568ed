package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a plain (unquoted) YAML scalar means, as CloudFormation's YAML 1.1 reader takes it: a
 * decimal whole number or a decimal fraction is a number, {@code true}/{@code yes}/{@code on} and
 * their opposites are booleans, {@code null} and {@code ~} are null, and anything else (dates,
 * octal and hex included) is text.
 */
final class PlainScalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern WHOLE = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern FRACTION = Pattern.compile("[-+]?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  /** Longer digit strings stay text, as do whole numbers past a long's range. */
  private static final int MAX_NUMBER_LENGTH = 19;

  private PlainScalars() {
  }

  /** The value of a plain scalar; text made by {@code asText}. */
  static JsonNode resolve(String text, Function<String, JsonNode> asText) {
    if (mayBeNumber(text) && text.length() <= MAX_NUMBER_LENGTH && WHOLE.matcher(text).matches()) {
      try {
        long number = Long.parseLong(text);
        return number == (int) number ? NODES.numberNode((int) number) : NODES.numberNode(number);
      } catch (NumberFormatException pastLong) {
        return asText.apply(text);
      }
    }
    if (mayBeNumber(text) && text.length() <= 64 && FRACTION.matcher(text).matches()) {
      return NODES.numberNode(Double.parseDouble(text));
    }
    if (TRUE.contains(text)) {
      return NODES.booleanNode(true);
    }
    if (FALSE.contains(text)) {
      return NODES.booleanNode(false);
    }
    if (NULL.contains(text)) {
      return NODES.nullNode();
    }
    return asText.apply(text);
  }

  /** Whether a number's first character starts the text: most scalars are names, and skip both patterns. */
  private static boolean mayBeNumber(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
  }
}
