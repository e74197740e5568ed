package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Paints a {@link Drawing} with a {@link Pen}: boxes parents first (each with its box, stripe,
 * icon, name, details and chips), then the connections and their labels on top, the highlighted
 * path last. Only what meets the visible area is painted, which keeps canvas frames short on
 * designs of thousands of elements.
 */
public final class DrawingPainter {
  /**
   * How much is painted: everything; (when text would be too small to read) boxes, icons and lines
   * without text; or far out boxes with only the lines between VPCs and the highlighted path.
   */
  public enum Detail {
    FULL,
    /** Boxes, icons and the lines between them, without text: what connects to what stays visible. */
    OUTLINE,
    /** The boxes, the lines between VPCs and the path: far out, where icons are a few pixels and thousands of boxes are in view. */
    BOXES
  }

  private static final Tint LABEL_BACK = Tint.WHITE.withOpacity(0.9);

  private DrawingPainter() {
  }

  /** Paints all of a drawing in full detail. */
  public static void paint(Drawing drawing, Pen pen) {
    paint(drawing, pen, null, Detail.FULL);
  }

  /** Paints what meets {@code visible} (null: everything); returns how many boxes were painted. */
  public static int paint(Drawing drawing, Pen pen, Box visible, Detail detail) {
    int painted = 0;
    Deque<String> open = new ArrayDeque<>();
    for (DrawnBox box : drawing.boxes()) {
      while (!open.isEmpty() && !open.peek().equals(box.parentKey())) {
        pen.endBox();
        open.pop();
      }
      pen.beginBox(box);
      open.push(box.key());
      if (visible == null || visible.overlaps(box.box()) || visible.contains(new Point(box.box().x(), box.box().y()))) {
        paintBox(box, pen, detail);
        painted++;
      }
    }
    while (!open.isEmpty()) {
      pen.endBox();
      open.pop();
    }
    for (DrawnConnector connector : drawing.connectors()) {
      if (shown(connector.kind(), detail) && meets(connector, visible)) {
        paintConnector(connector, pen, detail);
      }
    }
    return painted;
  }

  /**
   * Whether a connection is painted at a detail: all of them in full and in the summary; far out,
   * the highlighted path and what joins VPCs (transit gateway attachments, peerings), which is what
   * an overview of many VPCs is about and which are few.
   */
  static boolean shown(ConnectorKind kind, Detail detail) {
    return detail != Detail.BOXES || kind == ConnectorKind.PATH || joinsVpcs(kind);
  }

  private static boolean joinsVpcs(ConnectorKind kind) {
    return kind == ConnectorKind.TRANSIT || kind == ConnectorKind.PEERING;
  }

  /** How much wider a line between VPCs is drawn zoomed out, so that it stays a visible line (about 1.5 to 2.5 px). */
  private static double widening(ConnectorKind kind, Detail detail) {
    if (!joinsVpcs(kind) || detail == Detail.FULL) {
      return 1;
    }
    return detail == Detail.OUTLINE ? 2 : 4;
  }

  private static void paintBox(DrawnBox drawn, Pen pen, Detail detail) {
    BoxStyle style = drawn.style();
    Box box = drawn.box();
    if (detail == Detail.BOXES) {
      // far out, a box is a patch of its colour: no outline, no rounded corners, no dashes, which
      // a software rasteriser draws many times faster; outlines alone (regions, zones) are left out
      Tint patch = style.stripe() != null ? style.stripe() : style.fill();
      if (patch != null) {
        pen.rect(box, 0, patch, null, 0, false);
      }
      return;
    }
    pen.rect(box, style.arc(), style.fill(), style.stroke(), style.strokeWidth(), style.dashed());
    if (style.stripe() != null) {
      pen.rect(new Box(box.x(), box.y(), 5, box.height()), 4, style.stripe(), null, 0, false);
    }
    if (drawn.icon() != null) {
      pen.icon(drawn.icon());
    }
    if (detail == Detail.OUTLINE) {
      return;
    }
    List<TextRun> name = drawn.nameLines();
    if (!name.isEmpty()) {
      pen.text(name);
    }
    for (TextRun run : drawn.texts()) {
      if (!run.name()) {
        pen.text(List.of(run));
      }
    }
    for (Chip chip : drawn.chips()) {
      if (!pen.shows(chip.text())) {
        // an empty pill says nothing: a chip goes with its text
        continue;
      }
      pen.rect(chip.box(), chip.box().height(), chip.fill(), null, 0, false);
      pen.text(List.of(chip.text()));
    }
  }

  private static boolean meets(DrawnConnector connector, Box visible) {
    if (visible == null) {
      return true;
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point point : connector.points()) {
      minX = Math.min(minX, point.x());
      minY = Math.min(minY, point.y());
      maxX = Math.max(maxX, point.x());
      maxY = Math.max(maxY, point.y());
    }
    return minX <= visible.maxX() && maxX >= visible.x() && minY <= visible.maxY() && maxY >= visible.y();
  }

  private static void paintConnector(DrawnConnector connector, Pen pen, Detail detail) {
    ConnectorKind kind = connector.kind();
    List<Point> points = connector.points();
    pen.connector(connector, points, kind == ConnectorKind.PATH ? kind.color().withOpacity(0.85) : kind.color(),
        kind.width() * widening(kind, detail), kind.dashed());
    if (kind.arrow() && points.size() >= 2) {
      pen.polygon(arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), kind == ConnectorKind.PATH ? 14 : 9),
          kind.color());
    }
    Box label = connector.labelBox();
    if (label != null && !connector.label().isEmpty()) {
      double size = dev.netwright.model.diagram.route.ConnectorRouter.LABEL_SIZE;
      double baseline = label.y() + (label.height() - size * (DejaVuMetrics.ASCENT + DejaVuMetrics.DESCENT)) / 2
          + size * DejaVuMetrics.ASCENT;
      TextRun text = new TextRun(connector.label(), label.x(), baseline, size, false, kind.color(), false);
      if (pen.shows(text)) {
        // a label's white patch goes with its text: seen too small to read, neither is painted
        pen.rect(new Box(label.x() - 2, label.y(), label.width() + 4, label.height()), 6, LABEL_BACK, null, 0, false);
        pen.text(List.of(text));
      }
    }
  }

  /** The triangle of an arrow head pointing along the segment from {@code from} to {@code tip}. */
  static List<Point> arrowHead(Point from, Point tip, double size) {
    double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
    return List.of(tip, new Point(tip.x() - size * Math.cos(angle - 0.4), tip.y() - size * Math.sin(angle - 0.4)),
        new Point(tip.x() - size * Math.cos(angle + 0.4), tip.y() - size * Math.sin(angle + 0.4)));
  }
}
