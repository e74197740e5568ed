package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import java.util.Objects;

/**
 * What a {@link History} just did: the kind of change, the label of the command concerned (empty
 * for a save point) and the documents before and after (the same document for a save point).
 */
public record HistoryChange(Kind kind, String label, Document before, Document after) {
  /** The kinds of change a history reports. */
  public enum Kind {
    EXECUTED,
    UNDONE,
    REDONE,
    SAVED
  }

  public HistoryChange {
    Objects.requireNonNull(kind, "kind");
    label = label == null ? "" : label;
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
