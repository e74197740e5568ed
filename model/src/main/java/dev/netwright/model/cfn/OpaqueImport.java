package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.OpaqueResource;
import java.util.List;
import java.util.Map;

/**
 * Keeps every resource that became no element and was folded into none as an
 * {@link OpaqueResource}: its definition is the resource as written (compact JSON, functions in
 * their long form), so that an export writes it back as it came. Each one is reported.
 */
final class OpaqueImport {
  /** The rule id of the info finding for each resource kept opaque. */
  static final String UNMODELLED = "CFN-UNMODELLED-RESOURCE";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImportContext context;

  OpaqueImport(ImportContext context) {
    this.context = context;
  }

  void read() {
    for (TemplateResource resource : context.resources.values()) {
      if (!resource.created() || context.elements.containsKey(resource.logicalId()) || context.consumed.contains(resource.logicalId())) {
        continue;
      }
      OpaqueResource opaque = new OpaqueResource(context.idOf(resource), name(resource), resource.type(),
          definition(resource, context.template.root(), context.renamed));
      context.add(resource, opaque);
      String reason = context.reasons.get(resource.logicalId());
      String why = reason != null ? reason
          : TemplateImporter.MODELLED_TYPES.contains(resource.type()) ? "it belongs to no element Netwright models"
          : "Netwright does not model " + resource.type();
      context.findings.add(new Finding(UNMODELLED, Severity.INFO, List.of(opaque.id()), "Resource " + resource.logicalId() + " ("
          + resource.type() + ") is kept as it is, without its network meaning: " + why + "."));
    }
  }

  private static String name(TemplateResource resource) {
    return resource.netwright(NetwrightMetadata.NAME).filter(JsonNode::isTextual).map(JsonNode::asText)
        .orElse(OpaqueNames.nameOf(resource.raw()));
  }

  /** Points {@code DependsOn}, {@code Ref} and {@code Fn::GetAtt} at the names the export gives folded resources. */
  private static void rename(ObjectNode resource, Map<String, String> renamed) {
    JsonNode dependsOn = resource.get("DependsOn");
    if (dependsOn != null && dependsOn.isTextual()) {
      resource.put("DependsOn", renamed.getOrDefault(dependsOn.asText(), dependsOn.asText()));
    } else if (dependsOn instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        list.set(i, Intrinsics.NODES.textNode(renamed.getOrDefault(list.get(i).asText(), list.get(i).asText())));
      }
    }
    renameReferences(resource, renamed);
  }

  private static void renameReferences(JsonNode node, Map<String, String> renamed) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("Ref");
      if (object.size() == 1 && ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
        object.put("Ref", renamed.get(ref.asText()));
      }
      JsonNode getAtt = object.get("Fn::GetAtt");
      if (object.size() == 1 && getAtt instanceof ArrayNode parts && parts.size() == 2 && renamed.containsKey(parts.get(0).asText())) {
        parts.set(0, Intrinsics.NODES.textNode(renamed.get(parts.get(0).asText())));
      }
      object.forEach(child -> renameReferences(child, renamed));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> renameReferences(child, renamed));
    }
  }

  /**
   * The resource as written, less the metadata the exporter added, plus the parameters, conditions
   * and mappings it uses ({@code Metadata.Netwright.Uses}); or the definition that metadata carried.
   */
  private static String definition(TemplateResource resource, ObjectNode template, Map<String, String> renamed) {
    JsonNode carried = resource.netwright(NetwrightMetadata.DEFINITION).orElse(null);
    if (carried != null && carried.isTextual()) {
      return carried.asText();
    }
    ObjectNode copy = resource.raw().deepCopy();
    if (!renamed.isEmpty()) {
      rename(copy, renamed);
    }
    JsonNode metadata = copy.get("Metadata");
    if (metadata instanceof ObjectNode object && object.has(NetwrightMetadata.SECTION)) {
      object.remove(NetwrightMetadata.SECTION);
      if (object.isEmpty()) {
        copy.remove("Metadata");
      }
    }
    TemplateDependencies.of(template, copy).ifPresent(uses -> {
      JsonNode existing = copy.get("Metadata");
      ObjectNode target = existing instanceof ObjectNode object ? object : copy.putObject("Metadata");
      target.putObject(NetwrightMetadata.SECTION).set(TemplateDependencies.USES, uses);
    });
    try {
      return JSON.writeValueAsString(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed template node could not be written as JSON", e);
    }
  }
}
