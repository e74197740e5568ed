package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.model.check.Severity;
import dev.netwright.model.edit.HistoryChange;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;

/** Keeps the toolbar's zoom and the status bar current: zoom, selection, error and warning counts, the last message (what
 * was just done, undone, redone, opened or saved). */
final class StatusBar {
  private StatusBar() {
  }

  static void bind(DesignSession session, DesignCanvas canvas, Label zoomLabel, Label statusZoom, Label statusSelection,
      Label statusFindings, Label statusMessage) {
    zoomLabel.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoomProperty().get() * 100) + "%",
        canvas.zoomProperty()));
    statusZoom.textProperty().bind(Bindings.concat("Zoom ", zoomLabel.textProperty()));
    Runnable selection = () -> {
      int count = session.selection().size();
      statusSelection.setText(count == 0 ? "Nothing selected" : count == 1 ? "1 selected" : count + " selected");
    };
    session.selection().addListener((SetChangeListener<Object>) change -> selection.run());
    selection.run();
    Runnable findings = () -> {
      long errors = session.count(Severity.ERROR);
      long warnings = session.count(Severity.WARNING);
      statusFindings.setText(plural(errors, "error") + " · " + plural(warnings, "warning"));
      statusFindings.getStyleClass().remove("has-errors");
      if (errors > 0) {
        statusFindings.getStyleClass().add("has-errors");
      }
    };
    session.findingsProperty().addListener((observable, before, now) -> findings.run());
    findings.run();
    canvas.hintProperty().addListener((observable, before, hint) -> statusMessage.setText(hint));
    session.lastChangeProperty().addListener((observable, before, change) -> {
      // a replaced design (null) and a save point are told by the window: "Opened …", "Saved …"
      if (change != null && change.kind() != HistoryChange.Kind.SAVED) {
        statusMessage.setText(message(change));
      }
    });
  }

  /** What an edit, an undo or a redo did, in the words of its command: "Undid Rename subnet Web". */
  static String message(HistoryChange change) {
    switch (change.kind()) {
      case UNDONE:
        return "Undid " + change.label();
      case REDONE:
        return "Redid " + change.label();
      default:
        return change.label();
    }
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
