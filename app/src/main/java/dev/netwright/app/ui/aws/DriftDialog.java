package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.AwsSettings;
import dev.netwright.app.aws.Drift;
import dev.netwright.app.aws.DriftChoice;
import dev.netwright.app.aws.Planner;
import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.NetwrightException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Compare with Account…": reads the account (off the FX thread), lists how the design and the
 * account differ — what apply would create or change, and what the account has that the design
 * does not — marks those elements on the canvas, and takes the account's side of the selected
 * difference into the design as one undo step. Closing it clears the marks.
 */
public final class DriftDialog {
  private final DesignSession design;
  private final Window owner;
  private final AwsConnectionForm form;
  private final ListView<Drift.Difference> differences = new ListView<>();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label status = new Label();
  private final Button compareButton = new Button("Compare");
  private final Button takeButton = new Button("Take the account's side");
  private final Button cancelButton = new Button("Cancel");
  private final AwsJob job = new AwsJob();
  private final VBox root;
  private Stage stage;

  public DriftDialog(Window owner, DesignSession design) {
    this.owner = owner;
    this.design = design;
    this.form = new AwsConnectionForm(design.document().region().name());
    differences.setId("drift-differences");
    differences.setPrefHeight(220);
    progress.setId("drift-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(job.progress);
    status.setId("drift-status");
    status.textProperty().bind(job.status);
    status.setWrapText(true);
    compareButton.setId("drift-compare");
    compareButton.setOnAction(event -> compare());
    takeButton.setId("drift-take");
    takeButton.disableProperty().bind(differences.getSelectionModel().selectedItemProperty().isNull());
    takeButton.setOnAction(event -> takeAccountSide());
    cancelButton.setId("drift-cancel");
    cancelButton.setDisable(true);
    cancelButton.setOnAction(event -> job.cancel());
    VBox box = new VBox(10, form, new HBox(8, compareButton, takeButton, cancelButton), differences, progress, status);
    VBox.setVgrow(differences, Priority.ALWAYS);
    box.setPadding(new Insets(14));
    this.root = box;
  }

  /** Opens the panel in its own window. */
  public void show() {
    stage = DialogWindow.show(owner, "Compare with Account: " + design.document().name(), root, 640, 520, this::dispose);
  }

  /** The panel's content, for embedding it (tests put it into their own window). */
  VBox root() {
    return root;
  }

  private void compare() {
    AwsSettings settings;
    try {
      settings = form.settings();
    } catch (NetwrightException e) {
      job.status.set(e.getMessage());
      return;
    }
    var document = design.document();
    compareButton.setDisable(true);
    cancelButton.setDisable(false);
    job.run(listener -> {
      try (AwsSession session = AwsSession.open(settings)) {
        return Drift.of(new Planner(session).plan(document, listener, job.cancellation()));
      }
    }, drift -> {
      differences.getItems().setAll(drift.differences());
      design.driftMarksProperty().set(drift.marks());
      job.status.set(drift.isEmpty() ? "The account matches the design." : drift.differences().size() + " differences");
      compareButton.setDisable(false);
      cancelButton.setDisable(true);
    }, failure -> {
      job.status.set(DialogWording.of(failure, settings));
      compareButton.setDisable(false);
      cancelButton.setDisable(true);
    });
  }

  /** The account's side of the selected difference, into the design as one undo step; a refusal is told, not thrown. */
  private void takeAccountSide() {
    Drift.Difference chosen = differences.getSelectionModel().getSelectedItem();
    try {
      var command = DriftChoice.takeAccountSide(design.editor(), chosen);
      differences.getItems().remove(chosen);
      Map<dev.netwright.model.ElementId, String> marks = new LinkedHashMap<>(design.driftMarks());
      marks.remove(chosen.id());
      design.driftMarksProperty().set(marks);
      job.status.set(command.label() + " (Undo takes it back)");
    } catch (NetwrightException refused) {
      job.status.set(refused.getMessage());
    }
  }

  /** The differences listed, for tests. */
  List<Drift.Difference> listed() {
    return List.copyOf(differences.getItems());
  }

  /** Stops a running comparison and clears the marks. */
  void dispose() {
    job.shutdown();
    design.driftMarksProperty().set(Map.of());
  }
}
