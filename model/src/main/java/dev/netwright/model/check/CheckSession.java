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
 * Checks one design again and again as it is edited, reusing the work of the previous check: the
 * findings of the {@link VpcRule}s for a VPC are kept while that VPC's elements are the same
 * (same instances, or equal), so an edit re-runs them only for the VPC it touched; the other rules
 * (cross-VPC ones, the structure rule) run on every check and are cheap. The result is always
 * what {@link Checks#run} gives for the same topology.
 *
 * <p>Thread-safe: calls are serialized, so a background checker may own one session.
 */
public final class CheckSession {
  private record Cached(VpcScope scope, List<Finding> findings) {
  }

  private final List<VpcRule> vpcRules = new ArrayList<>();
  private final List<Rule> otherRules = new ArrayList<>();
  private Map<ElementId, Cached> cache = new HashMap<>();

  /** A session running these rules. */
  public CheckSession(List<? extends Rule> rules) {
    for (Rule rule : rules) {
      if (rule instanceof VpcRule vpcRule) {
        vpcRules.add(vpcRule);
      } else {
        otherRules.add(rule);
      }
    }
  }

  /** Every finding of the rules on {@code topology}, in {@link FindingOrder}. */
  public synchronized List<Finding> check(Topology topology) {
    Map<ElementId, List<Element>> groups = VpcScopes.group(topology);
    Map<ElementId, Cached> next = new HashMap<>(groups.size() * 2);
    List<VpcScope> scopes = new ArrayList<>(groups.size());
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<ElementId, List<Element>> group : groups.entrySet()) {
      Cached previous = cache.get(group.getKey());
      Cached current = previous != null && sameElements(previous.scope().elements(), group.getValue())
          ? previous : run(new VpcScope((Vpc) group.getValue().get(0), group.getValue()));
      next.put(group.getKey(), current);
      scopes.add(current.scope());
      findings.addAll(current.findings());
    }
    cache = next;
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

  private static boolean sameElements(List<Element> before, List<Element> now) {
    if (before.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      Element a = before.get(i);
      Element b = now.get(i);
      if (a != b && !a.equals(b)) {
        return false;
      }
    }
    return true;
  }
}
