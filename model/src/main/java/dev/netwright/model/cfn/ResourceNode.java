package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One resource of a template being exported. It gathers the parts in any order and writes them
 * in the one order people expect to read: Type, DependsOn, Metadata, Properties.
 */
final class ResourceNode {
  private final String type;
  private final List<String> dependsOn = new ArrayList<>();
  private final ObjectNode netwright = Intrinsics.object();
  private final ObjectNode properties = Intrinsics.object();

  ResourceNode(String type) {
    this.type = type;
  }

  ObjectNode properties() {
    return properties;
  }

  /** The resource's own {@code Metadata.Netwright} section. */
  ObjectNode netwright() {
    return netwright;
  }

  ResourceNode dependOn(String logicalId) {
    if (!dependsOn.contains(logicalId)) {
      dependsOn.add(logicalId);
    }
    return this;
  }

  ResourceNode set(String property, JsonNode value) {
    properties.set(property, value);
    return this;
  }

  ResourceNode set(String property, String value) {
    properties.put(property, value);
    return this;
  }

  ResourceNode set(String property, boolean value) {
    properties.put(property, value);
    return this;
  }

  ResourceNode set(String property, int value) {
    properties.put(property, value);
    return this;
  }

  /** Adds the {@code Name} tag when the name is not empty. */
  ResourceNode nameTag(String name) {
    if (!name.isEmpty()) {
      ArrayNode tags = properties.putArray("Tags");
      tags.addObject().put("Key", "Name").put("Value", name);
    }
    return this;
  }

  ObjectNode toNode() {
    ObjectNode node = Intrinsics.object();
    node.put("Type", type);
    if (dependsOn.size() == 1) {
      node.put("DependsOn", dependsOn.get(0));
    } else if (!dependsOn.isEmpty()) {
      ArrayNode list = node.putArray("DependsOn");
      dependsOn.forEach(list::add);
    }
    if (!netwright.isEmpty()) {
      node.putObject("Metadata").set(NetwrightMetadata.SECTION, netwright);
    }
    if (!properties.isEmpty()) {
      node.set("Properties", properties);
    }
    return node;
  }
}
