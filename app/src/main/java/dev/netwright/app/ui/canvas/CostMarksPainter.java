package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Paints the cost panel's {@link CostMarks} over the diagram: each stated flow as a small label
 * where its path starts, and each of the costliest
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

  /**
   * A flow's label sits where its path starts, on the source's box: lines of its own would cross
   * the boxes the routed drawing keeps its connectors clear of, and the highlighted path shows the
   * way when the person asks for it.
   */
  private static void paintFlow(Sketch sketch, Diagram diagram, CostMarks.FlowLabel flow, Bounds visible, int index) {
    List<ElementId> hops = flow.hops();
    Optional<ElementView> source = hops.isEmpty() ? Optional.empty() : diagram.view(hops.get(0));
    if (source.isEmpty()) {
      return;
    }
    Bounds box = source.get().bounds();
    double x = box.x() + 8;
    // flows that start at the same place would print over each other: each goes one line lower
    double y = box.maxY() + 14 + index * (LABEL_SIZE + 6);
    double width = flow.text().length() * CHAR_WIDTH + 8;
    if (!new Bounds(x - 4, y - 11, width, 15).intersects(visible)) {
      return;
    }
    sketch.rect(x - 4, y - 11, width, 15, 4, LABEL_BACKGROUND, FLOW, 0.8, false);
    sketch.text(flow.text(), x, y, LABEL_SIZE, false, FLOW);
  }

  private static void paintCostly(Sketch sketch, Bounds box, String amount) {
    sketch.rect(box.x() - 5, box.y() - 5, box.width() + 10, box.height() + 10, 14, null, COSTLY, 2.5, false);
    double width = amount.length() * 6.8 + 10;
    double x = box.maxX() - width + 4;
    double y = box.maxY() + 2;
    sketch.rect(x, y, width, 16, 8, COSTLY, Color.WHITE, 1, false);
    sketch.text(amount, x + 5, y + 12, 11, true, Color.WHITE);
  }
}
