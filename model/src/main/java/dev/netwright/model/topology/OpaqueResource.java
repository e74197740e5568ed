package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Set;

/**
 * A resource Netwright does not model (say an {@code AWS::EC2::Instance} in an imported template),
 * kept as it came so that nothing is silently dropped. {@code definition} is its canonical JSON.
 */
public record OpaqueResource(ElementId id, String name, String resourceType, String definition) implements Element {
  public OpaqueResource {
    name = Element.checkName(name);
    if (resourceType == null || resourceType.isBlank()) {
      throw new InvalidValueException("resource " + id + " has no type");
    }
    definition = definition == null ? "{}" : definition;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.OPAQUE;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of();
  }

  @Override
  public Set<ElementId> references() {
    return Set.of();
  }

  @Override
  public OpaqueResource withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public OpaqueResource withName(String newName) {
    return new OpaqueResource(id, newName, resourceType, definition);
  }
}
