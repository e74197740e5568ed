package dev.netwright.app.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Drags the view: the Pan tool, and any drag with the middle button or with Space held. */
final class PanTool implements Tool {
  private final DesignCanvas canvas;
  private double lastX;
  private double lastY;

  PanTool(DesignCanvas canvas) {
    this.canvas = canvas;
  }

  @Override
  public void pressed(MouseEvent event) {
    lastX = event.getX();
    lastY = event.getY();
  }

  @Override
  public void dragged(MouseEvent event) {
    canvas.panBy(event.getX() - lastX, event.getY() - lastY);
    lastX = event.getX();
    lastY = event.getY();
  }

  @Override
  public void released(MouseEvent event) {
    dragged(event);
  }

  @Override
  public Cursor cursor() {
    return Cursor.OPEN_HAND;
  }
}
