package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Paints the cost panel's {@link CostMarks} over the diagram: each stated flow as a thin dashed line
 * along the elements its path crosses with a small label on its longest leg, and each of the costliest
 * elements with a ring and its monthly figure under it. Kept apart from {@link DiagramPainter}, which
 * only calls it.
 */
final class CostMarksPainter {
  static final Color FLOW = Color.web("#6a1b9a");
  static final Color COSTLY = Color.web("#e65100");
  private static final Color LABEL_BACKGROUND = Color.WHITE.deriveColor(0, 1, 1, 0.9);
  private static final double LABEL_SIZE = 10;
  private static final double CHAR_WIDTH = 6.0;

  private CostMarksPainter() {
  }

  static void paint(Sketch sketch, Diagram diagram, CostMarks marks, Bounds visible) {
    if (marks.isEmpty()) {
      return;
    }
    int index = 0;
    for (CostMarks.FlowLabel flow : marks.flows()) {
      paintFlow(sketch, diagram, flow, visible, index++);
    }
    for (Map.Entry<ElementId, String> costly : marks.costliest().entrySet()) {
      diagram.view(costly.getKey()).filter(view -> view.bounds().intersects(visible))
          .ifPresent(view -> paintCostly(sketch, view.bounds(), costly.getValue()));
    }
  }

  private static void paintFlow(Sketch sketch, Diagram diagram, CostMarks.FlowLabel flow, Bounds visible, int index) {
    List<ElementId> hops = flow.hops();
    // the label sits on the longest leg, where it has the most room
    double[] first = null;
    double longest = -1;
    for (int i = 0; i + 1 < hops.size(); i++) {
      Optional<ElementView> from = diagram.view(hops.get(i));
      Optional<ElementView> to = diagram.view(hops.get(i + 1));
      if (from.isPresent() && to.isPresent()) {
        double[] line = DiagramPainter.clippedLine(from.get().bounds(), to.get().bounds());
        sketch.line(line[0], line[1], line[2], line[3], FLOW, 1.2, true);
        double length = Math.hypot(line[2] - line[0], line[3] - line[1]);
        if (length > longest) {
          longest = length;
          first = line;
        }
      }
    }
    double x;
    double y;
    if (first != null) {
      x = (first[0] + first[2]) / 2;
      y = (first[1] + first[3]) / 2;
    } else {
      Optional<ElementView> only = hops.isEmpty() ? Optional.empty() : diagram.view(hops.get(0));
      if (only.isEmpty()) {
        return;
      }
      x = only.get().bounds().x() + 8;
      y = only.get().bounds().maxY() - 6;
    }
    // flows that start at the same place would print over each other: each goes one line lower
    y += index * (LABEL_SIZE + 6);
    double width = flow.text().length() * CHAR_WIDTH + 8;
    if (!new Bounds(x - 4, y - 11, width, 15).intersects(visible)) {
      return;
    }
    sketch.rect(x - 4, y - 11, width, 15, 4, LABEL_BACKGROUND, FLOW, 0.8, false);
    sketch.text(flow.text(), x, y, LABEL_SIZE, false, FLOW, width);
  }

  private static void paintCostly(Sketch sketch, Bounds box, String amount) {
    sketch.rect(box.x() - 5, box.y() - 5, box.width() + 10, box.height() + 10, 14, null, COSTLY, 2.5, false);
    double width = amount.length() * 6.8 + 10;
    double x = box.maxX() - width + 4;
    double y = box.maxY() + 2;
    sketch.rect(x, y, width, 16, 8, COSTLY, Color.WHITE, 1, false);
    sketch.text(amount, x + 5, y + 12, 11, true, Color.WHITE, width);
  }
}
