package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.List;

/**
 * Replaces several elements by edited copies at once, as one undo step: an attachment moved from
 * one transit gateway route table to another, a hosted zone associated with one more VPC, and so on.
 */
public final class ReplaceElements implements Command {
  private final String label;
  private final List<Element> edited;

  ReplaceElements(String label, List<? extends Element> edited) {
    this.label = label;
    this.edited = List.copyOf(edited);
  }

  /** The elements as the edit leaves them. */
  public List<Element> edited() {
    return edited;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.withTopology(document.topology().with(edited, List.of()));
  }
}
