package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deletes elements with everything they own (the {@link Cascade} is worked out by the editor),
 * drops every reference the remaining elements hold to them (routes, associations, endpoint
 * subnets and route tables, security group rules) and their layout entries: one undo step.
 */
public final class DeleteElements implements Command {
  private final String label;
  private final Set<ElementId> removed;

  DeleteElements(String label, Set<ElementId> removed) {
    this.label = label;
    this.removed = Set.copyOf(removed);
  }

  /** Every element this command deletes, cascade included. */
  public Set<ElementId> removed() {
    return removed;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    List<Element> changed = new ArrayList<>();
    for (Element element : document.topology().elements()) {
      if (removed.contains(element.id())) {
        continue;
      }
      Element stripped = element;
      for (ElementId reference : element.references()) {
        if (removed.contains(reference)) {
          stripped = stripped.withoutReference(reference);
        }
      }
      if (stripped != element) {
        changed.add(stripped);
      }
    }
    return document.with(document.topology().with(changed, removed), document.layout().without(removed));
  }
}
