package dev.netwright.app.ui.canvas;

import javafx.scene.paint.Color;

/**
 * What the canvas draws over the drawing, in design coordinates: the selection, error badges, the
 * path's hop markers, and the gesture in progress (a rubber band, a line being connected).
 */
public interface Sketch {
  /** A rectangle with rounded corners; {@code fill} or {@code stroke} may be null for none. */
  void rect(double x, double y, double width, double height, double arc, Color fill, Color stroke, double strokeWidth,
      boolean dashed);

  void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed);

  void circle(double centerX, double centerY, double radius, Color fill, Color stroke, double strokeWidth);

  /** Text whose baseline starts at (x, y). */
  void text(String text, double x, double y, double size, boolean bold, Color color);
}
