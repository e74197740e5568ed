package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elements copied from a design, with where they were drawn, ready to be pasted (into the same
 * design or another). Copying an element copies what it owns too: a VPC comes with its contents.
 */
public record Clipboard(List<Element> elements, Map<ElementId, Bounds> bounds) {
  public Clipboard {
    elements = List.copyOf(elements);
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  /** A copy of {@code ids} and everything they own, in the design's order. */
  public static Clipboard copy(Document document, Collection<ElementId> ids) {
    for (ElementId id : ids) {
      if (!document.topology().contains(id)) {
        throw new EditRefusedException("there is no element " + id + " to copy");
      }
    }
    Set<ElementId> copied = Cascade.of(document.topology(), ids);
    List<Element> elements = new ArrayList<>();
    Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    for (Element element : document.topology().elements()) {
      if (copied.contains(element.id())) {
        elements.add(element);
        document.layout().find(element.id()).ifPresent(box -> bounds.put(element.id(), box));
      }
    }
    return new Clipboard(elements, bounds);
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }
}
