package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the parts of a parsed template stood in its text: the line of each object and array and
 * of each field of an object, so that a problem found while reading a template names its line.
 */
final class SourceLines {
  private final Map<JsonNode, Integer> ofNode = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> ofField = new IdentityHashMap<>();

  void node(JsonNode container, int line) {
    ofNode.put(container, line);
  }

  void field(JsonNode object, String name, int line) {
    ofField.computeIfAbsent(object, key -> new HashMap<>()).put(name, line);
  }

  /** The line of an object or array, else {@code fallback}. */
  int of(JsonNode node, int fallback) {
    Integer line = ofNode.get(node);
    return line == null ? fallback : line;
  }

  /** The line of a field of an object, else the object's line, else {@code fallback}. */
  int of(JsonNode object, String field, int fallback) {
    Map<String, Integer> fields = ofField.get(object);
    Integer line = fields == null ? null : fields.get(field);
    return line != null ? line : of(object, fallback);
  }
}
