package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.traffic.FlowRules;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code traffic} section of a design file: the GB a month each subnet is assumed to send where
 * nothing is stated, and the flows a person stated, each on one line. A design that states nothing
 * and keeps the default has no section, so files written before flows existed stay as they were.
 */
final class TrafficFile {
  static final String KEY = "traffic";
  private static final Set<String> KEYS = Set.of("gbPerSubnet", "flows");
  private static final Set<String> FLOW_KEYS = Set.of("id", "from", "to", "gbPerMonth", "sentGbPerMonth", "receivedGbPerMonth");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TrafficFile() {
  }

  static void write(Traffic traffic, ObjectNode root, Set<JsonNode> oneLine) {
    if (traffic.isDefault()) {
      return;
    }
    ObjectNode section = root.putObject(KEY);
    section.put("gbPerSubnet", traffic.unstated().gbPerSubnet());
    ArrayNode flows = section.putArray("flows");
    for (TrafficFlow flow : traffic.flows()) {
      ObjectNode node = NODES.objectNode();
      node.put("id", flow.id().value());
      node.put("from", flow.from().value());
      node.put("to", flow.to().text());
      if (flow.splitByDirection()) {
        node.put("sentGbPerMonth", flow.sentGb());
        node.put("receivedGbPerMonth", flow.receivedGb());
      } else {
        node.put("gbPerMonth", flow.sentGb());
      }
      flows.add(node);
      oneLine.add(node);
    }
  }

  static Traffic read(JsonFields top, Topology topology) {
    if (!top.has(KEY)) {
      return Traffic.DEFAULT;
    }
    JsonFields section = new JsonFields(top.required(KEY), top.place().key(KEY), "the traffic");
    section.allowOnly(KEYS, "the traffic");
    TrafficAssumption unstated;
    try {
      unstated = TrafficAssumption.of(section.number("gbPerSubnet"));
    } catch (InvalidValueException e) {
      throw new PlacedProblem(section.place().key("gbPerSubnet"), e.getMessage());
    }
    Traffic traffic = new Traffic(unstated, List.of());
    for (JsonFields.Item item : section.array("flows")) {
      JsonFields fields = item.object("a traffic flow");
      fields.allowOnly(FLOW_KEYS, "a traffic flow");
      TrafficFlow flow = new TrafficFlow(fields.id("id"), fields.id("from"), fields.value("to", Target::parse),
          volume(fields, fields.has("gbPerMonth") ? "gbPerMonth" : "sentGbPerMonth"),
          fields.has("gbPerMonth") ? BigDecimal.ZERO : volume(fields, "receivedGbPerMonth"));
      if (fields.has("gbPerMonth") && (fields.has("sentGbPerMonth") || fields.has("receivedGbPerMonth"))) {
        throw new PlacedProblem(item.place(), "a flow states either gbPerMonth or sentGbPerMonth and receivedGbPerMonth, not both");
      }
      Optional<String> problem = FlowRules.problem(topology, traffic, flow);
      if (problem.isPresent()) {
        throw new PlacedProblem(item.place(), problem.get());
      }
      traffic = traffic.with(flow);
    }
    return traffic;
  }

  private static BigDecimal volume(JsonFields fields, String key) {
    try {
      return TrafficFlow.gigabytes(fields.number(key), key.startsWith("received") ? "received" : "sent");
    } catch (InvalidValueException e) {
      throw new PlacedProblem(fields.place().key(key), e.getMessage());
    }
  }
}
