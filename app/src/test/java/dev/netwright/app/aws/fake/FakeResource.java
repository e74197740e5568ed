package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource the fake account holds: its id, its tags, how it answers filters and how it is
 * written in a describe response.
 */
abstract class FakeResource {
  final String id;
  final Map<String, String> tags = new LinkedHashMap<>();

  FakeResource(String id, Map<String, String> tags) {
    this.id = id;
    this.tags.putAll(tags);
  }

  /** The values this resource has for a filter name other than tags, empty when it has none. */
  abstract List<String> filterValues(String name);

  abstract void xml(Xml x);

  /** False for resources that are gone but still listed (a deleted NAT gateway). */
  boolean live() {
    return true;
  }

  /** The resource's content for comparing account snapshots; tags included. */
  String snapshot() {
    Xml x = new Xml();
    xml(x);
    return x.toString();
  }

  boolean matches(Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      String name = filter.getKey();
      List<String> have = new ArrayList<>();
      if (name.startsWith("tag:")) {
        String value = tags.get(name.substring(4));
        if (value != null) {
          have.add(value);
        }
      } else if (name.equals("tag-key")) {
        have.addAll(tags.keySet());
      } else {
        have.addAll(filterValues(name));
      }
      if (filter.getValue().stream().noneMatch(have::contains)) {
        return false;
      }
    }
    return true;
  }
}
