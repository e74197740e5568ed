package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.Money;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.Target;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The traffic a subnet (or the on-premises networks behind a VPN gateway) sends, in its Inspector: each flow it states with its GB a month sent and
 * received (each field applied like any other, one undo step), a button to remove it, and a way to
 * state a flow to one more target. What is not stated keeps the design's default per subnet.
 */
final class OutgoingFlowsEditor extends VBox {
  private final InspectorEdits edits;
  private final ElementId subnet;
  private final VBox rows = new VBox(6);
  private final ComboBox<Target> target = new ComboBox<>();
  private final Label error = new Label();
  private List<TrafficFlow> shown;

  /** @param what how the caption names the source: "this subnet", "on-premises" */
  OutgoingFlowsEditor(InspectorEdits edits, ElementId subnet, String what) {
    this.edits = edits;
    this.subnet = subnet;
    setSpacing(6);
    Label caption = new Label("Traffic from " + what + " (GB a month)");
    caption.getStyleClass().add("panel-title");
    caption.setWrapText(true);
    target.setId("inspector-flow-target");
    target.setPromptText("S3, DynamoDB, internet, a service…");
    target.setConverter(PathChoices.targetConverter(edits::topology));
    target.setMaxWidth(Double.MAX_VALUE);
    target.setMinWidth(60);
    Button add = new Button("Add flow");
    add.setId("inspector-flow-add");
    add.setMinWidth(Region.USE_PREF_SIZE);
    add.setOnAction(event -> act(() -> {
      if (target.getValue() == null) {
        throw new NetwrightException("choose where the flow goes first");
      }
      edits.addFlow(subnet, target.getValue());
    }));
    HBox adder = new HBox(6, target, add);
    HBox.setHgrow(target, Priority.ALWAYS);
    adder.setAlignment(Pos.CENTER_LEFT);
    error.setId("inspector-flow-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    getChildren().addAll(caption, rows, adder, error);
  }

  void refresh() {
    Document document = edits.document();
    List<TrafficFlow> flows = document.traffic().flows().stream().filter(flow -> flow.from().equals(subnet)).toList();
    target.getItems().setAll(PathChoices.targets(document.topology()));
    if (flows.equals(shown)) {
      return;
    }
    shown = flows;
    rows.getChildren().clear();
    for (TrafficFlow flow : flows) {
      rows.getChildren().add(row(flow));
    }
    if (flows.isEmpty()) {
      rows.getChildren().add(new Label("None stated: " + Money.gigabytes(document.traffic().unstated().gbPerSubnet())
          + " a month to each service is assumed."));
    }
  }

  private VBox row(TrafficFlow flow) {
    String id = "inspector-flow-" + flow.id();
    Label title = new Label(flow.id() + ": to " + PathChoices.targetText(edits.topology(), flow.to()));
    title.setWrapText(true);
    title.setMaxWidth(Double.MAX_VALUE);
    ValidatedField<BigDecimal> sent = new ValidatedField<>("Sent", id + "-sent", text -> gigabytes(text, "sent"),
        value -> edits.setFlowVolume(flow.id(), value, current(flow).receivedGb()));
    ValidatedField<BigDecimal> received = new ValidatedField<>("Received", id + "-received", text -> gigabytes(text, "received"),
        value -> edits.setFlowVolume(flow.id(), current(flow).sentGb(), value));
    sent.show(flow.sentGb().toPlainString());
    received.show(flow.receivedGb().toPlainString());
    Button remove = new Button("Remove");
    remove.setId(id + "-remove");
    remove.setMinWidth(Region.USE_PREF_SIZE);
    remove.setOnAction(event -> act(() -> edits.removeFlow(flow.id())));
    HBox heading = new HBox(6, title, remove);
    heading.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(title, Priority.ALWAYS);
    HBox volumes = new HBox(6, sent, received);
    HBox.setHgrow(sent, Priority.ALWAYS);
    HBox.setHgrow(received, Priority.ALWAYS);
    return new VBox(2, heading, volumes);
  }

  private TrafficFlow current(TrafficFlow flow) {
    return edits.document().traffic().find(flow.id()).orElse(flow);
  }

  /** A volume as typed: a number of GB of zero or more. */
  static BigDecimal gigabytes(String text, String direction) {
    try {
      return TrafficFlow.gigabytes(Double.parseDouble(text.trim()), direction);
    } catch (NumberFormatException e) {
      throw new NetwrightException("'" + text.trim() + "' is not a number of GB");
    }
  }

  private void act(Runnable edit) {
    try {
      error.setText("");
      edit.run();
    } catch (NetwrightException e) {
      error.setText(e.getMessage());
    }
  }
}
