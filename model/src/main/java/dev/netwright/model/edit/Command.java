package dev.netwright.model.edit;

import dev.netwright.model.document.Document;

/**
 * One edit of a design, as one undo step. A command is built (and its business rules checked) by
 * {@link DesignEditor}; {@link History} applies it and keeps the document before and after, so
 * undo and redo restore snapshots and never run a command backwards.
 */
public interface Command {
  /** What the Undo and Redo menus show, e.g. "Delete subnet AppA". */
  String label();

  /** The document after this edit. Documents are immutable: {@code document} is left as it was. */
  Document apply(Document document);
}
