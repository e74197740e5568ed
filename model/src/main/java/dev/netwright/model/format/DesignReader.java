package dev.netwright.model.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a design file into a document, or refuses it with a {@link DesignFileException}
 * naming the file and the place. The whole file is checked (syntax, version, every field, every
 * value, references, layout) before anything is handed out, so a caller never sees half a model.
 */
final class DesignReader {
  private static final Set<String> TOP_KEYS =
      Set.of("format", "schemaVersion", "name", "description", "region", "elements", "traffic", "layout");
  private static final Set<String> BOUNDS_KEYS = Set.of("x", "y", "width", "height");

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.factory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final String text;
  private final String source;

  private DesignReader(String text, String source) {
    this.text = text;
    this.source = source;
  }

  static Document read(String text, String source) {
    DesignReader reader = new DesignReader(text, source);
    JsonNode root = reader.tree();
    try {
      return reader.document(root);
    } catch (PlacedProblem problem) {
      throw reader.failure(problem);
    }
  }

  private JsonNode tree() {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(text)) {
      root = MAPPER.readTree(parser);
      if (root != null && !root.isMissingNode() && parser.nextToken() != null) {
        throw new DesignFileException(source, place(parser.currentTokenLocation()), "is not valid JSON: text after the end of the design");
      }
    } catch (StreamConstraintsException e) {
      throw new DesignFileException(source, place(e.getLocation()), "is not read: " + JsonLimits.describe(e));
    } catch (JsonProcessingException e) {
      throw new DesignFileException(source, place(e.getLocation()), "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DesignFileException(source, "", "cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new DesignFileException(source, "", "is empty; a design file is a JSON object");
    }
    return root;
  }

  private static String place(JsonLocation location) {
    return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private Document document(JsonNode root) {
    JsonFields top = new JsonFields(root, JsonPlace.ROOT, "a design file");
    checkFormat(top);
    top.allowOnly(TOP_KEYS, "a design file");
    String name = top.text("name");
    String description = top.text("description");
    Region region = top.value("region", Region::of);
    Topology topology = topology(top);
    Layout layout = layout(top, topology);
    return new Document(name, description, region, topology, layout, TrafficFile.read(top, topology));
  }

  private void checkFormat(JsonFields top) {
    String format = top.text("format");
    if (!format.equals(DesignWriter.FORMAT)) {
      throw new PlacedProblem(top.place().key("format"), "this is not a Netwright design: format is '" + format
          + "', expected '" + DesignWriter.FORMAT + "'");
    }
    int version = top.integer("schemaVersion");
    if (version > Document.SCHEMA_VERSION) {
      throw new PlacedProblem(top.place().key("schemaVersion"), "the file was written by a newer Netwright (schema version "
          + version + "); this one reads versions up to " + Document.SCHEMA_VERSION + ": update Netwright to open it");
    }
    if (version < 1) {
      throw new PlacedProblem(top.place().key("schemaVersion"), "schema version " + version + " does not exist; versions start at 1");
    }
  }

  private Topology topology(JsonFields top) {
    List<Element> elements = new ArrayList<>();
    Map<ElementId, JsonPlace> placeOf = new HashMap<>();
    for (JsonFields.Item item : top.array("elements")) {
      Element element = ElementReader.read(item.object("an element"));
      JsonPlace earlier = placeOf.putIfAbsent(element.id(), item.place());
      if (earlier != null) {
        throw new PlacedProblem(item.place().key("id"), element.id().value(),
            "the id " + element.id() + " is already used by " + earlier.jsonPath() + "; ids must be unique");
      }
      elements.add(element);
    }
    Topology topology = Topology.of(elements);
    List<StructureCheck.Problem> problems = StructureCheck.problems(topology);
    if (!problems.isEmpty()) {
      StructureCheck.Problem first = problems.get(0);
      String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : "";
      throw new PlacedProblem(placeOf.get(first.element()), first.element().value(), first.message() + more);
    }
    return topology;
  }

  private Layout layout(JsonFields top, Topology topology) {
    JsonFields layout = new JsonFields(top.required("layout"), top.place().key("layout"), "the layout");
    Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : layout.members()) {
      JsonPlace place = layout.place().key(entry.getKey());
      ElementId id;
      try {
        id = ElementId.of(entry.getKey());
      } catch (InvalidValueException e) {
        throw new PlacedProblem(place, e.getMessage());
      }
      if (!topology.contains(id)) {
        throw new PlacedProblem(place, "the layout places " + id + ", but no element has that id");
      }
      JsonFields box = new JsonFields(entry.getValue(), place, "a position and size");
      box.allowOnly(BOUNDS_KEYS, "a position and size");
      try {
        bounds.put(id, new Bounds(box.number("x"), box.number("y"), box.number("width"), box.number("height")));
      } catch (InvalidValueException e) {
        throw new PlacedProblem(place, e.getMessage());
      }
    }
    return Layout.of(bounds);
  }

  private DesignFileException failure(PlacedProblem problem) {
    StringBuilder place = new StringBuilder();
    if (problem.elementId() != null) {
      place.append("element ").append(problem.elementId()).append(" at ");
    }
    place.append(problem.place().jsonPath());
    JsonLocator.lineAndColumn(text, problem.place()).ifPresent(where -> place.append(" (").append(where).append(')'));
    return new DesignFileException(source, place.toString(), problem.getMessage());
  }
}
