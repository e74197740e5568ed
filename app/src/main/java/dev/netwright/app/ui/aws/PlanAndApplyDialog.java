package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.Applier;
import dev.netwright.app.aws.ApplyResult;
import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.AwsSettings;
import dev.netwright.app.aws.Plan;
import dev.netwright.app.aws.PlanReport;
import dev.netwright.app.aws.PlannedChange;
import dev.netwright.app.aws.Planner;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Plan and Apply…": shows what apply would change in the account, asks for confirmation (a
 * checkbox that names the account change), then applies with progress and Cancel and shows the
 * outcome: what was done, or what was rolled back and what remains. AWS calls run off the FX thread.
 */
public final class PlanAndApplyDialog {
  private final VBox root;
  private final Window owner;
  private Stage stage;
  private final Document design;
  private final AwsConnectionForm form;
  private final ListView<String> changes = new ListView<>();
  private final CheckBox confirm = new CheckBox("Change the account as listed");
  private final ProgressBar progress = new ProgressBar(0);
  private final StatusText status;
  private final TextArea outcome = new TextArea();
  private final Button planButton = new Button("Plan");
  private final Button applyButton = new Button("Apply");
  private final Button cancelButton = new Button("Cancel");
  private final AwsJob job = new AwsJob();
  private Plan plan;
  private AwsSession session;
  private AwsSettings lastSettings;

  public PlanAndApplyDialog(Window owner, Document design) {
    this.design = design;
    this.form = new AwsConnectionForm(design.region().name());
    changes.setId("aws-changes");
    changes.setPrefHeight(180);
    confirm.setId("aws-confirm");
    confirm.setDisable(true);
    progress.setId("aws-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(job.progress);
    status = new StatusText(job.status);
    outcome.setId("aws-outcome");
    outcome.setEditable(false);
    outcome.setPrefRowCount(6);
    planButton.setId("aws-plan");
    planButton.setOnAction(event -> plan());
    applyButton.setId("aws-apply");
    applyButton.disableProperty().bind(confirm.selectedProperty().not().or(confirm.disabledProperty()));
    applyButton.setOnAction(event -> apply());
    cancelButton.setId("aws-cancel");
    cancelButton.setOnAction(event -> job.cancel());
    HBox buttons = new HBox(8, planButton, confirm, applyButton, cancelButton);
    VBox root = new VBox(10, form, changes, buttons, progress, status, outcome);
    VBox.setVgrow(changes, Priority.ALWAYS);
    root.setPadding(new Insets(14));
    this.root = root;
    this.owner = owner;
  }

  /** Opens the dialog in its own window, modal to the owner. */
  public void show() {
    stage = DialogWindow.show(owner, "Plan and Apply: " + design.name(), root, 640, 560, this::dispose);
  }

  /** The dialog's content, for embedding it (tests put it into their own window). */
  VBox root() {
    return root;
  }

  private void close() {
    if (stage != null) {
      stage.close();
    }
  }

  private void plan() {
    AwsSettings settings;
    try {
      settings = form.settings();
    } catch (NetwrightException e) {
      job.status.set(e.getMessage());
      return;
    }
    lastSettings = settings;
    closeSession();
    session = AwsSession.open(settings);
    AwsSession current = session;
    busy(true);
    confirm.setSelected(false);
    confirm.setDisable(true);
    job.run(listener -> new Planner(current).plan(design, listener, job.cancellation()), made -> {
      plan = made;
      changes.getItems().setAll(made.changes().stream().map(PlannedChange::toString).toList());
      job.status.set(made.isEmpty() ? "No changes: the account matches the design."
          : made.changes().size() + " changes: " + made.count(PlannedChange.Action.CREATE) + " to create, "
              + made.count(PlannedChange.Action.UPDATE) + " to update, " + made.count(PlannedChange.Action.DELETE) + " to delete");
      confirm.setDisable(made.isEmpty());
      busy(false);
    }, failure -> {
      job.status.set(DialogWording.of(failure, lastSettings));
      busy(false);
    });
  }

  private void apply() {
    Plan confirmed = plan;
    AwsSession current = session;
    busy(true);
    confirm.setSelected(false);
    confirm.setDisable(true);
    job.run(listener -> new Applier(current).apply(confirmed, listener, job.cancellation()), (ApplyResult result) -> {
      outcome.setText(PlanReport.text(result));
      job.status.set(result.succeeded() ? "Applied." : "Apply failed and was rolled back.");
      busy(false);
    }, failure -> {
      job.status.set(DialogWording.of(failure, lastSettings));
      busy(false);
    });
  }

  private void busy(boolean running) {
    planButton.setDisable(running);
    cancelButton.setDisable(!running);
  }

  /** Stops a running job, lets the worker thread go and closes the AWS clients. */
  void dispose() {
    job.shutdown();
    closeSession();
  }

  private void closeSession() {
    if (session != null) {
      session.close();
      session = null;
    }
  }
}
