package dev.netwright.app.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;

/**
 * The designer's keyboard shortcuts: platform accelerators on the menu items (Shortcut is Ctrl,
 * or Cmd on macOS), plus the second keys some actions have (Ctrl+Y for Redo, the numeric pad's
 * + and - for zoom).
 */
final class Shortcuts {
  private static final Map<String, String> MENU = Map.ofEntries(
      Map.entry("new", "Shortcut+N"),
      Map.entry("open", "Shortcut+O"),
      Map.entry("save", "Shortcut+S"),
      Map.entry("saveAs", "Shortcut+Shift+S"),
      Map.entry("quit", "Shortcut+Q"),
      Map.entry("undo", "Shortcut+Z"),
      Map.entry("redo", "Shortcut+Shift+Z"),
      Map.entry("cut", "Shortcut+X"),
      Map.entry("copy", "Shortcut+C"),
      Map.entry("paste", "Shortcut+V"),
      Map.entry("delete", "Delete"),
      Map.entry("selectAll", "Shortcut+A"),
      Map.entry("zoomIn", "Shortcut+Equals"),
      Map.entry("zoomOut", "Shortcut+Minus"),
      Map.entry("zoomActual", "Shortcut+0"),
      Map.entry("zoomFit", "Shortcut+9"));

  private Shortcuts() {
  }

  static void install(MainWindow window) {
    MENU.forEach((item, keys) -> window.item(item).setAccelerator(KeyCombination.keyCombination(keys)));
    window.root().sceneProperty().addListener((observable, before, scene) -> {
      if (scene != null) {
        addSecondKeys(window, scene);
      }
    });
  }

  private static final List<KeyCombination> UNDO = List.of(KeyCombination.keyCombination("Shortcut+Z"));
  private static final List<KeyCombination> REDO = List.of(KeyCombination.keyCombination("Shortcut+Shift+Z"),
      KeyCombination.keyCombination("Shortcut+Y"));

  /**
   * Undo and redo in a text field go to the window's Edit actions, which decide between the
   * field's typing and the design; without this the field's own key handling keeps them.
   */
  private static void routeUndoFromTextFields(MainWindow window, Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
      if (!(scene.getFocusOwner() instanceof TextInputControl)) {
        return;
      }
      if (UNDO.stream().anyMatch(keys -> keys.match(event))) {
        window.item("undo").fire();
        event.consume();
      } else if (REDO.stream().anyMatch(keys -> keys.match(event))) {
        window.item("redo").fire();
        event.consume();
      }
    });
  }

  private static void addSecondKeys(MainWindow window, Scene scene) {
    routeUndoFromTextFields(window, scene);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
        () -> window.item("redo").fire());
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
        () -> window.item("zoomIn").fire());
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
        () -> window.item("zoomIn").fire());
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
        () -> window.item("zoomOut").fire());
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE), () -> window.item("delete").fire());
  }

  /** The shortcuts in words, for Help > Shortcuts. */
  static String description() {
    return String.join("\n",
        "Ctrl+N / Ctrl+O / Ctrl+S / Ctrl+Shift+S: new, open, save, save as",
        "Ctrl+Z: undo · Ctrl+Shift+Z or Ctrl+Y: redo (in a text field: its typing first, then the design)",
        "Ctrl+X / Ctrl+C / Ctrl+V: cut, copy, paste · Delete: delete with what it holds",
        "Ctrl+A: select all · Shift+click: add to the selection · drag on empty space: rubber band",
        "Arrow keys: nudge by the grid (with Shift: by one unit)",
        "Ctrl+= / Ctrl+-: zoom in, out · Ctrl+0: 100% · Ctrl+9: fit · Ctrl+scroll: zoom at the mouse",
        "Scroll, Space+drag or middle button: pan · Escape: back to the select tool");
  }
}
