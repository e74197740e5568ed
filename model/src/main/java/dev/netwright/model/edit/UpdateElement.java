package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;

/** Replaces an element by an edited copy of itself (renamed, other CIDR, other rules, ...). */
public final class UpdateElement implements Command {
  private final String label;
  private final Element edited;

  UpdateElement(String label, Element edited) {
    this.label = label;
    this.edited = edited;
  }

  public Element edited() {
    return edited;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.withTopology(document.topology().with(edited));
  }
}
