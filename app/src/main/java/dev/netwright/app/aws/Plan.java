package dev.netwright.app.aws;

import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import java.util.List;

/**
 * What apply would change, in the order it would: the result of {@link Planner}. Holds what was
 * read from the account, so that apply works from the same picture the person confirmed.
 */
public final class Plan {
  private final Document design;
  private final List<PlannedChange> changes;
  private final LiveAccount live;
  private final IdMatch match;
  private final Region region;

  Plan(Document design, List<PlannedChange> changes, LiveAccount live, IdMatch match, Region region) {
    this.design = design;
    this.changes = List.copyOf(changes);
    this.live = live;
    this.match = match;
    this.region = region;
  }

  public List<PlannedChange> changes() {
    return changes;
  }

  /** True when the account already matches the design. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public Document design() {
    return design;
  }

  LiveAccount live() {
    return live;
  }

  IdMatch match() {
    return match;
  }

  Region region() {
    return region;
  }

  /** How many changes of one action the plan holds. */
  public long count(PlannedChange.Action action) {
    return changes.stream().filter(change -> change.action() == action).count();
  }
}
