package dev.netwright.model.diagram.quality;

import java.util.List;

/** What {@link DiagramQuality} found in one picture, each finding as a sentence. */
public record QualityReport(List<String> crossings, List<String> siblingOverlaps, List<String> namesCut,
    List<String> labelOverlaps) {
  public QualityReport {
    crossings = List.copyOf(crossings);
    siblingOverlaps = List.copyOf(siblingOverlaps);
    namesCut = List.copyOf(namesCut);
    labelOverlaps = List.copyOf(labelOverlaps);
  }

  public boolean clean() {
    return crossings.isEmpty() && siblingOverlaps.isEmpty() && namesCut.isEmpty() && labelOverlaps.isEmpty();
  }

  /** The four counts on one line. */
  public String counts() {
    return crossings.size() + " crossings, " + siblingOverlaps.size() + " sibling overlaps, " + namesCut.size()
        + " names cut, " + labelOverlaps.size() + " label overlaps";
  }

  /** The counts and the first few findings of each kind. */
  public String describe() {
    StringBuilder text = new StringBuilder(counts());
    for (List<String> findings : List.of(crossings, siblingOverlaps, namesCut, labelOverlaps)) {
      findings.stream().limit(5).forEach(finding -> text.append("\n  ").append(finding));
    }
    return text.toString();
  }
}
