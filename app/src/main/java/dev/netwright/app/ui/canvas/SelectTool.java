package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Selects (click, Shift-click, rubber band), moves the selection with its contents, and resizes a
 * selected VPC or subnet by its corner handle. A drag shows a preview and becomes one command on
 * release.
 */
final class SelectTool implements Tool {
  private static final double HANDLE = 8;
  private static final double MIN_WIDTH = 160;
  private static final double MIN_HEIGHT = 80;

  private enum Gesture { NONE, MOVE, RESIZE, RUBBER_BAND }

  private final DesignCanvas canvas;
  private Gesture gesture = Gesture.NONE;
  private double startX;
  private double startY;
  private double currentX;
  private double currentY;
  private ElementView grabbed;
  private Map<ElementId, Bounds> preview = Map.of();
  /** A plain click on one of several selected elements selects just it, unless the click becomes a drag. */
  private boolean narrowOnRelease;

  SelectTool(DesignCanvas canvas) {
    this.canvas = canvas;
  }

  @Override
  public void pressed(MouseEvent event) {
    startX = canvas.designX(event);
    startY = canvas.designY(event);
    currentX = startX;
    currentY = startY;
    preview = Map.of();
    narrowOnRelease = false;
    Optional<ElementView> handle = resizeHandleAt(startX, startY);
    if (handle.isPresent()) {
      grabbed = handle.get();
      gesture = Gesture.RESIZE;
      return;
    }
    Optional<ElementView> hit = canvas.diagram().viewAt(startX, startY);
    Set<ElementId> selection = canvas.session().selection();
    if (hit.isPresent()) {
      grabbed = hit.get();
      ElementId id = grabbed.id();
      if (event.isShiftDown() || event.isShortcutDown()) {
        if (selection.contains(id)) {
          selection.remove(id);
          gesture = Gesture.NONE;
          return;
        }
        selection.add(id);
        gesture = Gesture.MOVE;
        return;
      }
      if (!selection.contains(id)) {
        canvas.session().select(grabbed.members());
      }
      narrowOnRelease = selection.size() > 1;
      gesture = Gesture.MOVE;
    } else {
      if (!event.isShiftDown()) {
        selection.clear();
      }
      gesture = Gesture.RUBBER_BAND;
    }
  }

  @Override
  public void dragged(MouseEvent event) {
    currentX = canvas.designX(event);
    currentY = canvas.designY(event);
    switch (gesture) {
      case MOVE:
        // a click that did not travel is a click, not a move onto the grid
        preview = event.isStillSincePress() ? Map.of() : movedBounds();
        canvas.setPreview(preview);
        break;
      case RESIZE:
        preview = event.isStillSincePress() ? Map.of() : Map.of(grabbed.id(), resizedBounds());
        canvas.setPreview(preview);
        break;
      case RUBBER_BAND:
        canvas.requestRedraw();
        break;
      default:
        break;
    }
  }

  @Override
  public void released(MouseEvent event) {
    dragged(event);
    Gesture done = gesture;
    gesture = Gesture.NONE;
    canvas.setPreview(Map.of());
    if (done == Gesture.MOVE && !preview.isEmpty()) {
      canvas.commitMove(preview);
    } else if (done == Gesture.MOVE && narrowOnRelease) {
      canvas.session().select(grabbed.members());
    } else if (done == Gesture.RESIZE && !preview.isEmpty()) {
      canvas.commitResize(grabbed.id(), preview.get(grabbed.id()));
    } else if (done == Gesture.RUBBER_BAND) {
      Set<ElementId> chosen = new LinkedHashSet<>(event.isShiftDown() ? canvas.session().selection() : Set.of());
      canvas.diagram().viewsInside(rubberBand()).forEach(view -> chosen.addAll(view.members()));
      canvas.session().select(chosen);
    }
    preview = Map.of();
    canvas.requestRedraw();
  }

  @Override
  public void moved(MouseEvent event) {
    boolean onHandle = resizeHandleAt(canvas.designX(event), canvas.designY(event)).isPresent();
    canvas.setCursor(onHandle ? Cursor.SE_RESIZE : Cursor.DEFAULT);
  }

  @Override
  public void cancel() {
    gesture = Gesture.NONE;
    preview = Map.of();
    canvas.setPreview(Map.of());
  }

  @Override
  public void paintOverlay(Sketch sketch) {
    if (gesture == Gesture.RUBBER_BAND) {
      Bounds band = rubberBand();
      sketch.rect(band.x(), band.y(), band.width(), band.height(), 0, KindStyle.SELECTION.deriveColor(0, 1, 1, 0.12),
          KindStyle.SELECTION, 1 / canvas.viewport().scale(), true);
    }
  }

  @Override
  public Cursor cursor() {
    return Cursor.DEFAULT;
  }

  private Map<ElementId, Bounds> movedBounds() {
    Bounds anchor = grabbed.bounds();
    double dx = Geometry.snap(anchor.x() + currentX - startX) - anchor.x();
    double dy = Geometry.snap(anchor.y() + currentY - startY) - anchor.y();
    if (dx == 0 && dy == 0) {
      return Map.of();
    }
    return Contents.movedBy(canvas.diagram().document(), canvas.session().selection(), dx, dy);
  }

  private Bounds resizedBounds() {
    Bounds b = grabbed.bounds();
    double width = Math.max(MIN_WIDTH, Geometry.snap(b.width() + currentX - startX));
    double height = Math.max(MIN_HEIGHT, Geometry.snap(b.height() + currentY - startY));
    return b.resized(width, height);
  }

  private Bounds rubberBand() {
    return new Bounds(Math.min(startX, currentX), Math.min(startY, currentY), Math.abs(currentX - startX),
        Math.abs(currentY - startY));
  }

  private Optional<ElementView> resizeHandleAt(double x, double y) {
    double reach = HANDLE / canvas.viewport().scale();
    for (ElementId id : canvas.session().selection()) {
      Optional<ElementView> view = canvas.diagram().view(id);
      if (view.isPresent() && view.get().isContainer()) {
        Bounds b = view.get().bounds();
        if (Math.abs(x - b.maxX()) <= reach && Math.abs(y - b.maxY()) <= reach) {
          return view;
        }
      }
    }
    return Optional.empty();
  }
}
