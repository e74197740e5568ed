package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a design file, read strictly: every field must be there with the right type,
 * no other field may be, and a value that does not parse is reported at its own path. Every
 * failure is a {@link PlacedProblem}.
 */
final class JsonFields {
  private final JsonNode node;
  private final JsonPlace place;

  JsonFields(JsonNode node, JsonPlace place, String what) {
    if (node == null || !node.isObject()) {
      throw new PlacedProblem(place, "expected " + what + " as a JSON object, found " + describe(node));
    }
    this.node = node;
    this.place = place;
  }

  JsonPlace place() {
    return place;
  }

  /** Refuses any key not in {@code allowed}, naming the first one found. */
  void allowOnly(Set<String> allowed, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new PlacedProblem(place.key(name), "unknown key '" + name + "' in " + what + "; expected only "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** The members of this object, in file order. */
  Set<Map.Entry<String, JsonNode>> members() {
    return node.properties();
  }

  /** Whether the object has the key at all (for optional fields). */
  boolean has(String key) {
    return node.has(key);
  }

  JsonNode required(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      throw new PlacedProblem(place.key(key), "the field '" + key + "' is missing");
    }
    return value;
  }

  String text(String key) {
    JsonNode value = required(key);
    if (!value.isTextual()) {
      throw new PlacedProblem(place.key(key), "expected a string, found " + describe(value));
    }
    return value.textValue();
  }

  boolean bool(String key) {
    JsonNode value = required(key);
    if (!value.isBoolean()) {
      throw new PlacedProblem(place.key(key), "expected true or false, found " + describe(value));
    }
    return value.booleanValue();
  }

  int integer(String key) {
    JsonNode value = required(key);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new PlacedProblem(place.key(key), "expected a whole number, found " + describe(value));
    }
    return value.intValue();
  }

  long longInteger(String key) {
    JsonNode value = required(key);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new PlacedProblem(place.key(key), "expected a whole number, found " + describe(value));
    }
    return value.longValue();
  }

  double number(String key) {
    JsonNode value = required(key);
    if (!value.isNumber()) {
      throw new PlacedProblem(place.key(key), "expected a number, found " + describe(value));
    }
    return value.doubleValue();
  }

  /** A string field turned into a value; an {@link InvalidValueException} is reported at the field. */
  <T> T value(String key, Function<String, T> parser) {
    String text = text(key);
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      throw new PlacedProblem(place.key(key), naming(text, e));
    }
  }

  ElementId id(String key) {
    return value(key, ElementId::of);
  }

  /** The items of an array field, each with its place. */
  List<Item> array(String key) {
    JsonNode value = required(key);
    if (!value.isArray()) {
      throw new PlacedProblem(place.key(key), "expected a JSON array, found " + describe(value));
    }
    List<Item> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      items.add(new Item(value.get(i), place.key(key).index(i)));
    }
    return items;
  }

  /** An array of strings, each turned into a value and reported at its own index when it does not parse. */
  <T> List<T> values(String key, Function<String, T> parser) {
    List<T> result = new ArrayList<>();
    for (Item item : array(key)) {
      result.add(item.value(parser));
    }
    return result;
  }

  List<ElementId> ids(String key) {
    return values(key, ElementId::of);
  }

  /** One item of an array, with its place. */
  record Item(JsonNode node, JsonPlace place) {
    JsonFields object(String what) {
      return new JsonFields(node, place, what);
    }

    <T> T value(Function<String, T> parser) {
      if (!node.isTextual()) {
        throw new PlacedProblem(place, "expected a string, found " + describe(node));
      }
      try {
        return parser.apply(node.textValue());
      } catch (InvalidValueException e) {
        throw new PlacedProblem(place, naming(node.textValue(), e));
      }
    }
  }

  /** The value's own message, with the text that was refused when the message does not quote it. */
  static String naming(String text, InvalidValueException e) {
    return e.getMessage().contains(text) ? e.getMessage() : "'" + abbreviate(text) + "': " + e.getMessage();
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    switch (node.getNodeType()) {
      case OBJECT: return "an object";
      case ARRAY: return "an array";
      case STRING: return "the string \"" + abbreviate(node.textValue()) + "\"";
      case NUMBER: return "the number " + node.asText();
      case BOOLEAN: return node.asText();
      case NULL: return "null";
      default: return node.getNodeType().toString().toLowerCase();
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
