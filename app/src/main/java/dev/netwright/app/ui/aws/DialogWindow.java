package dev.netwright.app.ui.aws;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window an AWS dialog opens in: its own stage, modal to the designer when there is one. */
final class DialogWindow {
  private DialogWindow() {
  }

  /** Shows {@code root} in a new window; {@code onHidden} runs when it closes, however it closes. */
  static Stage show(Window owner, String title, Parent root, double width, double height, Runnable onHidden) {
    Stage stage = new Stage();
    stage.setTitle(title);
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
    stage.setScene(new Scene(root, width, height));
    stage.setOnHidden(event -> onHidden.run());
    stage.show();
    return stage;
  }
}
