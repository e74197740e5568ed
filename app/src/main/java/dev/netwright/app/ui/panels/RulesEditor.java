package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rules of a security group as one table (inbound and outbound), with a row to add a rule
 * (direction, protocol, ports, source or destination, description) and a button to remove the
 * selected one. Ports and peers are checked before anything is applied; a rule for a group that
 * does not exist is refused.
 */
final class RulesEditor extends VBox {
  static final String INBOUND = "Inbound";
  static final String OUTBOUND = "Outbound";

  /** One row of the table: a rule and its direction. */
  record RuleRow(boolean ingress, SecurityRule rule) {
  }

  private final InspectorEdits edits;
  private final ElementId groupId;
  private final TableView<RuleRow> table = new TableView<>();
  private final ChoiceBox<String> direction = new ChoiceBox<>();
  private final ChoiceBox<Protocol> protocol = new ChoiceBox<>();
  private final TextField ports = new TextField();
  private final TextField peer = new TextField();
  private final TextField description = new TextField();
  private final Label error = new Label();

  RulesEditor(InspectorEdits edits, ElementId groupId) {
    this.edits = edits;
    this.groupId = groupId;
    setSpacing(4);
    table.setId("rules-table");
    table.setPrefHeight(180);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No rules: nothing is admitted and nothing leaves"));
    table.getColumns().add(column("Rule", 170, RulesEditor::describe));
    table.getColumns().add(column("Description", 80, row -> row.rule().description()));

    direction.setId("rule-direction");
    direction.getItems().setAll(INBOUND, OUTBOUND);
    direction.setValue(INBOUND);
    protocol.setId("rule-protocol");
    protocol.getItems().setAll(Protocol.values());
    protocol.setValue(Protocol.TCP);
    ports.setId("rule-ports");
    ports.setPromptText("443 or 1024-65535");
    ports.setPrefColumnCount(6);
    ports.disableProperty().bind(protocol.valueProperty().isEqualTo(Protocol.ALL).or(protocol.valueProperty().isEqualTo(Protocol.ICMP)));
    peer.setId("rule-peer");
    peer.setPromptText("10.0.0.0/16, sg id or pl-…");
    peer.setPrefColumnCount(10);
    description.setId("rule-description");
    description.setPromptText("description");
    Button add = new Button("Add");
    add.setId("rule-add");
    add.setMinWidth(Region.USE_PREF_SIZE);
    add.setOnAction(event -> addRule());
    Button remove = new Button("Remove");
    remove.setId("rule-remove");
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(event -> removeSelected());
    HBox first = new HBox(4, direction, protocol, ports);
    HBox.setHgrow(ports, Priority.ALWAYS);
    ports.setMaxWidth(Double.MAX_VALUE);
    peer.setMaxWidth(Double.MAX_VALUE);
    HBox second = new HBox(4, description, add);
    HBox.setHgrow(description, Priority.ALWAYS);
    Label addCaption = new Label("Add a rule: direction, protocol, ports; peer (CIDR, security group or prefix list)");
    addCaption.getStyleClass().add("field-caption");
    addCaption.setWrapText(true);
    error.setId("rule-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    Label caption = new Label("Rules");
    caption.getStyleClass().add("field-caption");
    getChildren().addAll(caption, table, remove, addCaption, first, peer, second, error);
  }

  private static TableColumn<RuleRow, String> column(String title, double width,
      Function<RuleRow, String> text) {
    TableColumn<RuleRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    return column;
  }

  /** A rule in one line, e.g. {@code in tcp 443 from 10.0.0.0/16} or {@code out all to 0.0.0.0/0}. */
  static String describe(RuleRow row) {
    SecurityRule rule = row.rule();
    String protocol = rule.protocol() == Protocol.ALL ? "all traffic" : rule.protocol().name().toLowerCase(Locale.ROOT);
    String ports = rule.protocol() == Protocol.TCP || rule.protocol() == Protocol.UDP ? " " + rule.ports() : "";
    return (row.ingress() ? "in " : "out ") + protocol + ports + (row.ingress() ? " from " : " to ") + rule.peer().text();
  }

  void show(SecurityGroup group) {
    List<RuleRow> rows = new ArrayList<>();
    group.ingress().forEach(rule -> rows.add(new RuleRow(true, rule)));
    group.egress().forEach(rule -> rows.add(new RuleRow(false, rule)));
    table.getItems().setAll(rows);
  }

  private void addRule() {
    clearError();
    Protocol chosen = protocol.getValue();
    PortRange range;
    try {
      range = chosen == Protocol.TCP || chosen == Protocol.UDP ? PortRange.parse(ports.getText()) : PortRange.ALL;
    } catch (NetwrightException e) {
      markError(ports, e.getMessage());
      return;
    }
    RulePeer rulePeer;
    try {
      rulePeer = parsePeer(peer.getText());
    } catch (NetwrightException e) {
      markError(peer, e.getMessage());
      return;
    }
    try {
      edits.addRule(groupId, INBOUND.equals(direction.getValue()),
          new SecurityRule(chosen, range, rulePeer, description.getText().trim()));
      ports.clear();
      peer.clear();
      description.clear();
    } catch (NetwrightException e) {
      markError(peer, e.getMessage());
    }
  }

  private RulePeer parsePeer(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      throw new NetwrightException("a rule needs a source or destination: a CIDR block, a security group or a prefix list");
    }
    RulePeer parsed = RulePeer.parse(trimmed);
    if (parsed instanceof RulePeer.GroupPeer group && edits.topology().find(group.groupId(), SecurityGroup.class).isEmpty()) {
      throw new NetwrightException("'" + trimmed + "' is neither a CIDR block, a prefix list nor a security group of this design");
    }
    return parsed;
  }

  private void removeSelected() {
    RuleRow selected = table.getSelectionModel().getSelectedItem();
    if (selected != null) {
      try {
        clearError();
        edits.removeRule(groupId, selected.ingress(), selected.rule());
      } catch (NetwrightException e) {
        error.setText(e.getMessage());
      }
    }
  }

  private void markError(TextField field, String message) {
    ValidatedField.markInvalid(error, field, message);
  }

  private void clearError() {
    ValidatedField.clearInvalid(error, ports, peer);
  }
}
