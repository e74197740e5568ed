package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import java.util.List;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Draws a {@link Diagram} and its {@link Decorations} on a {@link Sketch}: views back to front,
 * connections between the containers and the nodes, then selection, badges and the path. Only
 * what meets the visible area is drawn, which keeps frames short on designs of thousands of
 * elements.
 */
public final class DiagramPainter {
  /** The zoom below which the canvas draws the overview. */
  public static final double OVERVIEW_SCALE = 0.3;
  private static final Color BLOCKED_FILL = KindStyle.ERROR.deriveColor(0, 1, 1, 0.15);

  private DiagramPainter() {
  }

  /** Paints what meets {@code visible} in full detail; returns how many views were drawn. */
  public static int paint(Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible) {
    return paint(sketch, diagram, decorations, visible, 1);
  }

  /**
   * Paints what meets {@code visible} as seen at {@code scale}; returns how many views were drawn.
   * Below {@link #OVERVIEW_SCALE}, where names cannot be read, each element is one plain box and
   * the connections are left out: the overview stays fluid with thousands of elements in view.
   */
  public static int paint(Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible, double scale) {
    boolean overview = scale < OVERVIEW_SCALE;
    int drawn = 0;
    List<ElementView> views = diagram.views();
    int index = 0;
    for (; index < views.size() && views.get(index).layer() <= ElementView.LAYER_SUBNET; index++) {
      drawn += drawIfVisible(sketch, views.get(index), visible, overview, scale);
    }
    if (!overview) {
      for (Connection connection : diagram.connections()) {
        drawConnection(sketch, diagram, connection, visible);
      }
    }
    for (; index < views.size(); index++) {
      drawn += drawIfVisible(sketch, views.get(index), visible, overview, scale);
    }
    drawPath(sketch, diagram, decorations, visible);
    CostMarksPainter.paint(sketch, diagram, decorations.costMarks(), visible);
    for (ElementId id : decorations.selection()) {
      diagram.view(id).filter(view -> view.bounds().intersects(visible)).ifPresent(view -> drawSelection(sketch, view));
    }
    for (ElementId id : decorations.errors()) {
      diagram.view(id).filter(view -> view.bounds().intersects(visible)).ifPresent(view -> drawBadge(sketch, view));
    }
    return drawn;
  }

  private static int drawIfVisible(Sketch sketch, ElementView view, Bounds visible, boolean overview, double scale) {
    if (!view.bounds().intersects(visible)) {
      return 0;
    }
    if (overview) {
      view.drawOverview(sketch, 1 / scale);
    } else {
      view.draw(sketch);
    }
    return 1;
  }

  private static void drawConnection(Sketch sketch, Diagram diagram, Connection connection, Bounds visible) {
    Optional<ElementView> from = diagram.view(connection.from());
    Optional<ElementView> to = diagram.view(connection.to());
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    double[] line = clippedLine(from.get().bounds(), to.get().bounds());
    Bounds extent = new Bounds(Math.min(line[0], line[2]), Math.min(line[1], line[3]), Math.abs(line[2] - line[0]),
        Math.abs(line[3] - line[1]));
    if (!extent.intersects(visible)) {
      return;
    }
    Connection.Kind kind = connection.kind();
    sketch.line(line[0], line[1], line[2], line[3], kind.color(), kind.width(), kind.dashed());
    if (kind.arrow()) {
      arrowHead(sketch, line, kind.color(), 9);
    }
    if (!connection.label().isEmpty()) {
      double mx = (line[0] + line[2]) / 2;
      double my = (line[1] + line[3]) / 2;
      sketch.rect(mx - 4, my - 11, connection.label().length() * 6.2 + 8, 15, 6, Color.WHITE.deriveColor(0, 1, 1, 0.85),
          null, 0, false);
      sketch.text(connection.label(), mx, my, 10, false, kind.color(), 140);
    }
  }

