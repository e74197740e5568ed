package dev.netwright.app.cli;

import dev.netwright.model.check.Finding;
import dev.netwright.model.document.Document;
import java.util.List;

/**
 * A FILE argument as read: the design, and what reading it found to report (for a template,
 * the resources Netwright keeps opaque).
 */
public record LoadedInput(Document document, List<Finding> findings) {
  public LoadedInput {
    findings = List.copyOf(findings);
  }
}
