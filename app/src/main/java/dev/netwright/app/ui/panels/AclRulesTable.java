package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rules of one direction of a network ACL as an ordered table (rule number, protocol, ports
 * or ICMP type, CIDR, allow or deny; the catch-all {@code *} that denies the rest under it), and
 * the fields of one rule under it: selecting a row fills them, Apply changes that rule (its number
 * too), Add adds a rule, Remove removes it, ↑ and ↓ swap its number with its neighbour's (so that
 * it is checked earlier or later) and Renumber spaces all numbers out as 100, 110, … in their
 * order. A value that is not valid is marked at its field and nothing is applied; every change is
 * one undo step.
 */
final class AclRulesTable extends VBox {
  /** The first number and the step of Renumber, as the AWS console suggests. */
  static final int FIRST = 100;
  static final int STEP = 10;
  static final String FOCUSED = "focused-rule";

  private final InspectorEdits edits;
  private final ElementId aclId;
  private final boolean inbound;
  private final String prefix;
  private final TableView<AclRule> table = new TableView<>();
  private final TextField number = new TextField();
  private final ChoiceBox<Protocol> protocol = new ChoiceBox<>();
  private final TextField ports = new TextField();
  private final TextField cidr = new TextField();
  private final ChoiceBox<AclAction> action = new ChoiceBox<>();
  private final Label error = new Label();
  private final Label last;
  /** The number of the rule to select once the design shows the change; null to keep what is selected. */
  private Integer selectAfter;

  AclRulesTable(InspectorEdits edits, ElementId aclId, boolean inbound) {
    this.edits = edits;
    this.aclId = aclId;
    this.inbound = inbound;
    this.prefix = inbound ? "acl-in" : "acl-out";
    setSpacing(4);
    setId(prefix);
    Label caption = new Label(inbound ? "Inbound rules (checked in order, the first match decides)"
        : "Outbound rules (checked in order, the first match decides)");
    caption.getStyleClass().add("field-caption");
    caption.setWrapText(true);
    table.setId(prefix + "-table");
    table.setPrefHeight(150);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No rules: rule * denies everything"));
    table.getColumns().add(column("#", 42, rule -> Integer.toString(rule.number())));
    table.getColumns().add(column("Traffic", 112, AclRulesTable::trafficText));
    table.getColumns().add(column(inbound ? "Source" : "Destination", 100, rule -> rule.cidr().toString()));
    table.getColumns().add(column("Action", 48, rule -> rule.action().code()));
    table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> fill(after));
    last = new Label("*  all traffic " + (inbound ? "from" : "to") + " 0.0.0.0/0: deny (what no rule matches)");
    last.getStyleClass().add("field-info");
    last.setId(prefix + "-catch-all");
    last.setWrapText(true);

    setUp(number, "number", "#", 4);
    protocol.setId(prefix + "-protocol");
    protocol.getItems().setAll(Protocol.values());
    protocol.setValue(Protocol.TCP);
    protocol.setConverter(ElementForm.converter(AclRulesTable::protocolText));
    protocol.valueProperty().addListener((obs, before, after) -> portsPrompt());
    setUp(ports, "ports", "", 7);
    portsPrompt();
    setUp(cidr, "cidr", "0.0.0.0/0", 9);
    action.setId(prefix + "-action");
    action.getItems().setAll(AclAction.values());
    action.setValue(AclAction.ALLOW);
    HBox fields = new HBox(4, number, protocol, ports);
    HBox.setHgrow(ports, Priority.ALWAYS);
    ports.setMaxWidth(Double.MAX_VALUE);
    HBox where = new HBox(4, cidr, action);
    HBox.setHgrow(cidr, Priority.ALWAYS);
    cidr.setMaxWidth(Double.MAX_VALUE);
    Button add = button("Add", "add", "Add the rule the fields describe");
    add.setOnAction(event -> act(this::addRule));
    Button apply = button("Apply", "apply", "Change the selected rule to what the fields say");
    apply.setOnAction(event -> act(this::applyToSelected));
    Button remove = button("Remove", "remove", "Remove the selected rule");
    remove.setOnAction(event -> act(this::removeSelected));
    Button up = button("↑", "up", "Check the selected rule earlier (swap its number with the rule above)");
    up.setOnAction(event -> act(() -> swap(-1)));
    Button down = button("↓", "down", "Check the selected rule later (swap its number with the rule below)");
    down.setOnAction(event -> act(() -> swap(1)));
    Button renumber = button("Renumber", "renumber", "Number the rules " + FIRST + ", " + (FIRST + STEP) + ", … in their order");
    renumber.setOnAction(event -> act(this::renumber));
    for (Button needsRow : List.of(apply, remove, up, down)) {
      needsRow.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }
    HBox rowButtons = new HBox(4, up, down, remove, renumber);
    HBox fieldButtons = new HBox(4, add, apply);
    error.setId(prefix + "-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    getChildren().addAll(caption, table, last, rowButtons, fields, where, fieldButtons, error);
  }

