package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one design again and again as it is edited, reusing the work of the previous check:
 * <ul>
 *   <li>the findings of the {@link VpcRule}s for a VPC are kept while that VPC's elements are the
 *       same (same instances, or equal), so an edit re-runs them only for the VPC it touched;</li>
 *   <li>the findings of the {@link ReferenceRule}s are kept while no element was added, removed or
 *       changed in how it refers to others;</li>
 *   <li>the other rules (cross-VPC ones) run on every check; they walk the VPC scopes and routes,
 *       never all pairs.</li>
 * </ul>
 * The result is always what {@link Checks#run} gives for the same topology.
 *
 * <p>Thread-safe: calls are serialized, so a background checker may own one session.
 */
public final class CheckSession {
  private record Cached(VpcScope scope, List<Finding> findings) {
  }

  private final List<VpcRule> vpcRules = new ArrayList<>();
  private final List<ReferenceRule> referenceRules = new ArrayList<>();
  private final List<Rule> otherRules = new ArrayList<>();
  private Map<ElementId, Cached> cache = new HashMap<>();
  private List<Element> outside = List.of();
  private int size = -1;
  private List<Finding> referenceFindings = List.of();

  /** A session running these rules. */
  public CheckSession(List<? extends Rule> rules) {
    for (Rule rule : rules) {
      if (rule instanceof VpcRule vpcRule) {
        vpcRules.add(vpcRule);
      } else if (rule instanceof ReferenceRule referenceRule) {
        referenceRules.add(referenceRule);
      } else {
        otherRules.add(rule);
      }
    }
  }

  /** Every finding of the rules on {@code topology}, in {@link FindingOrder}. */
  public synchronized List<Finding> check(Topology topology) {
    VpcScopes.Grouping grouping = VpcScopes.group(topology);
    Map<ElementId, Cached> next = new HashMap<>(grouping.byVpc().size() * 2);
    List<VpcScope> scopes = new ArrayList<>(grouping.byVpc().size());
    List<Finding> findings = new ArrayList<>();
    boolean referencesChanged = topology.size() != size || cache.size() != grouping.byVpc().size()
        || !sameElements(outside, grouping.outside(), true);
    for (Map.Entry<ElementId, List<Element>> group : grouping.byVpc().entrySet()) {
      Cached previous = cache.get(group.getKey());
      Cached current;
      if (previous != null && sameElements(previous.scope().elements(), group.getValue(), false)) {
        current = previous;
      } else {
        referencesChanged |= previous == null || !sameElements(previous.scope().elements(), group.getValue(), true);
        current = run(new VpcScope((Vpc) group.getValue().get(0), group.getValue()));
      }
      next.put(group.getKey(), current);
      scopes.add(current.scope());
      findings.addAll(current.findings());
    }
    if (referencesChanged) {
      List<Finding> fresh = new ArrayList<>();
      referenceRules.forEach(rule -> fresh.addAll(rule.check(topology)));
      referenceFindings = List.copyOf(fresh);
    }
    cache = next;
    outside = grouping.outside();
    size = topology.size();
    findings.addAll(referenceFindings);
    DesignScope design = new DesignScope(topology, scopes);
    for (Rule rule : otherRules) {
      findings.addAll(rule instanceof DesignRule designRule ? designRule.check(design) : rule.check(topology));
    }
    findings.sort(FindingOrder.INSTANCE);
    return List.copyOf(findings);
  }

  private Cached run(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    for (VpcRule rule : vpcRules) {
      findings.addAll(rule.check(scope));
    }
    return new Cached(scope, List.copyOf(findings));
  }

  /** Same elements, position by position: equal ones, or (with {@code shapeOnly}) ones of the same reference shape. */
  private static boolean sameElements(List<Element> before, List<Element> now, boolean shapeOnly) {
    if (before.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      Element a = before.get(i);
      Element b = now.get(i);
      if (a != b && !(shapeOnly ? ReferenceShape.same(a, b) : a.equals(b))) {
        return false;
      }
    }
    return true;
  }
}
