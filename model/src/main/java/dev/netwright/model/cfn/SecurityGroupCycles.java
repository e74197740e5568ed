package dev.netwright.model.cfn;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the security groups whose rules, written inline, would make CloudFormation see a circular
 * dependency: those in a strongly connected component of the "has a rule for" graph of more than
 * one group, and those with a rule for themselves (Tarjan's algorithm, iterative so that long
 * chains do not exhaust the stack).
 */
final class SecurityGroupCycles {
  private final Map<ElementId, SecurityGroup> byId = new HashMap<>();
  private final Map<ElementId, Integer> index = new HashMap<>();
  private final Map<ElementId, Integer> low = new HashMap<>();
  private final Deque<ElementId> stack = new ArrayDeque<>();
  private final Set<ElementId> onStack = new HashSet<>();
  private final Set<SecurityGroup> cyclic = new HashSet<>();
  private int counter;

  private SecurityGroupCycles(List<SecurityGroup> groups) {
    groups.forEach(group -> byId.put(group.id(), group));
  }

  static Set<SecurityGroup> of(List<SecurityGroup> groups) {
    SecurityGroupCycles cycles = new SecurityGroupCycles(groups);
    for (SecurityGroup group : groups) {
      if (!cycles.index.containsKey(group.id())) {
        cycles.connect(group.id());
      }
    }
    return cycles.cyclic;
  }

  private List<ElementId> successors(ElementId id) {
    List<ElementId> next = new ArrayList<>();
    SecurityGroup group = byId.get(id);
    for (List<SecurityRule> rules : List.of(group.ingress(), group.egress())) {
      for (SecurityRule rule : rules) {
        if (rule.peer() instanceof RulePeer.GroupPeer peer && byId.containsKey(peer.groupId())) {
          next.add(peer.groupId());
        }
      }
    }
    return next;
  }

  private void connect(ElementId root) {
    Deque<Object[]> work = new ArrayDeque<>();
    visit(root);
    work.push(new Object[] {root, successors(root), 0});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      ElementId id = (ElementId) frame[0];
      @SuppressWarnings("unchecked")
      List<ElementId> next = (List<ElementId>) frame[1];
      int position = (Integer) frame[2];
      if (position < next.size()) {
        frame[2] = position + 1;
        ElementId successor = next.get(position);
        if (successor.equals(id)) {
          cyclic.add(byId.get(id));
        }
        if (!index.containsKey(successor)) {
          visit(successor);
          work.push(new Object[] {successor, successors(successor), 0});
        } else if (onStack.contains(successor)) {
          low.put(id, Math.min(low.get(id), index.get(successor)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        ElementId parent = (ElementId) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(id)));
      }
      if (low.get(id).equals(index.get(id))) {
        List<ElementId> component = new ArrayList<>();
        ElementId member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(id));
        if (component.size() > 1) {
          component.forEach(each -> cyclic.add(byId.get(each)));
        }
      }
    }
  }

  private void visit(ElementId id) {
    index.put(id, counter);
    low.put(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
  }
}
