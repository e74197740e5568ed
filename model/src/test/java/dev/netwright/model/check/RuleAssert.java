package dev.netwright.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import java.util.List;

/** Assertions shared by the rule tests. */
public final class RuleAssert {
  private RuleAssert() {
  }

  /** Asserts the rule finds exactly one thing, under its own id and severity, and returns it. */
  public static Finding single(Rule rule, Topology topology) {
    List<Finding> findings = rule.check(topology);
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    Finding finding = findings.get(0);
    assertEquals(rule.id(), finding.rule());
    assertEquals(rule.severity(), finding.severity());
    return finding;
  }

  /** Asserts the rule finds nothing. */
  public static void none(Rule rule, Topology topology) {
    assertEquals(List.of(), rule.check(topology));
  }

  /** The ids a finding names, as text. */
  public static List<String> ids(Finding finding) {
    return finding.elements().stream().map(ElementId::value).toList();
  }
}
