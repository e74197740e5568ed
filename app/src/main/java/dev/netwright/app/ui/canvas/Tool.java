package dev.netwright.app.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * One interaction mode of the canvas (select, create, connect, pan). A tool turns mouse gestures
 * into commands through the session's editor; it never changes the model itself.
 */
interface Tool {
  void pressed(MouseEvent event);

  void dragged(MouseEvent event);

  void released(MouseEvent event);

  default void moved(MouseEvent event) {
  }

  /** Draws what the gesture in progress shows (a rubber band, a line being connected), in design coordinates. */
  default void paintOverlay(Sketch sketch) {
  }

  /** Abandons the gesture in progress (Escape). */
  default void cancel() {
  }

  Cursor cursor();
}
