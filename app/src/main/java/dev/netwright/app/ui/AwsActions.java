package dev.netwright.app.ui;

import dev.netwright.app.ui.aws.DriftDialog;
import dev.netwright.app.ui.aws.ImportFromAwsDialog;
import dev.netwright.app.ui.aws.PlanAndApplyDialog;
import dev.netwright.app.ui.canvas.DesignCanvas;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The AWS menu: import an account as a new design, plan and apply the design to an account, compare the two. */
final class AwsActions {
  private final DesignSession session;
  private final DesignCanvas canvas;
  private final Supplier<Window> owner;
  private final DesignFiles files;

  AwsActions(DesignSession session, DesignCanvas canvas, Supplier<Window> owner, DesignFiles files) {
    this.session = session;
    this.canvas = canvas;
    this.owner = owner;
    this.files = files;
  }

  /** Asks before losing unsaved changes, then imports an account in the background. */
  void importFromAws() {
    if (!files.confirmDiscard()) {
      return;
    }
    new ImportFromAwsDialog(owner.get(), session.document().region().name(), imported -> {
      session.replace(DesignFiles.complete(imported), null);
      canvas.fit();
      canvas.showHint("Imported " + imported.topology().size() + " elements from AWS");
    }).show();
  }

  /** Shows what apply would change in the account, and applies it once confirmed. */
  void planAndApply() {
    new PlanAndApplyDialog(owner.get(), session.document()).show();
  }

  /** Lists and marks how the design and the account differ, and takes the account's side element by element. */
  void compareWithAccount() {
    new DriftDialog(owner.get(), session).show();
  }
}
