package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import javafx.scene.paint.Color;

/**
 * The drawing primitives the element views use, in design coordinates. The canvas paints them
 * on screen; {@link SvgSketch} writes them as SVG, so that an exported image has exactly the
 * geometry on screen.
 */
public interface Sketch {
  /** A rectangle with rounded corners; {@code fill} or {@code stroke} may be null for none. */
  void rect(double x, double y, double width, double height, double arc, Color fill, Color stroke, double strokeWidth,
      boolean dashed);

  void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed);

  void circle(double centerX, double centerY, double radius, Color fill, Color stroke, double strokeWidth);

  /** Text whose baseline starts at (x, y), cut to {@code maxWidth} with an ellipsis when longer. */
  void text(String text, double x, double y, double size, boolean bold, Color color, double maxWidth);

  /** The project's icon of a kind, in a square of {@code size} at (x, y). */
  void icon(ElementKind kind, double x, double y, double size);

  /** A filled triangle, for arrow heads. */
  void triangle(double x1, double y1, double x2, double y2, double x3, double y3, Color fill);
}
