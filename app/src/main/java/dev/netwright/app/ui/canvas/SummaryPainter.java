package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.Map;

/**
 * The text of the summary, painted over the outline of a drawing seen too small to read: each
 * element's name at a readable size beside its icon (on two lines, or shortened with an ellipsis,
 * when it does not fit on one), and each VPC's {@link VpcCard} in its title band.
 */
final class SummaryPainter {
  private static final String ELLIPSIS = "…";

  private SummaryPainter() {
  }

  static void paint(Pen pen, Drawing drawing, Topology topology, Map<ElementId, Integer> findings, Box visible,
      double scale) {
    paint(pen, SummaryLayout.of(drawing, topology, findings, scale), drawing.boxes(), visible);
  }

  /**
   * Paints what meets {@code visible} of a summary, of {@code boxes} (the summary's drawing's, or
   * those of it that may meet the area, in drawing order), working out only what was not yet.
   */
  static void paint(Pen pen, SummaryLayout summary, List<DrawnBox> boxes, Box visible) {
    boolean overview = summary.scale() < DiagramPainter.OVERVIEW_SCALE;
    for (DrawnBox box : boxes) {
      // in the overview only what stands in a region beside the VPCs (a transit gateway, a hosted zone) keeps its name
      if (box.box().overlaps(visible) && !box.kind().equals("vpc") && !box.nameLines().isEmpty()
          && (!overview || box.parentKey() != null && box.parentKey().startsWith("region/"))) {
        List<TextRun> name = summary.name(box);
        if (!name.isEmpty()) {
          pen.text(name);
        }
      }
    }
    for (DrawnBox box : boxes) {
      if (box.kind().equals("vpc") && box.box().overlaps(visible)) {
        summary.card(box).ifPresent(card -> card.paint(pen));
      }
    }
  }

  /** The box's name at {@code readable} size or larger where it is at full zoom; empty when not even a shortened name fits. */
  static List<TextRun> name(DrawnBox box, double readable) {
    List<TextRun> lines = box.nameLines();
    TextRun first = lines.get(0);
    String text = joined(lines);
    double size = Math.max(first.size(), readable);
    double left = first.x();
    double room = box.box().maxX() - 4 - left;
    double lineHeight = DejaVuMetrics.get().lineHeight(size);
    double top = box.box().y() + size * 1.1;
    if (lineHeight > box.box().height()) {
      return List.of();
    }
    if (fits(text, size, first.bold(), room)) {
      return List.of(run(first, text, top, size));
    }
    if (2 * lineHeight <= box.box().height()) {
      for (int cut = text.length() - 1; cut > 0; cut--) {
        if (breaksAfter(text, cut) && fits(text.substring(0, cut).strip(), size, first.bold(), room)) {
          String rest = text.substring(cut).strip();
          if (fits(rest, size, first.bold(), room)) {
            return List.of(run(first, text.substring(0, cut).strip(), top, size), run(first, rest, top + lineHeight, size));
          }
          break;
        }
      }
    }
    for (int end = text.length() - 1; end >= 3; end--) {
      String shortened = text.substring(0, end).strip() + ELLIPSIS;
      if (fits(shortened, size, first.bold(), room)) {
        return List.of(run(first, shortened, top, size));
      }
    }
    return List.of();
  }

  /** A name set on several lines at full zoom, as one text again. */
  private static String joined(List<TextRun> lines) {
    StringBuilder text = new StringBuilder(lines.get(0).text());
    for (TextRun line : lines.subList(1, lines.size())) {
      char last = text.charAt(text.length() - 1);
      text.append(last == '-' || last == '_' || last == '.' ? "" : " ").append(line.text());
    }
    return text.toString();
  }

  private static boolean breaksAfter(String text, int cut) {
    char before = text.charAt(cut - 1);
    return before == '-' || before == '_' || before == '.' || before == ' ';
  }

  private static boolean fits(String text, double size, boolean bold, double room) {
    return DejaVuMetrics.get().width(text, size, bold) <= room;
  }

  private static TextRun run(TextRun like, String text, double baseline, double size) {
    return new TextRun(text, like.x(), baseline, size, like.bold(), like.color(), true);
  }
}
