package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import java.util.Locale;

/**
 * One change apply would make: create, update or delete one element. {@code id} is the design's
 * id (the AWS id for a delete); {@code desired} is the design's element (null for a delete) and
 * {@code live} what runs (null for a create).
 */
public record PlannedChange(Action action, ElementKind kind, ElementId id, String detail, Element desired, Element live) {
  /** What a change does to its element. */
  public enum Action {
    CREATE, UPDATE, DELETE;

    /** The name in the plan's text and JSON: create, update, delete. */
    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return action.slug() + " " + kind.slug() + " " + id + (detail.isEmpty() ? "" : ": " + detail);
  }
}
