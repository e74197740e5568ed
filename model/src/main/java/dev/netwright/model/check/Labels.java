package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;

/**
 * How findings name elements: by name and id ({@code App subnet A (AppSubnetA)}), or by id alone
 * when the element has no name or its name is its id, so that a person can find it on the canvas
 * and a script can find it in the file.
 */
public final class Labels {
  private Labels() {
  }

  /** The element's name and id, e.g. {@code App subnet A (AppSubnetA)}. */
  public static String of(Element element) {
    String name = element.name();
    String id = element.id().value();
    return name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
  }

  /** An element known only by id (a dangling reference, say). */
  public static String of(ElementId id) {
    return id.value();
  }
}
