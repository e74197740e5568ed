package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a design and an account differ, element by element, in the design's ids: what apply would
 * create (the design has it, the account does not), change (both have it, differently) or what
 * the account has in the design's VPCs that the design does not (apply deletes it only when
 * Netwright made it). Each difference carries the account's side in the design's ids, so that a
 * person can take it into the design.
 */
public final class Drift {
  /** Which side has the element. */
  public enum Side {
    /** Only the design has it: apply would create it. */
    DESIGN_ONLY("+", "only in the design"),
    /** Both have it, differently: apply would change the account. */
    DIFFERENT("~", "differs"),
    /** Only the account has it (in one of the design's VPCs). */
    ACCOUNT_ONLY("-", "only in the account");

    private final String mark;
    private final String words;

    Side(String mark, String words) {
      this.mark = mark;
      this.words = words;
    }

    /** The short mark the canvas shows on the element. */
    public String mark() {
      return mark;
    }

    public String words() {
      return words;
    }
  }

  /**
   * One element's difference. {@code id} is the design's id (the AWS id for an element only the
   * account has); {@code account} is the account's element in the design's ids, null when the
   * account does not have it.
   */
  public record Difference(ElementId id, ElementKind kind, Side side, String detail, Element account) {
    @Override
    public String toString() {
      return side.mark() + " " + kind.slug() + " " + id + ": " + side.words() + (detail.isEmpty() ? "" : ", " + detail);
    }
  }

  private final List<Difference> differences;

  private Drift(List<Difference> differences) {
    this.differences = List.copyOf(differences);
  }

  public List<Difference> differences() {
    return differences;
  }

  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /** The marks for the canvas: the design's elements that differ, by id. */
  public Map<ElementId, String> marks() {
    Map<ElementId, String> marks = new LinkedHashMap<>();
    differences.stream().filter(difference -> difference.side() != Side.ACCOUNT_ONLY)
        .forEach(difference -> marks.put(difference.id(), difference.side().mark()));
    return marks;
  }

  /** The differences a plan tells, and what the account has in the design's VPCs that the plan leaves alone. */
  public static Drift of(Plan plan) {
    Map<ElementId, ElementId> designIds = new HashMap<>();
    plan.match().asMap().forEach((design, aws) -> designIds.put(aws, design));
    List<Difference> differences = new ArrayList<>();
    for (PlannedChange change : plan.changes()) {
      switch (change.action()) {
        case CREATE:
          differences.add(new Difference(change.id(), change.kind(), Side.DESIGN_ONLY, "apply would create it", null));
          break;
        case UPDATE:
          differences.add(new Difference(change.id(), change.kind(), Side.DIFFERENT, "apply would " + change.detail(),
              accountSide(change.live(), designIds)));
          break;
        default:
          differences.add(new Difference(change.id(), change.kind(), Side.ACCOUNT_ONLY, "Netwright made it; apply would delete it",
              accountSide(change.live(), designIds)));
      }
    }
    Set<ElementId> listed = differences.stream().map(Difference::id).collect(Collectors.toSet());
    Topology running = plan.live().topology();
    for (Element element : running.elements()) {
      if (plan.match().isMatchedLive(element.id()) || listed.contains(element.id()) || element instanceof OpaqueResource
          || element instanceof Vpc) {
        continue;
      }
      boolean inDesignVpc = running.vpcOf(element.id()).map(plan.match()::isMatchedLive).orElse(false);
      if (inDesignVpc) {
        differences.add(new Difference(element.id(), element.kind(), Side.ACCOUNT_ONLY, "apply leaves it alone",
            accountSide(element, designIds)));
      }
    }
    return new Drift(differences);
  }

  private static Element accountSide(Element live, Map<ElementId, ElementId> designIds) {
    return Resolve.element(live, id -> designIds.getOrDefault(id, id));
  }
}
