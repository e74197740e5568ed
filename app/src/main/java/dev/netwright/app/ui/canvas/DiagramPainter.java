package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingPainter;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.document.Bounds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Paints a {@link Diagram} on the canvas: the model's drawing through a {@link CanvasPen}, then
 * the {@link Decorations} (the path's hop markers, the selection, error badges). When names would
 * be smaller than {@link CanvasPen#MIN_TEXT_PIXELS} on screen, it paints the summary instead:
 * boxes without their small text, every name at a readable size (see {@link SummaryPainter}), and
 * each VPC's card with its name, CIDR, subnet counts and findings in its title band.
 */
public final class DiagramPainter {
  /**
   * The size of the names drawn inside subnets and of the zone columns' labels (11): below the zoom
   * where they read at 9 px, the summary shows, so that no zoom paints boxes whose names are missing.
   */
  public static final double SUMMARY_SCALE = CanvasPen.MIN_TEXT_PIXELS / 11;
  /** Below this zoom only boxes and the VPC cards are painted: icons and names would be specks. */
  public static final double OVERVIEW_SCALE = 0.3;
  private static final Color BLOCKED_FILL = KindStyle.ERROR.deriveColor(0, 1, 1, 0.15);

  private DiagramPainter() {
  }

  /** Paints what meets {@code visible} as seen at {@code scale}; returns how many boxes were painted. */
  public static int paint(CanvasPen pen, Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible,
      double scale) {
    int drawn = paintDrawing(pen, diagram, decorations.findingsPerVpc(), visible, scale);
    paintDecorations(sketch, diagram, decorations, visible);
    return drawn;
  }

  /**
   * Paints the drawing of what meets {@code visible} as seen at {@code scale} (the summary when
   * names would be too small to read): what stays the same while the view only pans, which the
   * canvas keeps in tiles. Returns how many boxes were painted.
   */
  static int paintDrawing(Pen pen, Diagram diagram, Map<ElementId, Integer> findingsPerVpc, Bounds visible,
      double scale) {
    boolean summary = scale < SUMMARY_SCALE;
    Box area = new Box(visible.x(), visible.y(), visible.width(), visible.height());
    DrawingPainter.Detail detail = scale < OVERVIEW_SCALE ? DrawingPainter.Detail.BOXES
        : summary ? DrawingPainter.Detail.OUTLINE : DrawingPainter.Detail.FULL;
    Drawing part = diagram.index().within(area);
    int drawn = DrawingPainter.paint(part, pen, area, detail);
    if (summary) {
      SummaryPainter.paint(pen, diagram.summary(scale, findingsPerVpc), part.boxes(), area);
    }
    return drawn;
  }

  /** Paints the decorations that meet {@code visible}: the path's markers, cost marks, the selection, badges, drift marks. */
  static void paintDecorations(Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible) {
    drawPathMarkers(sketch, diagram, decorations, visible);
    CostMarksPainter.paint(sketch, diagram, decorations.costMarks(), visible);
    for (ElementId id : decorations.selection()) {
      diagram.view(id).ifPresent(view -> view.places().stream().filter(b -> b.intersects(visible))
          .forEach(b -> drawSelection(sketch, view, b)));
    }
    for (ElementId id : decorations.errors()) {
      diagram.view(id).filter(view -> view.bounds().intersects(visible)).ifPresent(view -> drawBadge(sketch, view.bounds()));
    }
    decorations.marks().forEach((id, mark) -> diagram.view(id).filter(view -> view.bounds().intersects(visible))
        .ifPresent(view -> DriftMarkPainter.draw(sketch, view.bounds(), mark)));
  }

  private static void drawPathMarkers(Sketch sketch, Diagram diagram, Decorations decorations, Bounds visible) {
    List<ElementId> hops = decorations.path().hops();
    for (int i = 0; i < hops.size(); i++) {
      Optional<ElementView> view = diagram.view(hops.get(i));
      if (view.isPresent() && view.get().bounds().intersects(visible)) {
        Bounds b = view.get().bounds();
        sketch.rect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 14, null, KindStyle.PATH, 4, false);
        sketch.circle(b.x() + 2, b.y() + 2, 10, KindStyle.PATH, Color.WHITE, 1.5);
        sketch.text(Integer.toString(i + 1), b.x() + (i + 1 < 10 ? -1.5 : -5), b.y() + 6.5, 11, true, Color.WHITE);
      }
    }
    decorations.path().blocker().flatMap(diagram::view).ifPresent(view -> {
      Bounds b = BlockedPlace.of(diagram, view, decorations.path());
      sketch.rect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 14, BLOCKED_FILL, KindStyle.ERROR, 4, true);
      double cx = b.maxX() - 4;
      double cy = b.y() + 4;
      sketch.circle(cx, cy, 12, KindStyle.ERROR, Color.WHITE, 2);
      sketch.line(cx - 5, cy - 5, cx + 5, cy + 5, Color.WHITE, 2.5, false);
      sketch.line(cx - 5, cy + 5, cx + 5, cy - 5, Color.WHITE, 2.5, false);
    });
  }

  private static void drawSelection(Sketch sketch, ElementView view, Bounds b) {
    sketch.rect(b.x() - 2, b.y() - 2, b.width() + 4, b.height() + 4, 12, null, KindStyle.SELECTION, 2.5, false);
    if (view.isContainer()) {
      sketch.rect(b.maxX() - 5, b.maxY() - 5, 10, 10, 0, Color.WHITE, KindStyle.SELECTION, 1.5, false);
    }
  }

  private static void drawBadge(Sketch sketch, Bounds b) {
    double cx = b.maxX() - 2;
    double cy = b.y() + 2;
    sketch.circle(cx, cy, 9, KindStyle.ERROR, Color.WHITE, 1.5);
    sketch.text("!", cx - 2.5, cy + 5, 13, true, Color.WHITE);
  }
}
