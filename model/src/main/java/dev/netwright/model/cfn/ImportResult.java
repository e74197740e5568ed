package dev.netwright.model.cfn;

import dev.netwright.model.check.Finding;
import dev.netwright.model.document.Document;
import java.util.List;

/**
 * A template read into a design, with what the reader has to tell about it (resources kept
 * opaque, rules left out, zones assumed) as info findings.
 */
public record ImportResult(Document document, List<Finding> findings) {
  public ImportResult {
    findings = List.copyOf(findings);
  }
}