  private void setUp(TextField field, String id, String prompt, int columns) {
    field.setId(prefix + "-" + id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(columns);
  }

  private Button button(String text, String id, String tip) {
    Button button = new Button(text);
    button.setId(prefix + "-" + id);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setTooltip(new Tooltip(tip));
    return button;
  }

  private static TableColumn<AclRule, String> column(String title, double width, Function<AclRule, String> text) {
    TableColumn<AclRule, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setReorderable(false);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    return column;
  }

  static String protocolText(Protocol protocol) {
    return protocol == Protocol.ALL ? "all" : protocol.name().toLowerCase(Locale.ROOT);
  }

  /** The protocol and ports of a rule: {@code tcp 443}, {@code udp all}, {@code icmp type 8}, {@code icmp all}, {@code all}. */
  static String trafficText(AclRule rule) {
    switch (rule.protocol()) {
      case TCP:
      case UDP:
        return protocolText(rule.protocol()) + " " + (rule.ports().equals(PortRange.ALL) ? "all" : rule.ports().toString());
      case ICMP:
        return rule.icmpType() < 0 ? "icmp all" : "icmp type " + rule.icmpType();
      default:
        return "all traffic";
    }
  }

  private void portsPrompt() {
    Protocol chosen = protocol.getValue();
    ports.setDisable(chosen == Protocol.ALL);
    ports.setPromptText(chosen == Protocol.ICMP ? "type, blank: all" : chosen == Protocol.ALL ? "all" : "443 or 1024-65535");
  }

  /** Shows the rules of the design's ACL, selecting the rule an edit just made (or the one selected before). */
  void show(List<AclRule> rules) {
    AclRule selected = table.getSelectionModel().getSelectedItem();
    Integer wanted = selectAfter != null ? selectAfter : selected == null ? null : selected.number();
    selectAfter = null;
    if (!table.getItems().equals(rules)) {
      table.getItems().setAll(rules);
    }
    if (wanted != null) {
      select(wanted);
    }
  }

  /** Selects the rule numbered {@code wanted} and shows it; false when there is none. */
  boolean select(int wanted) {
    for (AclRule rule : table.getItems()) {
      if (rule.number() == wanted) {
        table.getSelectionModel().select(rule);
        table.scrollTo(rule);
        return true;
      }
    }
    table.getSelectionModel().clearSelection();
    return false;
  }

  /**
   * Shows the rule a blocked path names: selects the rule numbered {@code wanted}, or, for null,
   * marks the catch-all rule * under the table.
   */
  void focusRule(Integer wanted) {
    last.getStyleClass().remove(FOCUSED);
    if (wanted == null) {
      table.getSelectionModel().clearSelection();
      last.getStyleClass().add(FOCUSED);
    } else {
      select(wanted);
    }
  }

  /** True while the catch-all rule * is marked as the one a path names; for tests. */
  boolean catchAllFocused() {
    return last.getStyleClass().contains(FOCUSED);
  }

  /** The rule selected in the table, if any. */
  AclRule selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private void fill(AclRule rule) {
    clearError();
    if (rule != null) {
      last.getStyleClass().remove(FOCUSED);
    }
    if (rule == null) {
      return;
    }
    number.setText(Integer.toString(rule.number()));
    protocol.setValue(rule.protocol());
    ports.setText(switch (rule.protocol()) {
      case TCP, UDP -> rule.ports().toString();
      case ICMP -> rule.icmpType() < 0 ? "" : Integer.toString(rule.icmpType());
      default -> "";
    });
    cidr.setText(rule.cidr().toString());
    action.setValue(rule.action());
  }

  /** The rule the fields describe; marks the first field that is not valid and throws. */
  private AclRule fromFields() {
    int ruleNumber = parse(number, text -> {
      try {
        int value = Integer.parseInt(text.trim());
        if (value >= 1 && value <= AclRule.MAX_NUMBER) {
          return value;
        }
      } catch (NumberFormatException notANumber) {
        // said below
      }
      throw new InvalidValueException("the rule number must be a whole number from 1 to " + AclRule.MAX_NUMBER + ", not '"
          + text.trim() + "'");
    });
    Protocol chosen = protocol.getValue();
    PortRange range = PortRange.ALL;
    int icmpType = -1;
    if (chosen == Protocol.TCP || chosen == Protocol.UDP) {
      range = parse(ports, text -> PortRange.parse(text.trim()));
    } else if (chosen == Protocol.ICMP) {
      icmpType = parse(ports, AclRulesTable::icmpType);
    }
    Cidr block = parse(cidr, text -> Cidr.parse(text.trim()));
    return new AclRule(ruleNumber, chosen, range, icmpType, block, action.getValue());
  }

  private static int icmpType(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("all") || trimmed.equals("-1")) {
      return -1;
    }
    try {
      int type = Integer.parseInt(trimmed);
      if (type >= 0 && type <= 255) {
        return type;
      }
    } catch (NumberFormatException notANumber) {
      // said below
    }
    throw new InvalidValueException("an ICMP type is a number from 0 to 255 (blank for all types), not '" + trimmed + "'");
  }

