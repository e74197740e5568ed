package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A {@link Sketch} on a JavaFX canvas. The graphics context carries the viewport's transform, so
 * views draw in design coordinates; text too small to read at the current zoom is skipped.
 */
final class CanvasSketch implements Sketch {
  private static final double[] DASHES = {6, 4};
  private static final Font[] REGULAR = new Font[40];
  private static final Font[] BOLD = new Font[40];
  private static final Text MEASURE = new Text();

  private final GraphicsContext gc;
  private final double scale;

  CanvasSketch(GraphicsContext gc, double scale) {
    this.gc = gc;
    this.scale = scale;
  }

  @Override
  public void rect(double x, double y, double width, double height, double arc, Color fill, Color stroke, double strokeWidth,
      boolean dashed) {
    if (fill != null) {
      gc.setFill(fill);
      gc.fillRoundRect(x, y, width, height, arc, arc);
    }
    if (stroke != null) {
      stroke(stroke, strokeWidth, dashed);
      gc.strokeRoundRect(x, y, width, height, arc, arc);
    }
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
    stroke(stroke, width, dashed);
    gc.strokeLine(x1, y1, x2, y2);
  }

  @Override
  public void circle(double centerX, double centerY, double radius, Color fill, Color stroke, double strokeWidth) {
    if (fill != null) {
      gc.setFill(fill);
      gc.fillOval(centerX - radius, centerY - radius, radius * 2, radius * 2);
    }
    if (stroke != null) {
      stroke(stroke, strokeWidth, false);
      gc.strokeOval(centerX - radius, centerY - radius, radius * 2, radius * 2);
    }
  }

  @Override
  public void text(String text, double x, double y, double size, boolean bold, Color color, double maxWidth) {
    if (size * scale < 4 || text.isEmpty()) {
      return;
    }
    Font font = font(size, bold);
    gc.setFont(font);
    gc.setFill(color);
    gc.fillText(fit(text, font, maxWidth), x, y);
  }

  @Override
  public void icon(ElementKind kind, double x, double y, double size) {
    if (size * scale < 8) {
      // too small to read: a dot of the kind's colour costs a fraction of the paths
      gc.setFill(KindStyle.accent(kind));
      gc.fillRect(x, y, size, size);
      return;
    }
    gc.save();
    gc.translate(x, y);
    gc.scale(size / Icons.GRID, size / Icons.GRID);
    for (Icons.IconPath path : Icons.of(kind)) {
      gc.setFillRule(path.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
      gc.setFill(path.fill());
      gc.beginPath();
      gc.appendSVGPath(path.data());
      gc.fill();
    }
    gc.restore();
  }

  @Override
  public void triangle(double x1, double y1, double x2, double y2, double x3, double y3, Color fill) {
    gc.setFill(fill);
    gc.fillPolygon(new double[] {x1, x2, x3}, new double[] {y1, y2, y3}, 3);
  }

  private void stroke(Color color, double width, boolean dashed) {
    gc.setStroke(color);
    gc.setLineWidth(width);
    gc.setLineDashes(dashed ? DASHES : null);
  }

  static Font font(double size, boolean bold) {
    int key = (int) Math.max(1, Math.min(39, Math.round(size)));
    Font[] cache = bold ? BOLD : REGULAR;
    if (cache[key] == null) {
      cache[key] = Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, key);
    }
    return cache[key];
  }

  /** The text cut with an ellipsis so that it fits {@code maxWidth} (roughly; fast). */
  static String fit(String text, Font font, double maxWidth) {
    double average = font.getSize() * 0.56;
    int fits = (int) (maxWidth / average);
    if (text.length() <= fits) {
      return text;
    }
    MEASURE.setFont(font);
    MEASURE.setText(text);
    if (MEASURE.getLayoutBounds().getWidth() <= maxWidth) {
      return text;
    }
    return text.substring(0, Math.max(1, fits - 1)) + "…";
  }
}
