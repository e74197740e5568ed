package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Text;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The properties of one resource, each evaluated when read. Reading what cannot be known, or a
 * reference to what the template does not model, throws {@link Unmodelled}; a value of the wrong
 * shape throws a {@link TemplateException} with its line.
 */
final class ResourceProperties {
  private static final int NAME_MAX = 255;

  private final TemplateResource resource;
  private final ImportContext context;

  ResourceProperties(TemplateResource resource, ImportContext context) {
    this.resource = resource;
    this.context = context;
  }

  int line(String property) {
    return context.template.lines().of(resource.properties(), property, resource.line());
  }

  /** The evaluated value, empty when the property is absent or {@code AWS::NoValue}. */
  Optional<JsonNode> value(String property) {
    JsonNode raw = resource.properties().get(property);
    if (raw == null) {
      return Optional.empty();
    }
    JsonNode value = context.evaluator.evaluate(raw, line(property));
    if (value != null) {
      TemplateValues.unknownOf(value).ifPresent(unknown -> {
        throw new Unmodelled("its " + property + " cannot be known: " + unknown.reason());
      });
    }
    return Optional.ofNullable(value);
  }

  boolean has(String property) {
    return value(property).isPresent();
  }

  Optional<String> text(String property) {
    Optional<JsonNode> value = value(property);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (TemplateValues.referenceOf(value.get()).isPresent() || !value.get().isValueNode() || value.get().isNull()) {
      throw error(property, "needs a plain value, not " + Evaluator.describe(value.get()));
    }
    return Optional.of(value.get().asText());
  }

  String requiredText(String property) {
    return text(property).orElseThrow(() -> new Unmodelled("it has no " + property));
  }

  boolean bool(String property, boolean fallback) {
    Optional<String> text = text(property);
    if (text.isEmpty()) {
      return fallback;
    }
    if (text.get().equalsIgnoreCase("true") || text.get().equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text.get());
    }
    throw error(property, "must be true or false, not '" + text.get() + "'");
  }

  Optional<Integer> integer(String property) {
    Optional<String> text = text(property);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String digits = text.get().trim();
    String unsigned = digits.startsWith("-") ? digits.substring(1) : digits;
    if (!Text.isAsciiDigits(unsigned) || unsigned.length() > 9) {
      throw error(property, "must be a whole number, not '" + text.get() + "'");
    }
    return Optional.of(Integer.parseInt(digits));
  }

  Cidr cidr(String property) {
    String text = requiredText(property);
    try {
      return Cidr.parse(text);
    } catch (InvalidValueException e) {
      throw error(property, e.getMessage());
    }
  }

  /** The logical id a property refers to; {@link Unmodelled} when it names something outside the template. */
  String referenceTo(String property) {
    JsonNode value = value(property).orElseThrow(() -> new Unmodelled("it has no " + property));
    return logicalIdOf(value, property);
  }

  private String logicalIdOf(JsonNode value, String property) {
    Optional<TemplateValues.Reference> reference = TemplateValues.referenceOf(value);
    if (reference.isPresent()) {
      return reference.get().logicalId();
    }
    throw new Unmodelled("its " + property + " is " + Evaluator.describe(value) + ", which is not a resource of the template");
  }

  /** The element a property refers to; {@link Unmodelled} unless it is one of the template's, modelled, of that type. */
  <T extends Element> T element(String property, Class<T> type) {
    return modelled(referenceTo(property), property, type);
  }

  /** The logical id of the element a property refers to, checked as {@link #element} checks it. */
  <T extends Element> String elementLogicalId(String property, Class<T> type) {
    String logicalId = referenceTo(property);
    modelled(logicalId, property, type);
    return logicalId;
  }

  /** The elements a list property refers to, in order; empty when the property is absent. */
  <T extends Element> List<T> elements(String property, Class<T> type) {
    Optional<JsonNode> value = value(property);
    List<T> result = new ArrayList<>();
    if (value.isEmpty()) {
      return result;
    }
    if (!value.get().isArray()) {
      throw error(property, "must be a list");
    }
    for (JsonNode item : value.get()) {
      result.add(modelled(logicalIdOf(item, property), property, type));
    }
    return result;
  }

  private <T extends Element> T modelled(String logicalId, String property, Class<T> type) {
    return context.element(logicalId, type).orElseThrow(() -> new Unmodelled("its " + property + " refers to " + logicalId
        + ", which Netwright could not model"));
  }

  /** The value of the Name tag, when it can be known; cut to the 255 characters of an AWS name. */
  String name() {
    JsonNode tags = resource.properties().get("Tags");
    if (tags == null) {
      return "";
    }
    JsonNode value = context.evaluator.evaluate(tags, line("Tags"));
    if (value == null || !value.isArray()) {
      return "";
    }
    for (JsonNode tag : value) {
      if ("Name".equals(tag.path("Key").asText(null))) {
        JsonNode name = tag.get("Value");
        if (name != null && name.isValueNode() && !name.isNull() && TemplateValues.unknownOf(name).isEmpty()) {
          String text = name.asText();
          return text.length() > NAME_MAX ? text.substring(0, NAME_MAX) : text;
        }
      }
    }
    return "";
  }

  ElementId id() {
    return context.idOf(resource);
  }

  TemplateException error(String property, String problem) {
    return context.template.error(line(property), "resource " + resource.logicalId() + ", property " + property + ": " + problem);
  }
}
