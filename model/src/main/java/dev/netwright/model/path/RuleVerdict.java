package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import java.util.ArrayList;
import java.util.List;

/**
 * How an ordered list of rules decides a set of packets: the first rule that matches a packet
 * decides it, and a packet no rule matches is denied. A network ACL's rules in number order and
 * a security group's allow rules (in any order) are both read this way. {@code T} is what a rule
 * came from, so that a verdict can name it.
 */
final class RuleVerdict<T> {
  /** One rule: the packets it matches (an address block × a port or ICMP type range) and whether it lets them through. */
  record Entry<T>(Cidr cidr, PortRange span, boolean allow, T origin) {
  }

  /** Where some packets were denied: by {@code origin}, or by no rule at all when it is null. */
  record Denial<T>(T origin, PacketSpace.Piece piece) {
  }

  private final List<T> allowedBy = new ArrayList<>(2);
  private Denial<T> firstDenial;
  private boolean anyAllowed;

  private RuleVerdict() {
  }

  static <T> RuleVerdict<T> decide(List<Entry<T>> entries, List<PacketSpace.Piece> space) {
    RuleVerdict<T> verdict = new RuleVerdict<>();
    List<PacketSpace.Piece> pending = space;
    for (Entry<T> entry : entries) {
      if (pending.isEmpty()) {
        break;
      }
      List<PacketSpace.Piece> next = null;
      // the entry is looked up among those already named once, however many pieces it decides
      boolean named = false;
      for (int i = 0; i < pending.size(); i++) {
        PacketSpace.Piece piece = pending.get(i);
        PacketSpace.Piece part = PacketSpace.overlap(piece, entry.cidr(), entry.span());
        if (part == null) {
          if (next != null) {
            next.add(piece);
          }
          continue;
        }
        if (next == null) {
          // the pieces before this one were left as they were
          next = new ArrayList<>(pending.size() + 4);
          next.addAll(pending.subList(0, i));
        }
        if (entry.allow()) {
          verdict.anyAllowed = true;
          if (!named) {
            named = true;
            if (!verdict.allowedBy.contains(entry.origin())) {
              verdict.allowedBy.add(entry.origin());
            }
          }
        } else if (verdict.firstDenial == null) {
          verdict.firstDenial = new Denial<>(entry.origin(), part);
        }
        PacketSpace.minusInto(piece, part, next);
      }
      if (next != null) {
        pending = next;
      }
    }
    if (!pending.isEmpty() && verdict.firstDenial == null) {
      verdict.firstDenial = new Denial<>(null, pending.get(0));
    }
    return verdict;
  }

  /** True when every packet of the set is allowed. */
  boolean allAllowed() {
    return firstDenial == null;
  }

  /** True when at least some packets of the set are allowed. */
  boolean anyAllowed() {
    return anyAllowed;
  }

  /** The rules that let packets through, in the order they were met. */
  List<T> allowedBy() {
    return allowedBy;
  }

  /** Where the first packets were denied; null when all were allowed. */
  Denial<T> firstDenial() {
    return firstDenial;
  }
}
