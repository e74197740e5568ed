package dev.netwright.app.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * The canvas's background grid, in screen space: lines every five snapping steps (50 design units
 * at 100 %), coarser when zoomed out. Fewer lines, because long anti-aliased lines are what costs
 * most when JavaFX rasterizes in software (measured: see docs/performance.md).
 */
final class GridPainter {
  /** Lines closer than this many pixels would be noise and cost; the grid then steps by five. */
  private static final double MIN_SPACING = 40;

  private GridPainter() {
  }

  static void paint(GraphicsContext gc, Viewport viewport, double width, double height) {
    double step = Geometry.GRID * 5 * viewport.scale();
    while (step < MIN_SPACING) {
      step *= 5;
    }
    gc.setStroke(KindStyle.GRID);
    gc.setLineWidth(1);
    gc.setLineDashes(null);
    double startX = viewport.offsetX() % step;
    double startY = viewport.offsetY() % step;
    for (double x = startX; x < width; x += step) {
      gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, height);
    }
    for (double y = startY; y < height; y += step) {
      gc.strokeLine(0, Math.floor(y) + 0.5, width, Math.floor(y) + 0.5);
    }
  }
}
