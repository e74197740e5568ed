package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.OpaqueResource;
import java.util.List;

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
          definition(resource, context.template.root()));
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

  /**
   * The resource as written, less the metadata the exporter added, plus the parameters, conditions
   * and mappings it uses ({@code Metadata.Netwright.Uses}); or the definition that metadata carried.
   */
  private static String definition(TemplateResource resource, ObjectNode template) {
    JsonNode carried = resource.netwright(NetwrightMetadata.DEFINITION).orElse(null);
    if (carried != null && carried.isTextual()) {
      return carried.asText();
    }
    ObjectNode copy = resource.raw().deepCopy();
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
