package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.Recommendation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The advisor's recommendations in the cost panel, biggest saving first: each with what it says,
 * what it saves a month, the total the bill would come to, and an Apply button that makes the
 * change through the editor as one undo step.
 */
final class AdviceView extends VBox {
  private final DesignSession session;
  private final VBox list = new VBox(10);
  private final Label error = new Label();

  AdviceView(DesignSession session) {
    this.session = session;
    setId("cost-advice");
    setSpacing(6);
    Label title = new Label("Advice");
    title.getStyleClass().add("field-caption");
    error.setId("cost-advice-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    getChildren().addAll(title, list, error);
  }

  void show(CostFigures figures) {
    list.getChildren().clear();
    error.setText("");
    String currency = figures.estimate().currency();
    int index = 0;
    for (CostFigures.Advice advice : figures.advice()) {
      Recommendation recommendation = advice.recommendation();
      Label message = new Label(recommendation.message());
      message.setId("cost-advice-message-" + index);
      message.setWrapText(true);
      Label after = new Label("Saves " + Money.amount(currency, recommendation.monthlySavings()) + " a month: the total would be "
          + Money.amount(currency, advice.totalAfter()) + " a month");
      after.setId("cost-advice-after-" + index);
      after.getStyleClass().add("verdict-reachable");
      after.setWrapText(true);
      Button apply = new Button("Apply");
      apply.setId("cost-advice-apply-" + index);
      apply.setOnAction(event -> apply(recommendation));
      apply.setMinWidth(Region.USE_PREF_SIZE);
      if (!recommendation.fix().automatic()) {
        // a change across VPCs, routes and DNS: the message says what to do by hand
        apply.setDisable(true);
        apply.setTooltip(new javafx.scene.control.Tooltip("No automatic change: " + recommendation.fix().label() + " by hand"));
      }
      VBox text = new VBox(2, after, message);
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox item = new HBox(8, apply, text);
      item.setAlignment(Pos.TOP_LEFT);
      list.getChildren().add(item);
      index++;
    }
    if (index == 0) {
      Label none = new Label("No change to recommend at the traffic this design states.");
      none.setId("cost-advice-none");
      none.setWrapText(true);
      list.getChildren().add(none);
    }
  }

  private void apply(Recommendation recommendation) {
    try {
      session.editor().follow(recommendation);
    } catch (NetwrightException e) {
      error.setText("Could not apply: " + e.getMessage());
    }
  }
}
