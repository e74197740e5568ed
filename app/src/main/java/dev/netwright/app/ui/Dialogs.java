package dev.netwright.app.ui;

import dev.netwright.model.check.Finding;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The designer's few dialogs: an error that says what and where, and the questions it must ask. */
final class Dialogs {
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
  static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
  static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
  static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
  static final ButtonType EXPORT_ANYWAY = new ButtonType("Export Anyway", ButtonBar.ButtonData.YES);
  private static final int LISTED_ERRORS = 5;
  private static final double TEXT_WIDTH = 560;

  private Dialogs() {
  }

  /** Shows an error (without waiting): {@code header} says what failed, {@code message} what and where. */
  static Alert error(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText(header);
    alert.getDialogPane().setContent(wrapped(message, "errorMessage"));
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

  /**
   * Says that a template of the design will not deploy, naming its errors (the first few, with
   * their rule), and asks whether to export it anyway: true for Export Anyway, false for Cancel.
   */
  static boolean confirmExportWithErrors(Window owner, List<Finding> errors) {
    Alert alert = new Alert(Alert.AlertType.WARNING, "", EXPORT_ANYWAY, CANCEL);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText("The design has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
        + ": CloudFormation will not deploy the template");
    StringBuilder text = new StringBuilder();
    errors.stream().limit(LISTED_ERRORS).forEach(error -> text.append("• ").append(error.rule()).append(": ")
        .append(error.message()).append('\n'));
    if (errors.size() > LISTED_ERRORS) {
      text.append("… and ").append(errors.size() - LISTED_ERRORS).append(" more in the Problems panel.\n");
    }
    text.append("Fix them first, or export the template as it is.");
    alert.getDialogPane().setContent(wrapped(text.toString(), "exportErrors"));
    return alert.showAndWait().orElse(CANCEL) == EXPORT_ANYWAY;
  }

  /** A dialog's text, wrapped at a readable width (without a width, the dialog grows as wide as the text). */
  private static Label wrapped(String text, String id) {
    Label label = new Label(text);
    label.setId(id);
    label.setWrapText(true);
    label.setPrefWidth(TEXT_WIDTH);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
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