  private <T> T parse(TextField field, Function<String, T> parser) {
    try {
      return parser.apply(field.getText() == null ? "" : field.getText());
    } catch (NetwrightException e) {
      markError(field, e.getMessage());
      throw e;
    }
  }

  private void addRule() {
    AclRule rule = fromFields();
    if (numbered(rule.number()) != null) {
      markError(number, "rule " + rule.number() + " already exists: give the new rule a number of its own");
      throw new InvalidValueException(error.getText());
    }
    List<AclRule> rules = new ArrayList<>(table.getItems());
    rules.add(rule);
    commit(rules, rule.number());
  }

  private void applyToSelected() {
    AclRule old = selected();
    AclRule rule = fromFields();
    AclRule clash = numbered(rule.number());
    if (clash != null && !clash.equals(old)) {
      markError(number, "rule " + rule.number() + " already exists: choose a free number, or use ↑ and ↓ to swap rules");
      throw new InvalidValueException(error.getText());
    }
    List<AclRule> rules = new ArrayList<>(table.getItems());
    rules.set(rules.indexOf(old), rule);
    commit(rules, rule.number());
  }

  private void removeSelected() {
    List<AclRule> rules = new ArrayList<>(table.getItems());
    rules.remove(selected());
    commit(rules, null);
  }

  /** Swaps the selected rule's number with its neighbour's, which changes the order they are checked in. */
  private void swap(int step) {
    List<AclRule> rules = new ArrayList<>(table.getItems());
    int at = rules.indexOf(selected());
    int other = at + step;
    if (other < 0 || other >= rules.size()) {
      throw new InvalidValueException("rule " + rules.get(at).number() + " is already checked " + (step < 0 ? "first" : "last"));
    }
    AclRule moving = rules.get(at);
    AclRule neighbour = rules.get(other);
    rules.set(at, renumbered(moving, neighbour.number()));
    rules.set(other, renumbered(neighbour, moving.number()));
    commit(rules, neighbour.number());
  }

  private void renumber() {
    List<AclRule> rules = new ArrayList<>();
    AclRule old = selected();
    Integer keep = null;
    int next = FIRST;
    for (AclRule rule : table.getItems()) {
      if (rule.equals(old)) {
        keep = next;
      }
      rules.add(renumbered(rule, next));
      next += STEP;
    }
    commit(rules, keep);
  }

  private static AclRule renumbered(AclRule rule, int newNumber) {
    return new AclRule(newNumber, rule.protocol(), rule.ports(), rule.icmpType(), rule.cidr(), rule.action());
  }

  private AclRule numbered(int wanted) {
    return table.getItems().stream().filter(rule -> rule.number() == wanted).findFirst().orElse(null);
  }

  private void commit(List<AclRule> rules, Integer select) {
    selectAfter = select;
    try {
      edits.setAclRules(aclId, inbound, rules);
    } finally {
      // applied, the refreshed table has used it; refused or unchanged, the table shows what it showed
      selectAfter = null;
    }
  }

  private void act(Runnable change) {
    clearError();
    try {
      change.run();
    } catch (NetwrightException e) {
      if (error.getText().isEmpty()) {
        error.setText(e.getMessage());
      }
    }
  }

  private void markError(TextField field, String message) {
    ValidatedField.markInvalid(error, field, message);
  }

  private void clearError() {
    ValidatedField.clearInvalid(error, number, ports, cidr);
  }

  /** The reason the last change was refused, empty when it was not; for tests. */
  String errorText() {
    return error.getText();
  }
}
