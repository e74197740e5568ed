package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.CostItem;
import dev.netwright.model.cost.Flow;
import dev.netwright.model.cost.Money;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cost panel's bill, line by line: the elements that charge by the hour or the month (NAT gateways,
 * endpoints, transit gateway attachments and the gateway's processing, hosted zones; with the assumed data
 * they process), then the stated flows with their per-GB charges along their paths. Clicking a line
 * selects its element, or a flow's source subnet, whose Inspector edits its flows.
 */
final class CostBreakdownView extends VBox {
  private final DesignSession session;
  private final GridPane elements = grid("cost-elements");
  private final GridPane flows = grid("cost-flows");
  private final Label flowsTitle = new Label("By flow (per-GB charges along the path)");

  CostBreakdownView(DesignSession session) {
    this.session = session;
    setSpacing(4);
    Label elementsTitle = new Label("By element (hourly charges, and the assumed traffic they process)");
    elementsTitle.getStyleClass().add("field-caption");
    flowsTitle.getStyleClass().add("field-caption");
    getChildren().addAll(elementsTitle, elements, flowsTitle, flows);
  }

  void show(CostFigures figures) {
    CostEstimate estimate = figures.estimate();
    elements.getChildren().clear();
    flows.getChildren().clear();
    int elementRow = 0;
    int flowRow = 0;
    for (CostItem item : estimate.items()) {
      if (item.kind().equals(CostItem.FLOW)) {
        Flow flow = estimate.flows().get(flowRow);
        addRow(flows, flowRow++, item, estimate.currency(), flow.source().id().value());
      } else {
        addRow(elements, elementRow++, item, estimate.currency(), item.id());
      }
    }
    if (elementRow == 0) {
      elements.add(new Label("Nothing billed by the hour or the month: no NAT gateway, endpoint, transit gateway attachment or hosted zone."), 0, 0, 4, 1);
    }
    if (flowRow == 0) {
      flows.add(new Label("No flow stated. Add one from the Paths panel (Add as flow) or from a subnet's Inspector."), 0, 0, 4, 1);
    }
  }

  private void addRow(GridPane grid, int row, CostItem item, String currency, String selects) {
    Label id = new Label(item.id());
    id.setId(grid.getId() + "-" + item.id());
    Label kind = new Label(item.kind());
    kind.getStyleClass().add("field-caption");
    Label amount = new Label(Money.amount(currency, item.monthly()));
    amount.setId(grid.getId() + "-" + item.id() + "-monthly");
    Label detail = new Label(item.detail());
    detail.setId(grid.getId() + "-" + item.id() + "-detail");
    detail.setWrapText(true);
    for (Label label : List.of(id, kind, amount, detail)) {
      label.setOnMouseClicked(event -> session.reveal(List.of(ElementId.of(selects))));
    }
    grid.addRow(row, id, kind, amount, detail);
    GridPane.setHalignment(amount, HPos.RIGHT);
  }

  /** A column as wide as its widest label, never cut to an ellipsis. */
  private static ColumnConstraints fixed() {
    ColumnConstraints column = new ColumnConstraints();
    column.setMinWidth(Region.USE_PREF_SIZE);
    return column;
  }

  private static GridPane grid(String id) {
    GridPane grid = new GridPane();
    grid.setId(id);
    grid.setHgap(10);
    grid.setVgap(2);
    ColumnConstraints detail = new ColumnConstraints();
    detail.setHgrow(Priority.ALWAYS);
    detail.setMinWidth(120);
    grid.getColumnConstraints().addAll(fixed(), fixed(), fixed(), detail);
    return grid;
  }
}
