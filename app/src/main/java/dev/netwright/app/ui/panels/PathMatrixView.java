package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Every subnet × every target at once: one row per subnet, one column per target of the matrix,
 * each cell its verdict in colour (private, via NAT, internet, blocked). Clicking a cell asks for
 * that path to be shown.
 */
final class PathMatrixView extends TableView<PathMatrixView.Row> {
  static final String CELL = "matrix-cell";

  /** One subnet and its answers, in the order of the matrix's targets. */
  record Row(Subnet subnet, List<PathAnswer> answers) {
  }

  private final BiConsumer<ElementId, Target> onPick;
  private List<Target> shownTargets = List.of();
  private Topology topology = Topology.empty();

  /** @param onPick told the subnet and target of a clicked cell */
  PathMatrixView(BiConsumer<ElementId, Target> onPick) {
    this.onPick = onPick;
    setId("path-matrix");
    setPlaceholder(new Label("No subnets to answer for"));
    getSelectionModel().setCellSelectionEnabled(true);
  }

  void show(PathMatrix matrix) {
    topology = matrix.topology();
    if (!matrix.targets().equals(shownTargets)) {
      rebuildColumns(matrix.targets());
    }
    List<Row> rows = new ArrayList<>();
    for (Subnet subnet : topology.subnets()) {
      List<PathAnswer> answers = new ArrayList<>();
      for (Target target : shownTargets) {
        answers.add(matrix.answer(subnet.id(), target).orElse(null));
      }
      rows.add(new Row(subnet, answers));
    }
    getItems().setAll(rows);
  }

  private void rebuildColumns(List<Target> targets) {
    shownTargets = List.copyOf(targets);
    getColumns().clear();
    TableColumn<Row, String> subnetColumn = new TableColumn<>("Subnet");
    subnetColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().subnet().label()));
    subnetColumn.setPrefWidth(140);
    getColumns().add(subnetColumn);
    for (int i = 0; i < shownTargets.size(); i++) {
      int position = i;
      Target target = shownTargets.get(i);
      TableColumn<Row, PathAnswer> column = new TableColumn<>(PathChoices.targetText(topology, target));
      column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().answers().get(position)));
      column.setCellFactory(view -> new VerdictCell(target));
      column.setPrefWidth(95);
      column.setSortable(false);
      getColumns().add(column);
    }
  }

  /** A verdict in colour; a click shows its path. */
  private final class VerdictCell extends TableCell<Row, PathAnswer> {
    private final Target target;

    VerdictCell(Target target) {
      this.target = target;
      getStyleClass().add(CELL);
      setOnMouseClicked(event -> {
        Row row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && getItem() != null) {
          onPick.accept(row.subnet().id(), this.target);
        }
      });
    }

    @Override
    protected void updateItem(PathAnswer answer, boolean empty) {
      super.updateItem(answer, empty);
      if (empty || answer == null) {
        setText(null);
        setTooltip(null);
        setUserData(null);
        PathVerdict.applyStyle(this, null);
        return;
      }
      PathVerdict verdict = PathVerdict.of(answer);
      setText(verdict.shortText());
      setUserData(answer);
      PathVerdict.applyStyle(this, verdict);
      setTooltip(new Tooltip(answer.reachable() ? "Reachable" + (answer.endpoint() == null ? "" : " through " + answer.endpoint())
          : "Blocked at " + answer.blockedBy().id() + ": " + answer.blockedBy().reason()));
    }
  }
}
