package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import java.util.List;
import java.util.Objects;

/**
 * What a rule found: the rule's stable id (such as {@code CIDR-OVERLAP}), its severity, the
 * elements it is about, and a message that names them and says how to fix it.
 */
public record Finding(String rule, Severity severity, List<ElementId> elements, String message) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    elements = List.copyOf(elements);
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return severity + " " + rule + " " + elements + ": " + message;
  }
}
