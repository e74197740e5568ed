package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.function.UnaryOperator;

/** The one move most commands make: replace an element of the document by an edited copy. */
final class Edits {
  private Edits() {
  }

  static <T extends Element> Document replace(Document document, ElementId id, Class<T> type, UnaryOperator<T> edit) {
    T element = document.topology().require(id, type);
    return document.withTopology(document.topology().with(edit.apply(element)));
  }
}
