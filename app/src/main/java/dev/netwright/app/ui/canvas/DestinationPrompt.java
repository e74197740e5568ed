package dev.netwright.app.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for the destination of a new route (a CIDR block or a prefix list). The answer comes back
 * later, when the person closes the dialog with OK; Cancel gives no answer.
 */
@FunctionalInterface
public interface DestinationPrompt {
  void ask(String question, String suggestion, Consumer<String> answer);

  /** A small dialog over the window, not blocking the event that opened it. */
  static DestinationPrompt dialog(Window owner) {
    return (question, suggestion, answer) -> {
      TextInputDialog dialog = new TextInputDialog(suggestion);
      dialog.initOwner(owner);
      dialog.setTitle("New route");
      dialog.setHeaderText(question);
      dialog.setContentText("Destination (CIDR or prefix list):");
      dialog.getEditor().setId("routeDestination");
      dialog.resultProperty().addListener((observable, before, result) -> {
        if (result != null) {
          answer.accept(result.trim());
        }
      });
      dialog.show();
    };
  }
}
