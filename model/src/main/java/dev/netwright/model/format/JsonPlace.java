package dev.netwright.model.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place in a JSON document as a list of object keys and array indexes. It prints as a JSON path
 * ({@code $.elements[3].cidr}) for people; {@link JsonLocator} finds its line and column in the text.
 */
record JsonPlace(List<Object> segments) {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static final JsonPlace ROOT = new JsonPlace(List.of());

  JsonPlace {
    segments = List.copyOf(segments);
  }

  JsonPlace key(String key) {
    return append(key);
  }

  JsonPlace index(int index) {
    return append(index);
  }

  private JsonPlace append(Object segment) {
    List<Object> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new JsonPlace(longer);
  }

  /** This place without its last segment; the root stays the root. */
  JsonPlace parent() {
    return segments.isEmpty() ? this : new JsonPlace(segments.subList(0, segments.size() - 1));
  }

  String jsonPath() {
    StringBuilder path = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else if (PLAIN_KEY.matcher((String) segment).matches()) {
        path.append('.').append(segment);
      } else {
        path.append("['").append(((String) segment).replace("\\", "\\\\").replace("'", "\\'")).append("']");
      }
    }
    return path.toString();
  }

  @Override
  public String toString() {
    return jsonPath();
  }
}
