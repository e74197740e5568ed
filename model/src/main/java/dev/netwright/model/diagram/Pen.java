package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.List;

/**
 * What {@link DrawingPainter} draws with, in drawing coordinates: the canvas, the SVG writer and
 * the PNG writer each implement it. The group calls let the SVG say which element a shape belongs
 * to; the others ignore them.
 */
public interface Pen {
  /** The shapes up to the matching {@link #endBox()} belong to this box (and so do nested boxes). */
  default void beginBox(DrawnBox box) {
  }

  default void endBox() {
  }

  /** A rectangle with rounded corners ({@code arc} is the corners' diameter); fill or stroke null for none. */
  void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed);

  /** Lines of text, each from its own baseline; the lines of one name come in one call. */
  void text(List<TextRun> lines);

  /** A kind's icon. */
  void icon(IconPlace icon);

  /** A connection's polyline, with an arrow head at its end when {@code kind} has one. */
  void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed);

  /** A filled polygon (arrow heads). */
  void polygon(List<Point> corners, Tint fill);
}
