package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.Blocked;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One path answer in words: the verdict (with what was sent: TCP 443), when a filter's rule stops
 * it the name of that rule (a network ACL and rule number, or a security group and direction) as a
 * link that shows the rule in the Inspector, whether it crosses the internet, goes through a NAT
 * gateway or crosses Availability Zones, the endpoint it uses, its cost per GB, what blocks it and
 * why (on the left), and its hops as a numbered list (on the right). Every line wraps rather than
 * being cut; a panel too low for the answer scrolls it.
 */
final class PathAnswerView extends HBox {
  private final Label verdict = new Label();
  private final Label internet = fact("path-internet");
  private final Label nat = fact("path-nat");
  private final Label zones = fact("path-az");
  private final Label endpoint = fact("path-endpoint");
  private final Label cost = fact("path-cost");
  private final Label blocked = new Label();
  private final Hyperlink rule = new Hyperlink();
  private final VBox hops = new VBox(2);
  /** Told which filter and rule blocks the path shown when its name is clicked. */
  private BiConsumer<ElementId, String> onRule = (filter, which) -> { };
  private ElementId ruleFilter;
  private String ruleName;

  PathAnswerView() {
    setSpacing(16);
    verdict.setId("path-verdict");
    verdict.getStyleClass().add("verdict-label");
    verdict.setWrapText(true);
    verdict.setMinHeight(Region.USE_PREF_SIZE);
    GridPane facts = new GridPane();
    facts.setHgap(10);
    facts.setVgap(2);
    facts.addRow(0, caption("Crosses internet"), internet);
    facts.addRow(1, caption("Via NAT gateway"), nat);
    facts.addRow(2, caption("Crosses AZ"), zones);
    facts.addRow(3, caption("Endpoint used"), endpoint);
    facts.addRow(4, caption("Cost per GB"), cost);
    blocked.setId("path-blocked");
    blocked.getStyleClass().add("field-error");
    blocked.setWrapText(true);
    blocked.setMinHeight(Region.USE_PREF_SIZE);
    rule.setId("path-blocked-rule");
    rule.setWrapText(true);
    rule.setOnAction(event -> {
      if (ruleFilter != null) {
        onRule.accept(ruleFilter, ruleName);
      }
    });
    hops.setId("path-hops");
    VBox summary = new VBox(6, verdict, rule, facts, blocked);
    summary.setPrefWidth(340);
    summary.setMinWidth(220);
    VBox hopList = new VBox(4, caption("Hops"), hops);
    hopList.setMinWidth(160);
    HBox.setHgrow(hopList, Priority.ALWAYS);
    getChildren().addAll(summary, hopList);
    clear("Choose where the traffic starts and where it goes.");
  }

  void clear(String message) {
    verdict.setText(message);
    PathVerdict.applyStyle(verdict, null);
    for (Label label : List.of(internet, nat, zones, endpoint, cost)) {
      label.setText("–");
    }
    blocked.setText("");
    showRule(null, null, null);
    hops.getChildren().clear();
  }

  /** Where a click on the name of the rule that blocks a path goes: the filter's id and the rule as the answer names it. */
  void setOnRule(BiConsumer<ElementId, String> handler) {
    onRule = handler;
  }

  private void showRule(ElementId filter, String which, String text) {
    ruleFilter = filter;
    ruleName = which;
    rule.setText(text == null ? "" : text);
    rule.setVisible(text != null);
    rule.setManaged(text != null);
  }

  void show(Topology topology, PathAnswer answer, String fromText, String toText, String trafficText) {
    PathVerdict kind = PathVerdict.of(answer);
    PathVerdict.applyStyle(verdict, kind);
    verdict.setText(headline(answer, kind, fromText, toText) + " (" + trafficText + ")");
    internet.setText(yesNo(answer.crossesInternet()));
    nat.setText(yesNo(answer.viaNat()));
    zones.setText(yesNo(answer.crossesAz()));
    endpoint.setText(answer.endpoint() == null ? "none" : labelOf(topology, answer.endpoint()));
    cost.setText(answer.reachable() ? String.format(Locale.ROOT, "$%.4f", answer.costPerGb()) : "– (no traffic flows)");
    blocked.setText(answer.blockedBy() == null ? ""
        : "Blocked at " + labelOf(topology, answer.blockedBy().id())
            + (answer.blockedBy().rule() == null ? "" : ", " + ruleText(answer.blockedBy().rule())) + ": " + answer.blockedBy().reason());
    Blocked stop = answer.blockedBy();
    Optional<ElementId> filter = stop == null || stop.rule() == null ? Optional.empty() : elementOf(topology, stop.id());
    showRule(filter.orElse(null), stop == null ? null : stop.rule(), filter.map(id -> "Blocked by " + labelOf(topology, stop.id())
        + ", " + ruleText(stop.rule()) + " (show it)").orElse(null));
    List<Label> lines = new ArrayList<>();
    int number = 1;
    for (Hop hop : answer.hops()) {
      Label line = new Label(number++ + ". " + labelOf(topology, hop.id()) + " (" + hop.kind() + ")"
          + (hop.detail().isEmpty() ? "" : ": " + hop.detail()));
      line.getStyleClass().add("path-hop");
      line.setWrapText(true);
      line.setMinHeight(Region.USE_PREF_SIZE);
      lines.add(line);
    }
    hops.getChildren().setAll(lines);
  }

  /** The hops as shown, one line each, for tests. */
  List<String> hopTexts() {
    return hops.getChildren().stream().map(node -> ((Label) node).getText()).toList();
  }

  private static String headline(PathAnswer answer, PathVerdict kind, String fromText, String toText) {
    String route = fromText + " → " + toText;
    switch (kind) {
      case BLOCKED:
        return "Blocked: " + route;
      case VIA_NAT:
        return "Reachable through a NAT gateway: " + route;
      case INTERNET:
        return "Reachable across the internet: " + route;
      default:
        return "Reachable privately" + (answer.endpoint() == null ? "" : " through an endpoint") + ": " + route;
    }
  }

  /** The element's name and id when the id is an element of the design; the text itself otherwise (s3, internet). */
  static String labelOf(Topology topology, String id) {
    return elementOf(topology, id).flatMap(topology::find)
        .map(element -> element.label().equals(id) ? id : element.label() + " [" + id + "]")
        .orElse(id);
  }

  static Optional<ElementId> elementOf(Topology topology, String id) {
    try {
      ElementId elementId = ElementId.of(id);
      return topology.contains(elementId) ? Optional.of(elementId) : Optional.empty();
    } catch (RuntimeException notAnId) {
      return Optional.empty();
    }
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static Label fact(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add("path-fact");
    return label;
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.getStyleClass().add("field-caption");
    return label;
  }

  /** The name of the rule that blocks the path shown, empty when none does; for tests. */
  String ruleLinkText() {
    return rule.isVisible() ? rule.getText() : "";
  }

  /** Clicks the name of the rule that blocks the path, as a person would; for tests. */
  void fireRuleLink() {
    rule.fire();
  }

  /** The verdict as shown, for tests. */
  String verdictText() {
    return verdict.getText();
  }

  /** A filter's rule as the answer names it: {@code outbound 90} is "outbound rule 90", {@code egress} "egress rules". */
  static String ruleText(String rule) {
    return rule.equals("egress") || rule.equals("ingress") ? rule + " rules" : rule.replace(" ", " rule ");
  }
}
