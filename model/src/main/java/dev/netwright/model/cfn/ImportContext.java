package dev.netwright.model.cfn;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the parts of one import share: the template's resources (those its conditions create), the
 * evaluator, the elements made so far keyed by logical id, the resources consumed into an element
 * (an attachment into its gateway, a route into its table), and why others could not be modelled.
 */
final class ImportContext {
  final ParsedTemplate template;
  final Evaluator evaluator;
  final Map<String, TemplateResource> resources;
  final Map<String, Element> elements = new LinkedHashMap<>();
  final Set<String> consumed = new HashSet<>();
  final Map<String, String> reasons = new HashMap<>();
  /**
   * Resources folded into an element that the export will write under another name (an
   * attachment as {@code <Gateway>Attachment}, an EIP as {@code <Nat>Eip}): opaque resources that
   * name them are pointed at the new name.
   */
  final Map<String, String> renamed = new HashMap<>();
  final List<Finding> findings = new ArrayList<>();
  private final Map<String, List<TemplateResource>> byType = new HashMap<>();

  ImportContext(ParsedTemplate template, Evaluator evaluator, Map<String, TemplateResource> resources) {
    this.template = template;
    this.evaluator = evaluator;
    this.resources = resources;
    for (TemplateResource resource : resources.values()) {
      if (resource.created()) {
        byType.computeIfAbsent(resource.type(), type -> new ArrayList<>()).add(resource);
      }
    }
  }

  /** The created resources of one type, in template order. */
  List<TemplateResource> ofType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  ResourceProperties properties(TemplateResource resource) {
    return new ResourceProperties(resource, this);
  }

  /** The element id of a resource: the design id its metadata carries, else its logical id. */
  ElementId idOf(TemplateResource resource) {
    Optional<String> designId = resource.netwright(NetwrightMetadata.ID).filter(node -> node.isTextual()).map(node -> node.asText());
    try {
      return ElementId.of(designId.orElse(resource.logicalId()));
    } catch (InvalidValueException e) {
      throw template.error(resource.line(), "resource " + resource.logicalId() + ": " + e.getMessage());
    }
  }

  /** The element made from a resource, when it was modelled and is of that type. */
  <T extends Element> Optional<T> element(String logicalId, Class<T> type) {
    Element element = elements.get(logicalId);
    return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
  }

  void add(TemplateResource resource, Element element) {
    elements.put(resource.logicalId(), element);
  }

  /** Runs {@code reader} on a resource; when it cannot be modelled, notes why and leaves it to become opaque. */
  void attempt(TemplateResource resource, Runnable reader) {
    try {
      reader.run();
    } catch (Unmodelled unmodelled) {
      reasons.put(resource.logicalId(), unmodelled.reason());
    } catch (InvalidValueException e) {
      throw template.error(resource.line(), "resource " + resource.logicalId() + ": " + e.getMessage());
    }
  }
}
