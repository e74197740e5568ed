package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.History;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cost panel: what the design costs a month at the AWS list prices of a date and region, by
 * element (hourly charges) and by stated flow (per-GB charges along its path), what the last edit
 * changed and how the bill stands against the file on disk, and the advisor's recommendations, each
 * with its saving, the total it would leave and an Apply button that makes the change as one undo
 * step. Figures are worked out off the FX thread after every edit; on demand the canvas shows the
 * flows along their paths and marks the costliest elements.
 */
public final class CostPanel extends VBox {
  private final DesignSession session;
  private final PriceTable prices;
  private final LatestResultWorker<Document, CostFigures> worker;
  private final Label total = new Label();
  private final Label priceBasis = new Label();
  private final Label change = new Label();
  private final Label againstFile = new Label();
  private final Label failure = new Label();
  private final CheckBox showFlows = new CheckBox("Show flows on the canvas");
  private final CheckBox markCostliest = new CheckBox("Mark the costliest");
  private final CostBreakdownView breakdown;
  private final AdviceView adviceView;
  private CostFigures shown;
  private History shownHistory;
  private BigDecimal savedTotal;
  private Path savedFile;

  public CostPanel(DesignSession session) {
    this(session, PriceTable.standard());
  }

  CostPanel(DesignSession session, PriceTable prices) {
    this.session = session;
    this.prices = prices;
    setId("cost");
    getStyleClass().addAll("panel", "cost-panel");
    getStylesheets().add(PanelStyles.URL);
    total.setId("cost-total");
    total.getStyleClass().add("panel-title");
    priceBasis.setId("cost-prices");
    priceBasis.setWrapText(true);
    change.setId("cost-change");
    againstFile.setId("cost-against-file");
    failure.setId("cost-failure");
    failure.getStyleClass().add("field-error");
    showFlows.setId("cost-show-flows");
    markCostliest.setId("cost-mark-costliest");
    showFlows.selectedProperty().addListener((obs, before, after) -> publishMarks());
    markCostliest.selectedProperty().addListener((obs, before, after) -> publishMarks());
    breakdown = new CostBreakdownView(session);
    adviceView = new AdviceView(session);
    for (Label optional : List.of(change, againstFile, failure)) {
      optional.setWrapText(true);
      optional.managedProperty().bind(optional.textProperty().isNotEmpty());
      optional.visibleProperty().bind(optional.textProperty().isNotEmpty());
    }
    VBox summary = new VBox(4, total, change, againstFile, priceBasis, showFlows, markCostliest, failure);
    summary.setPrefWidth(260);
    summary.setMinWidth(220);
    // side by side, so that the total and the first piece of advice with its Apply button show even in a short panel
    HBox content = new HBox(16, summary, adviceView, breakdown);
    HBox.setHgrow(adviceView, Priority.ALWAYS);
    HBox.setHgrow(breakdown, Priority.ALWAYS);
    adviceView.setPrefWidth(420);
    breakdown.setPrefWidth(460);
    ScrollPane scroll = new ScrollPane(content);
    // the panel takes the width the window gives it rather than widening the window's centre
    scroll.setPrefViewportWidth(400);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().add(scroll);
    worker = new LatestResultWorker<>("netwright-cost", document -> CostFigures.of(document, prices), this::publish);
    worker.failureProperty().addListener((obs, before, reason) ->
        failure.setText(reason.isEmpty() ? "" : "The cost estimate stopped: " + reason));
    session.documentProperty().addListener((obs, before, after) -> {
      // advice worked out for the design before this change must not be applied to it
      adviceView.setDisable(true);
      worker.submit(after);
    });
    session.dirtyProperty().addListener((obs, was, dirty) -> {
      // saved: the file on disk now holds the design shown
      if (!dirty && shown != null && shown.document() == session.document()) {
        savedTotal = shown.estimate().monthlyTotal();
        savedFile = session.file();
        againstFile.setText("");
      }
    });
    worker.submit(session.document());
  }

  /** Completes once the figures of the design as it is now are shown: what tests wait on instead of sleeping. */
  public CompletableFuture<?> whenSettled() {
    return worker.whenSettled();
  }

  private void publish(Document document, CostFigures figures) {
    if (session.document() != document) {
      return;
    }
    CostEstimate estimate = figures.estimate();
    String currency = estimate.currency();
    total.setText(Money.amount(currency, estimate.monthlyTotal()) + " a month");
    priceBasis.setText("At the AWS list prices of " + estimate.priceDate() + " for " + estimate.region() + " (" + currency + ")"
        + (estimate.fallbackPrices() ? "; a region of this design has no prices of its own: the figures marked so use "
            + prices.fallbackRegion() + "'s" : "") + ". " + trafficText(document));
    boolean sameDesign = shown != null && shownHistory == session.history();
    BigDecimal changed = sameDesign ? estimate.monthlyTotal().subtract(shown.estimate().monthlyTotal()) : null;
    change.setText(changed == null ? "" : "This change: " + Money.signed(currency, changed) + " a month");
    if (!sameDesign || !session.isDirty()) {
      savedTotal = session.isDirty() ? null : estimate.monthlyTotal();
      savedFile = session.file();
    }
    againstFile.setText(session.isDirty() && savedTotal != null && savedFile != null ? "Against " + savedFile.getFileName()
        + " on disk: " + Money.signed(currency, estimate.monthlyTotal().subtract(savedTotal)) + " a month" : "");
    shown = figures;
    shownHistory = session.history();
    breakdown.show(figures);
    adviceView.show(figures);
    adviceView.setDisable(false);
    publishMarks();
  }

  private static String trafficText(Document document) {
    String unstated = Money.gigabytes(document.traffic().unstated().gbPerSubnet()) + " a month per subnet to each service where no"
        + " flow is stated";
    int flows = document.traffic().flows().size();
    return flows == 0 ? "No flow stated: " + unstated + " (add flows from the Paths panel or a subnet's Inspector)."
        : flows + (flows == 1 ? " flow" : " flows") + " stated; " + unstated + ".";
  }

  private void publishMarks() {
    if (shown == null) {
      return;
    }
    List<CostMarks.FlowLabel> flows = showFlows.isSelected() ? shown.flowLabels() : List.of();
    Map<ElementId, String> costliest = markCostliest.isSelected() ? shown.costliest() : Map.of();
    session.costMarksProperty().set(new CostMarks(flows, costliest));
  }

}
