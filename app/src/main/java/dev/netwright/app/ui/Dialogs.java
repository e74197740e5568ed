package dev.netwright.app.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The designer's few dialogs: an error that says what and where, and the questions it must ask. */
final class Dialogs {
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
  static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
  static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
  static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

  private Dialogs() {
  }

  /** Shows an error (without waiting): {@code header} says what failed, {@code message} what and where. */
  static Alert error(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText(header);
    Label text = new Label(message);
    text.setWrapText(true);
    text.setId("errorMessage");
    text.setMaxWidth(560);
    alert.getDialogPane().setContent(text);
    alert.show();
    return alert;
  }

  /** Asks whether to save changes first: Save, Don't Save, or Cancel (also when closed). */
  static ButtonType askToSave(Window owner, String designName) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText("Save the changes to " + designName + "?");
    alert.setContentText("Your changes are lost if you do not save them.");
    Optional<ButtonType> answer = alert.showAndWait();
    return answer.orElse(CANCEL);
  }

  /** Offers the autosaved design of a session that did not end cleanly. */
  static boolean askToRecover(Window owner, String what) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText("Recover unsaved changes?");
    alert.setContentText("Netwright did not close cleanly last time. An autosaved copy of " + what
        + " is available. Recover it?");
    return alert.showAndWait().orElse(DISCARD) == RECOVER;
  }

  /** A message, not waiting. */
  static void info(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText(header);
    alert.setContentText(message);
    alert.show();
  }
}
