package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.topology.OpaqueResource;

/**
 * Writes a resource Netwright does not model as it came: its definition is the resource as the
 * template held it. A definition that is no template resource (say, one an account import wrote)
 * is carried in the metadata so that importing the template gives it back.
 */
final class OpaqueExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExportContext context;

  OpaqueExport(ExportContext context) {
    this.context = context;
  }

  /** The template resource of an opaque element. */
  ObjectNode resource(OpaqueResource opaque) {
    String logical = context.logical(opaque.id());
    ObjectNode definition = parse(opaque.definition());
    ObjectNode resource;
    ObjectNode netwright = Intrinsics.object();
    if (definition != null && definition.path("Type").isTextual() && definition.path("Type").asText().equals(opaque.resourceType())) {
      resource = definition;
      liftUses(resource);
    } else {
      resource = Intrinsics.object();
      resource.put("Type", opaque.resourceType());
      netwright.put(NetwrightMetadata.DEFINITION, opaque.definition());
    }
    if (!logical.equals(opaque.id().value())) {
      netwright.put(NetwrightMetadata.ID, opaque.id().value());
    }
    if (!opaque.name().equals(OpaqueNames.nameOf(resource))) {
      netwright.put(NetwrightMetadata.NAME, opaque.name());
    }
    if (!netwright.isEmpty()) {
      JsonNode metadata = resource.get("Metadata");
      ObjectNode target = metadata != null && metadata.isObject() ? (ObjectNode) metadata : resource.putObject("Metadata");
      target.set(NetwrightMetadata.SECTION, netwright);
    }
    return resource;
  }

  /** Moves what the resource uses from the template's sections back into them (the first definition of a name wins). */
  private void liftUses(ObjectNode resource) {
    JsonNode metadata = resource.get("Metadata");
    if (!(metadata instanceof ObjectNode metadataObject) || !(metadataObject.get(NetwrightMetadata.SECTION) instanceof ObjectNode section)) {
      return;
    }
    JsonNode uses = section.remove(TemplateDependencies.USES);
    if (section.isEmpty()) {
      metadataObject.remove(NetwrightMetadata.SECTION);
    }
    if (metadataObject.isEmpty()) {
      resource.remove("Metadata");
    }
    if (uses == null) {
      return;
    }
    merge(uses.get("Parameters"), context.parameters);
    merge(uses.get("Conditions"), context.conditions);
    merge(uses.get("Mappings"), context.mappings);
  }

  private static void merge(JsonNode from, ObjectNode into) {
    if (from == null) {
      return;
    }
    from.fields().forEachRemaining(entry -> {
      if (!into.has(entry.getKey())) {
        into.set(entry.getKey(), entry.getValue());
      }
    });
  }

  private static ObjectNode parse(String definition) {
    try {
      JsonNode node = JSON.readTree(definition);
      return node != null && node.isObject() ? (ObjectNode) node : null;
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }
}
