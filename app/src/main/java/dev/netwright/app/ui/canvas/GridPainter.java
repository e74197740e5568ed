package dev.netwright.app.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/** The canvas's background grid, in screen space: the snapping grid, coarser when zoomed out. */
final class GridPainter {
  /** Lines closer than this many pixels would be noise; the grid then steps by five. */
  private static final double MIN_SPACING = 12;

  private GridPainter() {
  }

  static void paint(GraphicsContext gc, Viewport viewport, double width, double height) {
    double step = Geometry.GRID * viewport.scale();
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