  private static void drawPath(Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible) {
    List<ElementId> hops = decorations.path().hops();
    for (int i = 0; i + 1 < hops.size(); i++) {
      Optional<ElementView> from = diagram.view(hops.get(i));
      Optional<ElementView> to = diagram.view(hops.get(i + 1));
      if (from.isPresent() && to.isPresent()) {
        double[] line = clippedLine(from.get().bounds(), to.get().bounds());
        sketch.line(line[0], line[1], line[2], line[3], KindStyle.PATH, 5, false);
        arrowHead(sketch, line, KindStyle.PATH, 14);
      }
    }
    for (int i = 0; i < hops.size(); i++) {
      Optional<ElementView> view = diagram.view(hops.get(i));
      if (view.isPresent() && view.get().bounds().intersects(visible)) {
        Bounds b = view.get().bounds();
        sketch.rect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 14, null, KindStyle.PATH, 4, false);
        sketch.circle(b.x() + 2, b.y() + 2, 10, KindStyle.PATH, Color.WHITE, 1.5);
        sketch.text(Integer.toString(i + 1), b.x() + (i + 1 < 10 ? -1.5 : -5), b.y() + 6.5, 11, true, Color.WHITE, 20);
      }
    }
    decorations.path().blocker().flatMap(diagram::view).ifPresent(view -> {
      Bounds b = view.bounds();
      sketch.rect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 14, BLOCKED_FILL, KindStyle.ERROR, 4, true);
      double cx = b.maxX() - 4;
      double cy = b.y() + 4;
      sketch.circle(cx, cy, 12, KindStyle.ERROR, Color.WHITE, 2);
      sketch.line(cx - 5, cy - 5, cx + 5, cy + 5, Color.WHITE, 2.5, false);
      sketch.line(cx - 5, cy + 5, cx + 5, cy - 5, Color.WHITE, 2.5, false);
    });
  }

  private static void drawSelection(Sketch sketch, ElementView view) {
    Bounds b = view.bounds();
    sketch.rect(b.x() - 2, b.y() - 2, b.width() + 4, b.height() + 4, 12, null, KindStyle.SELECTION, 2.5, false);
    if (view.isContainer()) {
      sketch.rect(b.maxX() - 5, b.maxY() - 5, 10, 10, 0, Color.WHITE, KindStyle.SELECTION, 1.5, false);
    }
  }

  private static void drawBadge(Sketch sketch, ElementView view) {
    Bounds b = view.bounds();
    double cx = b.maxX() - 2;
    double cy = b.y() + 2;
    sketch.circle(cx, cy, 9, KindStyle.ERROR, Color.WHITE, 1.5);
    sketch.text("!", cx - 2.5, cy + 5, 13, true, Color.WHITE, 12);
  }

  private static void arrowHead(Sketch sketch, double[] line, Color color, double size) {
    double angle = Math.atan2(line[3] - line[1], line[2] - line[0]);
    double x = line[2];
    double y = line[3];
    sketch.triangle(x, y, x - size * Math.cos(angle - 0.4), y - size * Math.sin(angle - 0.4),
        x - size * Math.cos(angle + 0.4), y - size * Math.sin(angle + 0.4), color);
  }

  /** The segment between the centres of two boxes, cut where it leaves each box. */
  static double[] clippedLine(Bounds from, Bounds to) {
    double x1 = from.centerX();
    double y1 = from.centerY();
    double x2 = to.centerX();
    double y2 = to.centerY();
    double[] start = border(from, x1, y1, x2, y2);
    double[] end = border(to, x2, y2, x1, y1);
    return new double[] {start[0], start[1], end[0], end[1]};
  }

  /** Where the ray from the centre (cx, cy) of {@code box} towards (tx, ty) crosses the box's edge. */
  private static double[] border(Bounds box, double cx, double cy, double tx, double ty) {
    double dx = tx - cx;
    double dy = ty - cy;
    if (dx == 0 && dy == 0) {
      return new double[] {cx, cy};
    }
    double sx = dx == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(dx);
    double sy = dy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(dy);
    double s = Math.min(1, Math.min(sx, sy));
    return new double[] {cx + dx * s, cy + dy * s};
  }
}
