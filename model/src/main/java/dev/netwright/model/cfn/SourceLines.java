package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

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

  /** The name of the first field of an object that has one, read without an iterator for a parsed object. */
  static String firstName(JsonNode object) {
    return object instanceof LinedObject lined && lined.fields.size > 0 ? lined.fields.names[0] : object.fieldNames().next();
  }

  /** The value of the first field of an object that has one, read without an iterator for a parsed object. */
  static JsonNode firstValue(JsonNode object) {
    return object instanceof LinedObject lined && lined.fields.size > 0 ? lined.fields.values[0] : object.fields().next().getValue();
  }

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

  /** An object that knows its line and its fields' lines, its fields kept in {@link Fields}. */
  private static final class LinedObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    private int line;
    private final transient Fields fields;

    LinedObject(int line) {
      this(line, new Fields());
    }

    private LinedObject(int line, Fields fields) {
      super(JsonNodeFactory.instance, fields);
      this.line = line;
      this.fields = fields;
    }

    void field(String name, int fieldLine) {
      fields.line(name, fieldLine);
    }

    /** The line of a field, 0 when it was not set with one. */
    int fieldLine(String name) {
      return fields.lineOf(name);
    }
  }

  /**
   * The fields of a parsed object, in the order they were set, with the line of each: three
   * arrays instead of a linked hash map (an object of a template has a few fields, and millions of
   * them are read), a field found by a scan up to eight fields and through an index built once
   * above that (the {@code Resources} of 100,000 entries).
   */
  static final class Fields extends AbstractMap<String, JsonNode> {
    private static final int SCANNED = 8;

    private String[] names = new String[2];
    private JsonNode[] values = new JsonNode[2];
    private int[] lines = new int[2];
    private int size;
    private Map<String, Integer> index;

    private int find(Object name) {
      if (size > SCANNED) {
        if (index == null) {
          index = new HashMap<>(size * 2);
          for (int i = 0; i < size; i++) {
            index.put(names[i], i);
          }
        }
        Integer found = index.get(name);
        return found == null ? -1 : found;
      }
      for (int i = size - 1; i >= 0; i--) {
        if (names[i] == name) {
          return i;
        }
      }
      for (int i = size - 1; i >= 0; i--) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    void line(String name, int line) {
      int i = size > 0 && names[size - 1] == name ? size - 1 : find(name);
      if (i >= 0) {
        lines[i] = line;
      }
    }

    int lineOf(String name) {
      int i = find(name);
      return i < 0 ? 0 : lines[i];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean containsKey(Object name) {
      return find(name) >= 0;
    }

    @Override
    public JsonNode get(Object name) {
      int i = find(name);
      return i < 0 ? null : values[i];
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
      int i = find(name);
      if (i >= 0) {
        JsonNode old = values[i];
        values[i] = value;
        return old;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      names[size] = name;
      values[size] = value;
      lines[size] = 0;
      if (index != null) {
        index.put(name, size);
      }
      size++;
      return null;
    }

    @Override
    public JsonNode remove(Object name) {
      int i = find(name);
      if (i < 0) {
        return null;
      }
      JsonNode old = values[i];
      removeAt(i);
      return old;
    }

    private void removeAt(int i) {
      int after = size - i - 1;
      System.arraycopy(names, i + 1, names, i, after);
      System.arraycopy(values, i + 1, values, i, after);
      System.arraycopy(lines, i + 1, lines, i, after);
      size--;
      names[size] = null;
      values[size] = null;
      index = null;
    }

    @Override
    public void clear() {
      Arrays.fill(names, 0, size, null);
      Arrays.fill(values, 0, size, null);
      size = 0;
      index = null;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
          return new Iterator<>() {
            private int next;
            private int last = -1;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, JsonNode> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              last = next++;
              return new Field(last);
            }

            @Override
            public void remove() {
              if (last < 0) {
                throw new IllegalStateException();
              }
              removeAt(last);
              next = last;
              last = -1;
            }
          };
        }
      };
    }

    /** A field as an entry of the map; setting its value sets the field's. */
    private final class Field implements Map.Entry<String, JsonNode> {
      private final int at;

      Field(int at) {
        this.at = at;
      }

      @Override
      public String getKey() {
        return names[at];
      }

      @Override
      public JsonNode getValue() {
        return values[at];
      }

      @Override
      public JsonNode setValue(JsonNode value) {
        JsonNode old = values[at];
        values[at] = value;
        return old;
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof Map.Entry<?, ?> entry && Objects.equals(getKey(), entry.getKey()) && Objects.equals(getValue(), entry.getValue());
      }

      @Override
      public int hashCode() {
        return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
      }
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
