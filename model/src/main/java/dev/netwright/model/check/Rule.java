package dev.netwright.model.check;

import dev.netwright.model.topology.Topology;
import java.util.List;

/** One check of a design. Small, stateless, with a stable id; see docs/rules.md for the catalogue. */
public interface Rule {
  /** The stable id, e.g. {@code CIDR-OVERLAP}; scripts match on it. */
  String id();

  /** The severity of what it finds. */
  Severity severity();

  /** What it finds in a topology; empty when nothing is wrong. */
  List<Finding> check(Topology topology);
}
