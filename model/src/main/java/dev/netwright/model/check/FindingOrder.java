package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import java.util.Comparator;
import java.util.List;

/**
 * The order findings are shown and printed in: errors first, then warnings, then info; then by
 * rule id; then by the ids of the elements named, item by item. It allocates nothing per
 * comparison, so sorting the findings of a large design stays cheap.
 */
public final class FindingOrder implements Comparator<Finding> {
  public static final FindingOrder INSTANCE = new FindingOrder();

  private FindingOrder() {
  }

  @Override
  public int compare(Finding a, Finding b) {
    int bySeverity = a.severity().compareTo(b.severity());
    if (bySeverity != 0) {
      return bySeverity;
    }
    int byRule = a.rule().compareTo(b.rule());
    return byRule != 0 ? byRule : compareIds(a.elements(), b.elements());
  }

  private static int compareIds(List<ElementId> a, List<ElementId> b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int byItem = a.get(i).compareTo(b.get(i));
      if (byItem != 0) {
        return byItem;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
