package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import java.util.List;

/** Path answers in the JSON shape of CLI.md ({@code reach --format json}, each entry of {@code paths}). */
final class PathJson {
  private PathJson() {
  }

  static ObjectNode answer(PathAnswer answer) {
    ObjectNode node = Json.object();
    node.put("from", answer.from());
    node.put("to", answer.to());
    node.put("reachable", answer.reachable());
    node.put("crossesInternet", answer.crossesInternet());
    node.put("viaNat", answer.viaNat());
    node.put("crossesAz", answer.crossesAz());
    if (answer.endpoint() == null) {
      node.putNull("endpoint");
    } else {
      node.put("endpoint", answer.endpoint());
    }
    ArrayNode hops = node.putArray("hops");
    for (Hop hop : answer.hops()) {
      ObjectNode entry = hops.addObject();
      entry.put("id", hop.id());
      entry.put("kind", hop.kind());
      entry.put("detail", hop.detail());
    }
    if (answer.blockedBy() == null) {
      node.putNull("blockedBy");
    } else {
      ObjectNode blocked = node.putObject("blockedBy");
      blocked.put("id", answer.blockedBy().id());
      blocked.put("reason", answer.blockedBy().reason());
      if (answer.blockedBy().rule() != null) {
        blocked.put("rule", answer.blockedBy().rule());
      }
    }
    node.put("costPerGb", answer.costPerGb());
    return node;
  }

  static ObjectNode paths(List<PathAnswer> answers) {
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("paths");
    answers.forEach(answer -> array.add(answer(answer)));
    return root;
  }
}
