package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.AccountImporter;
import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.AwsSettings;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Import from AWS…": profile, regions and (optionally) VPC ids, a progress bar and Cancel. The
 * import runs off the FX thread; the imported design goes to {@code onImported} on the FX thread.
 */
public final class ImportFromAwsDialog {
  private final VBox root;
  private final Window owner;
  private Stage stage;
  private final AwsConnectionForm form;
  private final TextField vpcs = new TextField();
  private final ProgressBar progress = new ProgressBar(0);
  private final StatusText status;
  private final Button importButton = new Button("Import");
  private final Button cancelButton = new Button("Cancel");
  private final AwsJob job = new AwsJob();
  private final Consumer<Document> onImported;

  public ImportFromAwsDialog(Window owner, String defaultRegion, Consumer<Document> onImported) {
    this.onImported = onImported;
    this.form = new AwsConnectionForm(defaultRegion);
    vpcs.setId("aws-vpcs");
    vpcs.setPromptText("all VPCs (or vpc-…, vpc-…)");
    form.addRow(3, new Label("VPCs"), vpcs);
    progress.setId("aws-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(job.progress);
    status = new StatusText(job.status);
    importButton.setId("aws-import");
    importButton.setDefaultButton(true);
    importButton.setOnAction(event -> start());
    cancelButton.setId("aws-cancel");
    cancelButton.setCancelButton(true);
    cancelButton.setOnAction(event -> cancel());
    HBox buttons = new HBox(8, importButton, cancelButton);
    VBox root = new VBox(10, form, progress, status, buttons);
    VBox.setVgrow(status, Priority.ALWAYS);
    root.setPadding(new Insets(14));
    this.root = root;
    this.owner = owner;
  }

  /** Opens the dialog in its own window, modal to the owner. */
  public void show() {
    stage = DialogWindow.show(owner, "Import from AWS", root, 520, 340, this::dispose);
  }

  /** The dialog's content, for embedding it (tests put it into their own window). */
  VBox root() {
    return root;
  }

  /** True while the dialog's own window is open. */
  boolean isShowing() {
    return stage != null && stage.isShowing();
  }

  private void close() {
    if (stage != null) {
      stage.close();
    }
  }

  private void start() {
    AwsSettings settings;
    Set<String> vpcIds;
    try {
      settings = form.settings();
      vpcIds = new LinkedHashSet<>(Arrays.stream(vpcs.getText().split("[,\\s]+")).filter(id -> !id.isBlank()).toList());
    } catch (NetwrightException e) {
      job.status.set(e.getMessage());
      return;
    }
    importButton.setDisable(true);
    job.run(listener -> {
      try (AwsSession session = AwsSession.open(settings)) {
        return new AccountImporter(session).importAccount(vpcIds, listener, job.cancellation());
      }
    }, result -> {
      job.status.set("Imported " + result.document().topology().size() + " elements"
          + (result.warnings().isEmpty() ? "" : "; " + result.warnings().size() + " left out: " + String.join("; ", result.warnings())));
      importButton.setDisable(false);
      onImported.accept(result.document());
      close();
    }, failure -> {
      job.status.set(DialogWording.of(failure, settings));
      importButton.setDisable(false);
    });
  }

  /**
   * Cancel closes the dialog. A running import is stopped at once (interrupted, not waited for)
   * and whatever it would have read is dropped: nothing is imported.
   */
  private void cancel() {
    if (job.isRunning()) {
      job.abandon();
    }
    close();
  }

  /** Stops a running import (however the window was closed: nothing is imported after it) and lets the worker thread go. */
  void dispose() {
    job.abandon();
    job.shutdown();
  }
}
