package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a document into the text of its design file. The order of everything is fixed (top-level
 * keys, elements by kind then id, each kind's keys, layout by id), so the same document always
 * gives the same bytes and a small edit gives a small diff.
 */
final class DesignWriter {
  static final String FORMAT = "netwright-design";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Comparator<Element> FILE_ORDER =
      Comparator.comparing(Element::kind).thenComparing(Element::id);

  private DesignWriter() {
  }

  static String toJson(Document document) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("schemaVersion", Document.SCHEMA_VERSION);
    root.put("name", document.name());
    root.put("description", document.description());
    root.put("region", document.region().name());
    Set<JsonNode> oneLine = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayNode elements = root.putArray("elements");
    document.topology().elements().stream().sorted(FILE_ORDER)
        .forEach(element -> elements.add(ElementWriter.write(element, oneLine)));
    TrafficFile.write(document.traffic(), root, oneLine);
    ObjectNode layout = root.putObject("layout");
    // a position of an element that is gone would make the file unreadable: leave it out
    Map<ElementId, Bounds> sorted = new TreeMap<>(document.layout().asMap());
    sorted.forEach((id, bounds) -> {
      if (document.topology().contains(id)) {
        ObjectNode box = layout.putObject(id.value());
        oneLine.add(box);
        box.put("x", bounds.x());
        box.put("y", bounds.y());
        box.put("width", bounds.width());
        box.put("height", bounds.height());
      }
    });
    return JsonText.print(root, oneLine);
  }
}
