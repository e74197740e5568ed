package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the parts of a parsed template stood in its text: the line of each object and array and
 * of each field of an object, so that a problem found while reading a template names its line.
 *
 * <p>The parsers make their objects and arrays here ({@link #object}, {@link #array}), and those
 * carry their lines themselves: a template of 100,000 resources has millions of nodes and fields,
 * and a map entry (with a boxed line) for each would double what the tree takes. Nodes made
 * elsewhere (the copy an alias stands for) are kept in side tables, as rare as aliases.
 */
final class SourceLines {
  private final Map<JsonNode, Integer> ofNode = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> ofField = new IdentityHashMap<>();

  /** A new object that stood at {@code line}. */
  ObjectNode object(int line) {
    return new LinedObject(line);
  }

  /** A new array that stood at {@code line}. */
  ArrayNode array(int line) {
    return new LinedArray(line);
  }

  void node(JsonNode container, int line) {
    if (container instanceof LinedObject object) {
      object.line = line;
    } else if (container instanceof LinedArray array) {
      array.line = line;
    } else {
      ofNode.put(container, line);
    }
  }

  void field(JsonNode object, String name, int line) {
    if (object instanceof LinedObject lined) {
      lined.field(name, line);
    } else {
      ofField.computeIfAbsent(object, key -> new HashMap<>()).put(name, line);
    }
  }

  /** The line of an object or array, else {@code fallback}. */
  int of(JsonNode node, int fallback) {
    if (node instanceof LinedObject object) {
      return object.line;
    }
    if (node instanceof LinedArray array) {
      return array.line;
    }
    Integer line = ofNode.get(node);
    return line == null ? fallback : line;
  }

  /** The line of a field of an object, else the object's line, else {@code fallback}. */
  int of(JsonNode object, String field, int fallback) {
    if (object instanceof LinedObject lined) {
      int line = lined.fieldLine(field);
      return line > 0 ? line : lined.line;
    }
    Map<String, Integer> fields = ofField.get(object);
    Integer line = fields == null ? null : fields.get(field);
    return line != null ? line : of(object, fallback);
  }

  /** An object that knows its line and its fields' lines (in the order they were set). */
  private static final class LinedObject extends ObjectNode {
    private static final long serialVersionUID = 1L;
    private static final int SCANNED = 8;

    private int line;
    private String[] names = new String[2];
    private int[] lines = new int[2];
    private int fields;
    private transient Map<String, Integer> index;

    LinedObject(int line) {
      super(JsonNodeFactory.instance);
      this.line = line;
    }

    void field(String name, int fieldLine) {
      if (fields == names.length) {
        names = Arrays.copyOf(names, fields * 2);
        lines = Arrays.copyOf(lines, fields * 2);
      }
      names[fields] = name;
      lines[fields] = fieldLine;
      fields++;
      if (index != null) {
        index.put(name, fieldLine);
      }
    }

    /** The line of a field, 0 when it was not set with one. */
    int fieldLine(String name) {
      if (fields <= SCANNED) {
        for (int i = fields - 1; i >= 0; i--) {
          if (names[i].equals(name)) {
            return lines[i];
          }
        }
        return 0;
      }
      if (index == null) {
        index = new HashMap<>(fields * 2);
        for (int i = 0; i < fields; i++) {
          index.put(names[i], lines[i]);
        }
      }
      Integer found = index.get(name);
      return found == null ? 0 : found;
    }
  }

  /** An array that knows its line. */
  private static final class LinedArray extends ArrayNode {
    private static final long serialVersionUID = 1L;

    private int line;

    LinedArray(int line) {
      super(JsonNodeFactory.instance);
      this.line = line;
    }
  }
}
