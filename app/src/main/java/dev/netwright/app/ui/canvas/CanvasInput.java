package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Routes the canvas's input: a press starts a gesture with the active tool (or the pan tool for
 * the middle button and while Space is held) that gets the drags and the release; scrolling pans,
 * Ctrl+scroll and pinching zoom at the mouse; a palette item dropped on the canvas creates its
 * kind; Delete, the arrow keys and Escape act on the selection.
 */
final class CanvasInput {
  private final DesignCanvas canvas;
  private Tool gesture;
  private boolean spaceDown;

  CanvasInput(DesignCanvas canvas) {
    this.canvas = canvas;
  }

  void install() {
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
      canvas.requestFocus();
      boolean pan = event.getButton() == MouseButton.MIDDLE || spaceDown;
      if (!pan && event.getButton() != MouseButton.PRIMARY) {
        return;
      }
      gesture = pan ? canvas.panTool() : canvas.tool();
      gesture.pressed(event);
      event.consume();
    });
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
      if (gesture != null) {
        gesture.dragged(event);
        event.consume();
      }
    });
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
      if (gesture != null) {
        Tool done = gesture;
        gesture = null;
        done.released(event);
        event.consume();
      }
    });
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, event -> canvas.tool().moved(event));
    canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, event -> {
      if (event.getGestureSource() instanceof Node source && source.getUserData() == ElementKind.SUBNET) {
        canvas.showDropLaneAt(canvas.designX(event), canvas.designY(event));
      }
    });
    canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, event -> canvas.showDropLane(null));
    canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
      if (event.getGestureSource() instanceof Node source && source.getUserData() instanceof ElementKind kind) {
        canvas.createAt(kind, canvas.designX(event), canvas.designY(event));
        canvas.showDropLane(null);
        canvas.requestFocus();
        event.consume();
      }
    });
    canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
      if (event.isShortcutDown()) {
        canvas.zoomAbout(event.getDeltaY() > 0 ? DesignCanvas.ZOOM_STEP : 1 / DesignCanvas.ZOOM_STEP, event.getX(), event.getY());
      } else {
        canvas.panBy(event.getDeltaX(), event.getDeltaY());
      }
      event.consume();
    });
    canvas.addEventHandler(ZoomEvent.ZOOM, event -> {
      canvas.zoomAbout(event.getZoomFactor(), event.getX(), event.getY());
      event.consume();
    });
    canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    canvas.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
      if (event.getCode() == KeyCode.SPACE) {
        spaceDown = false;
        canvas.setCursor(canvas.tool().cursor());
        event.consume();
      }
    });
  }

  private void keyPressed(KeyEvent event) {
    double step = event.isShiftDown() ? 1 : Geometry.GRID;
    switch (event.getCode()) {
      case SPACE:
        spaceDown = true;
        canvas.setCursor(canvas.panTool().cursor());
        break;
      case DELETE:
      case BACK_SPACE:
        canvas.deleteSelection();
        break;
      case LEFT:
        canvas.nudge(-step, 0);
        break;
      case RIGHT:
        canvas.nudge(step, 0);
        break;
      case UP:
        canvas.nudge(0, -step);
        break;
      case DOWN:
        canvas.nudge(0, step);
        break;
      case ESCAPE:
        canvas.tool().cancel();
        canvas.setTool(ToolKind.SELECT);
        canvas.session().selection().clear();
        break;
      default:
        return;
    }
    event.consume();
  }
}
