package dev.netwright.app.aws.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one EC2 Query API request, as the SDK form-encodes them: flat names such as
 * {@code Filter.1.Name}, {@code Filter.1.Value.2} or {@code TagSpecification.1.Tag.1.Key}.
 */
final class QueryParams {
  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  static QueryParams parse(String body) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.put(key, value);
    }
    return new QueryParams(values);
  }

  String get(String name) {
    return values.get(name);
  }

  String require(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new FakeEc2Error("MissingParameter", "The request must contain the parameter " + name);
    }
    return value;
  }

  boolean flag(String name) {
    return "true".equals(values.get(name));
  }

  /** The values of a list such as {@code VpcId.1}, {@code VpcId.2}, … in order. */
  List<String> list(String prefix) {
    List<String> result = new ArrayList<>();
    for (int i = 1; values.containsKey(prefix + "." + i); i++) {
      result.add(values.get(prefix + "." + i));
    }
    return result;
  }

  /** The members of a list of structures such as {@code Filter.1.*}, each as its own params. */
  List<QueryParams> structs(String prefix) {
    List<QueryParams> result = new ArrayList<>();
    for (int i = 1; ; i++) {
      String head = prefix + "." + i + ".";
      Map<String, String> member = new LinkedHashMap<>();
      values.forEach((key, value) -> {
        if (key.startsWith(head)) {
          member.put(key.substring(head.length()), value);
        }
      });
      if (member.isEmpty()) {
        return result;
      }
      result.add(new QueryParams(member));
    }
  }

  /** The filters of a describe call: name to accepted values. */
  Map<String, List<String>> filters() {
    Map<String, List<String>> filters = new HashMap<>();
    for (QueryParams filter : structs("Filter")) {
      filters.put(filter.get("Name"), filter.list("Value"));
    }
    return filters;
  }

  /** The tags of the first tag specification, as the create calls send them. */
  Map<String, String> tagSpecification() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (QueryParams spec : structs("TagSpecification")) {
      for (QueryParams tag : spec.structs("Tag")) {
        tags.put(tag.get("Key"), tag.get("Value") == null ? "" : tag.get("Value"));
      }
    }
    return tags;
  }

  Map<String, String> asMap() {
    return values;
  }
}
