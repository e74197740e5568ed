package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The problems panel: every finding of the checks on the current design, in the checks' order, refreshed
 * after every edit by {@link BackgroundChecks} without holding up the window. Clicking a finding
 * (or pressing Enter on it) selects its elements and asks the canvas to bring them into view.
 */
public final class ProblemsPanel extends VBox {
  private final DesignSession session;
  private final BackgroundChecks checks;
  private final TableView<Finding> table = new TableView<>();
  private final Label summary = new Label();
  private final Label failure = new Label();

  /**
   * A panel that checks the session's design with every rule of {@link Checks}, through one
   * {@link CheckSession} so that an edit re-checks only the VPC it touched.
   */
  public ProblemsPanel(DesignSession session) {
    this(session, everyRule());
  }

  /** A panel that checks the session's design with {@code check} (run off the FX thread, one call at a time). */
  public ProblemsPanel(DesignSession session, Function<Document, List<Finding>> check) {
    this.session = session;
    this.checks = new BackgroundChecks(session, check);
    setId("problems");
    getStyleClass().addAll("panel", "problems-panel");
    getStylesheets().add(PanelStyles.URL);
    Label title = new Label("Problems");
    title.getStyleClass().add("panel-title");
    summary.setId("problems-summary");
    failure.setId("problems-failure");
    failure.getStyleClass().add("field-error");
    failure.textProperty().bind(Bindings.createStringBinding(() -> checks.failureProperty().get().isEmpty() ? ""
        : "The checks stopped: " + checks.failureProperty().get(), checks.failureProperty()));
    failure.managedProperty().bind(checks.failureProperty().isNotEmpty());
    HBox header = new HBox(12, title, summary);
    buildTable();
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(header, failure, table);
    session.findingsProperty().addListener((obs, before, after) -> show(after));
    show(session.findings());
  }

  /** The checks that feed this panel: wait on {@link BackgroundChecks#whenSettled()} for the current findings. */
  public BackgroundChecks checks() {
    return checks;
  }

  private static Function<Document, List<Finding>> everyRule() {
    CheckSession checkSession = new CheckSession(Checks.all());
    return document -> checkSession.check(document.topology());
  }

  private void buildTable() {
    table.setId("problems-table");
    table.setPlaceholder(new Label("No problems found"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Finding, Severity> severity = new TableColumn<>("Severity");
    severity.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().severity()));
    severity.setCellFactory(column -> new SeverityCell());
    severity.setPrefWidth(70);
    severity.setMaxWidth(90);
    TableColumn<Finding, String> rule = new TableColumn<>("Rule");
    rule.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().rule()));
    rule.setPrefWidth(150);
    rule.setMaxWidth(220);
    TableColumn<Finding, String> elements = new TableColumn<>("Elements");
    elements.setCellValueFactory(row -> new ReadOnlyStringWrapper(labels(row.getValue().elements())));
    elements.setPrefWidth(160);
    elements.setMaxWidth(320);
    TableColumn<Finding, String> message = new TableColumn<>("Message");
    message.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().message()));
    message.setPrefWidth(420);
    message.setCellFactory(column -> new MessageCell());
    table.getColumns().add(severity);
    table.getColumns().add(rule);
    table.getColumns().add(elements);
    table.getColumns().add(message);
    table.setOnKeyPressed(event -> {
      Finding selected = table.getSelectionModel().getSelectedItem();
      if (event.getCode() == KeyCode.ENTER && selected != null) {
        session.reveal(selected.elements());
        event.consume();
      }
    });
    table.setRowFactory(view -> {
      TableRow<Finding> row = new TableRow<>();
      row.setOnMouseClicked(event -> {
        if (!row.isEmpty()) {
          session.reveal(row.getItem().elements());
        }
      });
      return row;
    });
  }

  private void show(List<Finding> findings) {
    table.getItems().setAll(findings);
    long errors = session.count(Severity.ERROR);
    long warnings = session.count(Severity.WARNING);
    long infos = session.count(Severity.INFO);
    summary.setText(plural(errors, "error") + ", " + plural(warnings, "warning") + (infos > 0 ? ", " + plural(infos, "note") : ""));
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private String labels(List<ElementId> ids) {
    return String.join(", ", ids.stream()
        .map(id -> session.document().topology().find(id).map(Element::label).orElse(id.value())).toList());
  }

  /** A message, its whole text in a tooltip when the column is too narrow for it. */
  private static final class MessageCell extends TableCell<Finding, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null ? null : new Tooltip(item));
      if (getTooltip() != null) {
        getTooltip().setWrapText(true);
        getTooltip().setMaxWidth(480);
      }
    }
  }

  /** A severity as a coloured word. */
  private static final class SeverityCell extends TableCell<Finding, Severity> {
    @Override
    protected void updateItem(Severity item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(item.label());
      getStyleClass().add("severity-" + item.label());
    }
  }
}
