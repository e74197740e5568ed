package dev.netwright.app.ui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A {@link Sketch} on a JavaFX canvas whose graphics context carries the viewport's transform. */
final class CanvasSketch implements Sketch {
  private static final double[] DASHES = {6, 4};

  private final GraphicsContext gc;

  CanvasSketch(GraphicsContext gc) {
    this.gc = gc;
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
  public void text(String text, double x, double y, double size, boolean bold, Color color) {
    gc.setFont(CanvasFonts.font(size, bold));
    gc.setFill(color);
    gc.fillText(text, x, y);
  }

  private void stroke(Color color, double width, boolean dashed) {
    gc.setStroke(color);
    gc.setLineWidth(width);
    gc.setLineDashes(dashed ? DASHES : null);
  }
}
