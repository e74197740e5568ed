package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import javafx.scene.paint.Color;

/**
 * Draws a drift mark on an element: a round badge at its top-left corner, green "+" for what
 * apply would create, amber "~" for what it would change (the error badge sits top-right).
 */
final class DriftMarkPainter {
  private static final Color CREATE = Color.web("#2e7d32");
  private static final Color CHANGE = Color.web("#ef6c00");
  private static final Color OTHER = Color.web("#6a1b9a");

  private DriftMarkPainter() {
  }

  static void draw(Sketch sketch, Bounds bounds, String mark) {
    double cx = bounds.x() + 2;
    double cy = bounds.y() + 2;
    Color fill = "+".equals(mark) ? CREATE : "~".equals(mark) ? CHANGE : OTHER;
    sketch.circle(cx, cy, 9, fill, Color.WHITE, 1.5);
    sketch.text(mark, cx - 3.5, cy + 5, 13, true, Color.WHITE);
  }
}
