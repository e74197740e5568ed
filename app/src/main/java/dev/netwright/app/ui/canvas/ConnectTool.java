package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Wires two elements: press on one, release on the other. While dragging, a line follows the
 * mouse and the element under it is outlined when the two can be connected.
 */
final class ConnectTool implements Tool {
  private final DesignCanvas canvas;
  private final Wiring wiring;
  private ElementView source;
  private double currentX;
  private double currentY;

  ConnectTool(DesignCanvas canvas) {
    this.canvas = canvas;
    this.wiring = new Wiring(canvas);
  }

  @Override
  public void pressed(MouseEvent event) {
    source = canvas.diagram().viewAt(canvas.designX(event), canvas.designY(event)).orElse(null);
    currentX = canvas.designX(event);
    currentY = canvas.designY(event);
  }

  @Override
  public void dragged(MouseEvent event) {
    currentX = canvas.designX(event);
    currentY = canvas.designY(event);
    if (source != null) {
      canvas.requestRedraw();
    }
  }

  @Override
  public void released(MouseEvent event) {
    dragged(event);
    ElementView from = source;
    source = null;
    canvas.requestRedraw();
    if (from == null) {
      return;
    }
    Optional<ElementView> to = canvas.diagram().viewAt(currentX, currentY);
    if (to.isEmpty() || to.get().id().equals(from.id())) {
      return;
    }
    canvas.attempt(() -> wiring.connect(from.element(), to.get().element()));
  }

  @Override
  public void cancel() {
    source = null;
    canvas.requestRedraw();
  }

  @Override
  public void paintOverlay(Sketch sketch) {
    if (source == null) {
      return;
    }
    double width = 2 / canvas.viewport().scale();
    Bounds b = source.bounds();
    sketch.line(b.centerX(), b.centerY(), currentX, currentY, KindStyle.SELECTION, width, true);
    canvas.diagram().viewAt(currentX, currentY)
        .filter(target -> Wiring.connects(source.element(), target.element()))
        .ifPresent(target -> {
          Bounds t = target.bounds();
          sketch.rect(t.x() - 3, t.y() - 3, t.width() + 6, t.height() + 6, 12, null, KindStyle.SELECTION, 2 * width, false);
        });
  }

  @Override
  public Cursor cursor() {
    return Cursor.CROSSHAIR;
  }
}
