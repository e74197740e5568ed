package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Adds one element of a kind where the mouse is released (armed by a click on the palette), then
 * hands back to the select tool with the new element selected. A subnet shows the drop lane of
 * the VPC under the mouse, as when it is dragged from the palette.
 */
final class CreateTool implements Tool {
  private final DesignCanvas canvas;
  private final ElementKind kind;

  CreateTool(DesignCanvas canvas, ElementKind kind) {
    this.canvas = canvas;
    this.kind = kind;
  }

  ElementKind kind() {
    return kind;
  }

  @Override
  public void pressed(MouseEvent event) {
  }

  @Override
  public void dragged(MouseEvent event) {
  }

  /** A subnet about to be placed shows the lane of the next zone of the VPC under the mouse. */
  @Override
  public void moved(MouseEvent event) {
    if (kind == ElementKind.SUBNET) {
      canvas.showDropLaneAt(canvas.designX(event), canvas.designY(event));
    }
  }

  @Override
  public void released(MouseEvent event) {
    canvas.createAt(kind, canvas.designX(event), canvas.designY(event));
    canvas.setTool(ToolKind.SELECT);
  }

  @Override
  public void cancel() {
    canvas.showDropLane(null);
  }

  @Override
  public Cursor cursor() {
    return Cursor.CROSSHAIR;
  }
}
