package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import java.io.PrintWriter;
import java.util.List;

/** JSON output of the command line: the shapes of CLI.md, written with a stable key order. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Writes a tree and a newline. */
  public static void print(PrintWriter out, Object tree) {
    try {
      out.println(MAPPER.writeValueAsString(tree));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output", e);
    }
  }

  /** One finding as CLI.md shapes it. */
  public static ObjectNode finding(Finding finding) {
    ObjectNode node = object();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().label());
    ArrayNode elements = node.putArray("elements");
    finding.elements().stream().map(ElementId::value).forEach(elements::add);
    node.put("message", finding.message());
    return node;
  }

  public static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = array();
    findings.forEach(finding -> array.add(finding(finding)));
    return array;
  }
}
