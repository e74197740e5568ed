package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks one design again and again as it is edited, reusing the work of the previous check:
 * <ul>
 *   <li>the findings of the {@link VpcRule}s for a VPC are kept while that VPC's elements are the
 *       same (same instances, or equal) and what they looked up outside it
 *       ({@link VpcScope#findAnywhere}) is too, so an edit re-runs them only for the VPC it
 *       touched;</li>
 *   <li>the findings of the {@link ReferenceRule}s are kept while no element was added, removed or
 *       changed in how it refers to others;</li>
 *   <li>the other rules (cross-VPC ones) run on every check; they walk the VPC scopes and routes,
 *       never all pairs.</li>
 * </ul>
 * An edit that replaces elements in place (same ids, same order, same VPCs) is found by walking
 * the new topology and the last one in step, so the VPCs it did not touch are not looked at
 * element by element; other edits group the design afresh. Many VPCs to check (a design checked
 * from scratch) are checked on every core. The result is always what {@link Checks#run} gives
 * for the same topology.
 *
 * <p>Thread-safe: calls are serialized, so a background checker may own one session.
 */
public final class CheckSession {
  private record Cached(VpcScope scope, List<Finding> findings) {
  }

  /** The findings of the {@link PartedRule}s' part of one VPC (or of no VPC), and what the part read beyond it. */
  private record Part(List<Finding> findings, Set<ElementId> vpcsRead, Set<ElementId> missingRead) {
    boolean holds(Set<ElementId> changedVpcs, Topology topology, boolean idsMayHaveAppeared) {
      for (ElementId vpc : changedVpcs) {
        if (vpcsRead.contains(vpc)) {
          return false;
        }
      }
      if (idsMayHaveAppeared) {
        for (ElementId id : missingRead) {
          if (topology.contains(id)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** From this many VPCs to check on, they are checked on every core. */
  private static final int PARALLEL_FROM = 32;

  private final List<VpcRule> vpcRules = new ArrayList<>();
  private final List<ReferenceRule> referenceRules = new ArrayList<>();
  private final List<PartedRule> partedRules = new ArrayList<>();
  private final List<Rule> otherRules = new ArrayList<>();
  /** The parts of the parted rules by VPC; the part of no VPC under the key null. */
  private Map<ElementId, Part> parts = new HashMap<>();
  private DesignReads.Context transitContext;
  private Map<ElementId, Cached> cache = new HashMap<>();
  private List<Element> outside = List.of();
  private int size = -1;
  /** The topology of the last check and its grouping, for the next check to start from; null after a failure. */
  private Topology last;
  private VpcScopes.Grouping lastGrouping;
  private List<Finding> referenceFindings = List.of();
  /** Every finding of the VPC rules, sorted: kept across checks and patched where VPCs changed. */
  private List<Finding> vpcFindings = List.of();

  /** A session running every rule ({@link Checks#all()}). */
  public CheckSession() {
    this(Checks.all());
  }

  /** A session running these rules. */
  public CheckSession(List<? extends Rule> rules) {
    for (Rule rule : rules) {
      if (rule instanceof PartedRule partedRule) {
        partedRules.add(partedRule);
      } else if (rule instanceof VpcRule vpcRule) {
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
    try {
      return checkReusing(topology);
    } catch (RuntimeException e) {
      // a rule failed halfway: forget everything rather than keep a half-updated cache
      cache = new HashMap<>();
      outside = List.of();
      size = -1;
      last = null;
      lastGrouping = null;
      referenceFindings = List.of();
      vpcFindings = List.of();
      parts = new HashMap<>();
      transitContext = null;
      throw e;
    }
  }

  private List<Finding> checkReusing(Topology topology) {
    // an edit that replaces elements in place (the usual one) regroups by swapping them in;
    // anything else (added, removed, reordered or moved elements) groups the design afresh
    Set<ElementId> touched = null;
    Map<ElementId, Element> replaced = new HashMap<>();
    VpcScopes.Grouping grouping = null;
    if (last != null) {
      Set<ElementId> vpcs = new HashSet<>();
      grouping = topology == last ? lastGrouping : VpcScopes.regroup(lastGrouping, last, topology, vpcs, replaced);
      touched = grouping == null ? null : vpcs;
    }
    boolean referencesChanged;
    if (grouping != null) {
      referencesChanged = false;
      for (Element was : replaced.values()) {
        referencesChanged |= !ReferenceShape.same(was, topology.find(was.id()).orElseThrow());
      }
    } else {
      replaced.clear();
      grouping = VpcScopes.group(topology);
      referencesChanged = topology.size() != size || cache.size() != grouping.byVpc().size()
          || !sameElements(outside, grouping.outside(), true);
    }
    Map<ElementId, Cached> next = new HashMap<>(grouping.byVpc().size() * 2);
    List<VpcScope> scopes = new ArrayList<>(grouping.byVpc().size());
    List<VpcScope> toRun = new ArrayList<>();
    List<List<Finding>> replacedFindings = new ArrayList<>();
    // what the parted rules' parts depend on: the VPCs whose elements changed, and the transit context
    Set<ElementId> changedVpcs = touched != null ? touched : new HashSet<>();
    boolean contextChanged = touched == null ? !sameElements(outside, grouping.outside(), false)
        : grouping.outside() != lastGrouping.outside() || blocksChanged(replaced, topology);
    for (Map.Entry<ElementId, List<Element>> group : grouping.byVpc().entrySet()) {
      Cached previous = cache.remove(group.getKey());
      if (touched == null && (previous == null || !sameElements(previous.scope().elements(), group.getValue(), false))) {
        changedVpcs.add(group.getKey());
        contextChanged |= previous == null || !previous.scope().vpc().cidrBlocks().equals(((Vpc) group.getValue().get(0)).cidrBlocks());
      }
      if (touched != null && previous != null && !touched.contains(group.getKey()) && !previous.scope().lookedUpAny(replaced.keySet())) {
        // the VPC's list is the one its scope was made from or checked against, and what it looked up elsewhere is unchanged
        next.put(group.getKey(), previous);
        scopes.add(previous.scope());
        continue;
      }
      boolean sameElements = previous != null && sameElements(previous.scope().elements(), group.getValue(), false);
      if (sameElements && previous.scope().lookupsHoldIn(topology::find)) {
        next.put(group.getKey(), previous);
        scopes.add(previous.scope());
        continue;
      }
      referencesChanged |= previous == null || !sameElements && !sameElements(previous.scope().elements(), group.getValue(), true);
      if (previous != null) {
        replacedFindings.add(previous.findings());
      }
      VpcScope scope = new VpcScope((Vpc) group.getValue().get(0), group.getValue(), topology::find);
      toRun.add(scope);
      scopes.add(scope);
    }
    List<Cached> ran = runAll(toRun);
    List<Finding> added = new ArrayList<>();
    for (int i = 0; i < ran.size(); i++) {
      Cached current = ran.get(i);
      next.put(current.scope().vpc().id(), current);
      added.addAll(current.findings());
    }
    // what is left in the cache are VPCs that no longer exist
    cache.values().forEach(gone -> replacedFindings.add(gone.findings()));
    for (Cached gone : cache.values()) {
      changedVpcs.add(gone.scope().vpc().id());
      contextChanged = true;
    }
    vpcFindings = patch(vpcFindings, replacedFindings, added);
    if (referencesChanged) {
      List<Finding> fresh = new ArrayList<>();
      referenceRules.forEach(rule -> fresh.addAll(rule.check(topology)));
      referenceFindings = List.copyOf(fresh);
    }
    cache = next;
    outside = grouping.outside();
    size = topology.size();
    last = topology;
    lastGrouping = grouping;
    List<Finding> rest = new ArrayList<>(referenceFindings);
    DesignScope design = new DesignScope(topology, scopes);
    if (!partedRules.isEmpty()) {
      rest.addAll(runParts(topology, design, grouping.outside(), changedVpcs, contextChanged, touched == null));
    }
    for (Rule rule : otherRules) {
      rest.addAll(rule instanceof DesignRule designRule ? designRule.check(design) : rule.check(topology));
    }
    rest.sort(FindingOrder.INSTANCE);
    return merge(vpcFindings, rest);
  }

  /**
   * The findings of the parted rules: each VPC's part (and the part of no VPC) kept while nothing
   * it read changed, the others run again, on every core when there are many.
   */
  private List<Finding> runParts(Topology topology, DesignScope design, List<Element> outsideNow, Set<ElementId> changedVpcs,
      boolean contextChanged, boolean idsMayHaveAppeared) {
    DesignReads.Context context = contextChanged || transitContext == null ? new DesignReads.Context(topology, design, outsideNow)
        : transitContext.next(topology, design, outsideNow);
    Map<ElementId, Part> next = new HashMap<>(design.scopes().size() * 2);
    List<VpcScope> toRun = new ArrayList<>();
    for (VpcScope scope : design.scopes()) {
      ElementId vpc = scope.vpc().id();
      Part previous = parts.get(vpc);
      if (previous != null && !contextChanged && !changedVpcs.contains(vpc) && previous.holds(changedVpcs, topology, idsMayHaveAppeared)) {
        next.put(vpc, previous);
      } else {
        toRun.add(scope);
      }
    }
    design.scope(null);
    List<Part> ran = (toRun.size() >= PARALLEL_FROM ? toRun.parallelStream() : toRun.stream())
        .map(scope -> part(context, scope)).toList();
    for (int i = 0; i < ran.size(); i++) {
      next.put(toRun.get(i).vpc().id(), ran.get(i));
    }
    Part outsidePart = parts.get(null);
    if (outsidePart == null || contextChanged || !outsidePart.holds(changedVpcs, topology, idsMayHaveAppeared)) {
      outsidePart = part(context, null);
    }
    next.put(null, outsidePart);
    parts = next;
    transitContext = context;
    List<Finding> findings = new ArrayList<>();
    for (VpcScope scope : design.scopes()) {
      findings.addAll(next.get(scope.vpc().id()).findings());
    }
    findings.addAll(outsidePart.findings());
    return findings;
  }

  /** Runs every parted rule's part of one VPC ({@code scope}), or of no VPC (null). */
  private Part part(DesignReads.Context context, VpcScope scope) {
    DesignReads reads = new DesignReads(context);
    List<Finding> findings = new ArrayList<>();
    for (PartedRule rule : partedRules) {
      findings.addAll(scope == null ? rule.checkOutside(reads) : rule.check(scope, reads));
    }
    return new Part(List.copyOf(findings), Set.copyOf(reads.vpcsRead()), Set.copyOf(reads.missingRead()));
  }

  /** True when an edit replaced a VPC by one of other blocks: the transit gateways' propagated routes change. */
  private static boolean blocksChanged(Map<ElementId, Element> replaced, Topology topology) {
    for (Element was : replaced.values()) {
      if (was instanceof Vpc vpc && !topology.find(vpc.id(), Vpc.class).map(now -> now.cidrBlocks().equals(vpc.cidrBlocks()))
          .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the VPC rules on each scope; on every core when there are many (a design checked from
   * scratch), each VPC being independent of the others. A rule's failure is rethrown as it was.
   */
  private List<Cached> runAll(List<VpcScope> scopes) {
    if (scopes.size() < PARALLEL_FROM) {
      List<Cached> ran = new ArrayList<>(scopes.size());
      scopes.forEach(scope -> ran.add(run(scope)));
      return ran;
    }
    Cached[] ran = new Cached[scopes.size()];
    RuntimeException[] failure = new RuntimeException[1];
    IntStream.range(0, scopes.size()).parallel().forEach(i -> {
      try {
        ran[i] = run(scopes.get(i));
      } catch (RuntimeException e) {
        synchronized (failure) {
          if (failure[0] == null) {
            failure[0] = e;
          }
        }
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    return Arrays.asList(ran);
  }

  /** Up to this many findings to take out or put in, a patch finds their places by binary search. */
  private static final int FEW = 64;

  /**
   * The sorted findings with the {@code replaced} lists taken out and {@code added} put in,
   * instead of a sort of them all after every edit: a few by binary search, many by a filter and
   * a merge, linear in the findings. Equal-ranking findings keep the order a merge gives them
   * (the kept ones first).
   */
  private static List<Finding> patch(List<Finding> sorted, List<List<Finding>> replaced, List<Finding> added) {
    if (replaced.isEmpty() && added.isEmpty()) {
      return sorted;
    }
    List<Finding> fresh = new ArrayList<>(added);
    fresh.sort(FindingOrder.INSTANCE);
    int goneCount = 0;
    for (List<Finding> findings : replaced) {
      goneCount += findings.size();
    }
    if (goneCount + fresh.size() <= FEW) {
      List<Finding> patched = new ArrayList<>(sorted.size() + fresh.size());
      patched.addAll(sorted);
      boolean allFound = true;
      for (List<Finding> findings : replaced) {
        for (Finding finding : findings) {
          int at = positionOf(patched, finding);
          if (at < 0) {
            allFound = false;
            break;
          }
          patched.remove(at);
        }
      }
      if (allFound) {
        fresh.forEach(finding -> patched.add(upperBound(patched, finding), finding));
        return patched;
      }
    }
    Set<Finding> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    replaced.forEach(gone::addAll);
    List<Finding> kept = sorted;
    if (!gone.isEmpty()) {
      kept = new ArrayList<>(sorted.size());
      for (Finding finding : sorted) {
        if (!gone.contains(finding)) {
          kept.add(finding);
        }
      }
    }
    return merge(kept, fresh);
  }

  /** The position of this very finding (by identity) in a sorted list, or -1. */
  private static int positionOf(List<Finding> sorted, Finding finding) {
    int low = 0;
    int high = sorted.size();
    // the first position whose finding ranks with or after it, then along the equal-ranking ones
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (FindingOrder.INSTANCE.compare(sorted.get(middle), finding) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int i = low; i < sorted.size() && FindingOrder.INSTANCE.compare(sorted.get(i), finding) == 0; i++) {
      if (sorted.get(i) == finding) {
        return i;
      }
    }
    return -1;
  }

  /** The position after every finding of a sorted list that ranks with or before {@code finding}. */
  private static int upperBound(List<Finding> sorted, Finding finding) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (FindingOrder.INSTANCE.compare(sorted.get(middle), finding) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The findings of two sorted lists in one sorted list, those of {@code a} first among equal-ranking ones. */
  private static List<Finding> merge(List<Finding> a, List<Finding> b) {
    if (b.isEmpty()) {
      return List.copyOf(a);
    }
    if (b.size() <= FEW) {
      List<Finding> merged = new ArrayList<>(a.size() + b.size());
      merged.addAll(a);
      b.forEach(finding -> merged.add(upperBound(merged, finding), finding));
      return List.copyOf(merged);
    }
    List<Finding> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      merged.add(FindingOrder.INSTANCE.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
    }
    merged.addAll(a.subList(i, a.size()));
    merged.addAll(b.subList(j, b.size()));
    return List.copyOf(merged);
  }

  private Cached run(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    for (VpcRule rule : vpcRules) {
      findings.addAll(rule.check(scope));
    }
    scope.releasePaths();
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
