package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.IconPlace;
import dev.netwright.model.diagram.IconShapes;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A {@link Pen} on the JavaFX canvas. The graphics context carries the viewport's transform, so
 * the drawing is painted in its own coordinates; text smaller than {@link #MIN_TEXT_PIXELS} on
 * screen is left out rather than drawn unreadable.
 */
final class CanvasPen implements Pen {
  /** The smallest text, in screen pixels, the canvas draws. */
  static final double MIN_TEXT_PIXELS = 9;
  private static final double[] DASHES = {6, 4};

  private final GraphicsContext gc;
  private final double scale;
  private final boolean iconPatches;

  CanvasPen(GraphicsContext gc, double scale) {
    this(gc, scale, false);
  }

  /**
   * A pen that, with {@code iconPatches}, paints every icon as a square of its kind's colour: the
   * frames of a zoom in progress between {@link DiagramPainter#OVERVIEW_SCALE} and
   * {@link DiagramPainter#SUMMARY_SCALE}, where icons are 7 to 17 pixels and hundreds are in view.
   */
  CanvasPen(GraphicsContext gc, double scale, boolean iconPatches) {
    this.gc = gc;
    this.scale = scale;
    this.iconPatches = iconPatches;
  }

  @Override
  public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
    if (fill != null) {
      gc.setFill(color(fill));
      gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
    }
    if (stroke != null) {
      stroke(stroke, strokeWidth, dashed);
      gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
    }
  }

  @Override
  public boolean shows(TextRun text) {
    return text.size() * scale >= MIN_TEXT_PIXELS;
  }

  @Override
  public void text(List<TextRun> lines) {
    for (TextRun line : lines) {
      if (!shows(line)) {
        continue;
      }
      gc.setFont(CanvasFonts.font(line.size(), line.bold()));
      gc.setFill(color(line.color()));
      gc.fillText(line.text(), line.x(), line.y());
    }
  }

  @Override
  public void icon(IconPlace icon) {
    if (iconPatches || icon.size() * scale < 8) {
      // too small to read: a square of the kind's colour costs a fraction of the paths
      gc.setFill(color(IconShapes.of(icon.kind()).get(0).fill()));
      gc.fillRect(icon.x(), icon.y(), icon.size(), icon.size());
      return;
    }
    gc.save();
    gc.translate(icon.x(), icon.y());
    gc.scale(icon.size() / IconShapes.GRID, icon.size() / IconShapes.GRID);
    for (IconShapes.IconPath path : IconShapes.of(icon.kind())) {
      gc.setFillRule(path.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
      gc.setFill(color(path.fill()));
      gc.beginPath();
      gc.appendSVGPath(path.data());
      gc.fill();
    }
    gc.restore();
  }

  @Override
  public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
    stroke(stroke, width, dashed);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      xs[i] = points.get(i).x();
      ys[i] = points.get(i).y();
    }
    gc.strokePolyline(xs, ys, points.size());
  }

  @Override
  public void polygon(List<Point> corners, Tint fill) {
    double[] xs = new double[corners.size()];
    double[] ys = new double[corners.size()];
    for (int i = 0; i < corners.size(); i++) {
      xs[i] = corners.get(i).x();
      ys[i] = corners.get(i).y();
    }
    gc.setFill(color(fill));
    gc.fillPolygon(xs, ys, corners.size());
  }

  private void stroke(Tint color, double width, boolean dashed) {
    gc.setStroke(color(color));
    gc.setLineWidth(width);
    gc.setLineDashes(dashed ? DASHES : null);
  }

  static Color color(Tint tint) {
    return Color.rgb(tint.red(), tint.green(), tint.blue(), tint.opacity());
  }
}
