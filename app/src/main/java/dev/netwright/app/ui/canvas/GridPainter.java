package dev.netwright.app.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * The canvas's background grid, in screen space: lines every five snapping steps (50 design units
 * at 100 %), coarser when zoomed out. Fewer lines, because long lines are what costs most when
 * JavaFX rasterizes in software (measured: see docs/performance.md); each line is a one-pixel
 * rectangle on whole pixels, the same pixels an anti-aliased stroke half a pixel in would cover,
 * which the software rasteriser fills many times faster than it strokes a line.
 */
final class GridPainter {
  /** Lines closer than this many pixels would be noise and cost; the grid then steps by five. */
  private static final double MIN_SPACING = 40;

  private GridPainter() {
  }

  static void paint(GraphicsContext gc, Viewport viewport, double width, double height) {
    paint(gc, viewport.scale(), viewport.offsetX(), viewport.offsetY(), width, height);
  }

  /**
   * The grid of a view at {@code scale} whose design origin is at ({@code offsetX}, {@code offsetY})
   * on a surface of {@code width} by {@code height} pixels (a tile of the canvas is such a surface).
   */
  static void paint(GraphicsContext gc, double scale, double offsetX, double offsetY, double width, double height) {
    double step = Geometry.GRID * 5 * scale;
    while (step < MIN_SPACING) {
      step *= 5;
    }
    gc.setFill(KindStyle.GRID);
    double startX = offsetX % step;
    double startY = offsetY % step;
    for (double x = startX; x < width; x += step) {
      gc.fillRect(Math.floor(x), 0, 1, height);
    }
    for (double y = startY; y < height; y += step) {
      gc.fillRect(0, Math.floor(y), width, 1);
    }
  }
}
