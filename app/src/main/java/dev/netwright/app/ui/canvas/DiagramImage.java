package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

/**
 * The whole design as an image, drawn by the same views and painter as the canvas: a bitmap
 * (for PNG) or SVG text. Decorations (selection, badges, the highlighted path) are drawn as on
 * screen.
 */
public final class DiagramImage {
  private static final double MARGIN = 40;
  private static final double MAX_SIDE = 8192;

  private DiagramImage() {
  }

  /** The area an image of the diagram covers: everything drawn plus a margin. */
  public static Bounds area(Diagram diagram) {
    Bounds extent = diagram.extent().orElse(new Bounds(0, 0, 400, 300));
    return new Bounds(extent.x() - MARGIN, extent.y() - MARGIN, extent.width() + 2 * MARGIN, extent.height() + 2 * MARGIN);
  }

  /** A bitmap of the diagram at 100 % (smaller when that would exceed 8192 pixels a side). FX thread. */
  public static WritableImage bitmap(Diagram diagram, Decorations decorations) {
    Bounds area = area(diagram);
    double scale = Math.min(1, MAX_SIDE / Math.max(area.width(), area.height()));
    Canvas canvas = new Canvas(Math.ceil(area.width() * scale), Math.ceil(area.height() * scale));
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(KindStyle.BACKGROUND);
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    gc.setTransform(scale, 0, 0, scale, -area.x() * scale, -area.y() * scale);
    DiagramPainter.paint(new CanvasSketch(gc, scale), diagram, decorations, area);
    return canvas.snapshot(new SnapshotParameters(), null);
  }

  /** The diagram as an SVG document. */
  public static String svg(Diagram diagram, Decorations decorations) {
    Bounds area = area(diagram);
    SvgSketch sketch = new SvgSketch();
    DiagramPainter.paint(sketch, diagram, decorations, area);
    return sketch.document(area.x(), area.y(), area.width(), area.height());
  }
}
