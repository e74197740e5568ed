package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds new elements and where they are drawn: one new element, or a pasted set. */
public final class AddElements implements Command {
  private final String label;
  private final List<Element> elements;
  private final Map<ElementId, Bounds> bounds;

  AddElements(String label, List<Element> elements, Map<ElementId, Bounds> bounds) {
    this.label = label;
    this.elements = List.copyOf(elements);
    this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  public List<Element> elements() {
    return elements;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    Layout layout = bounds.isEmpty() ? document.layout() : document.layout().with(bounds);
    return document.with(document.topology().with(elements, List.of()), layout);
  }
}
