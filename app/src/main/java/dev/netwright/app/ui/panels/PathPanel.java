package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.Money;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import dev.netwright.model.path.Traffic;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The path panel: pick where traffic starts (a subnet, or the on-premises networks behind a VPN
 * gateway) and where it goes (S3, DynamoDB, the internet, a service, an element), and see the
 * verdict, how it gets there and what it costs per GB; the canvas highlights the path hop by hop
 * (a blocked path: up to the element that blocks it). The Matrix tab answers every subnet × every
 * target at once; clicking a cell shows that path. Answers are computed off the FX thread and kept
 * up to date after every edit, re-answering only what the edit could change.
 */
public final class PathPanel extends VBox {
  /** What to answer: the design as it is and the question asked (either end may be missing). */
  private record Request(Document document, ElementId from, Target to, Traffic traffic) {
  }

  /** What the worker found for a request: the matrix as shown, the chosen path's answer (null for none) or why there is none. */
  private record Result(PathMatrixView.Content matrix, PathAnswer answer, String problem) {
  }

  private final DesignSession session;
  private final ComboBox<ElementId> source = new ComboBox<>();
  private final ComboBox<Target> target = new ComboBox<>();
  private final ComboBox<String> protocol = new ComboBox<>();
  private final TextField port = new TextField("443");
  private final PathAnswerView answerView = new PathAnswerView();
  private final Label flowNote = new Label();
  private final Label portError = new Label();
  /** Where a click on the rule that blocks the path goes; by default it selects the filter. */
  private BiConsumer<ElementId, String> onRule;
  private final PathMatrixView matrixView;
  private final TabPane tabs = new TabPane();
  private final Tab pathTab;
  private final LatestResultWorker<Request, Result> worker;
  /** The matrix of the last design answered; touched by the worker thread only. */
  private PathMatrix lastMatrix;
  private boolean filling;

  public PathPanel(DesignSession session) {
    this.session = session;
    this.onRule = (filter, rule) -> session.select(List.of(filter));
    setId("paths");
    getStyleClass().addAll("panel", "path-panel");
    getStylesheets().add(PanelStyles.URL);
    worker = new LatestResultWorker<>("netwright-paths", this::answer, this::publish);
    worker.failureProperty().addListener((obs, before, reason) -> {
      if (!reason.isEmpty()) {
        answerView.clear("The path engine stopped: " + reason);
        session.highlightedPathProperty().set(HighlightedPath.NONE);
      }
    });
    source.setId("path-source");
    source.setPromptText("a subnet, workload or on-premises network");
    source.setConverter(PathChoices.sourceConverter(this::topology));
    target.setId("path-target");
    target.setPromptText("S3, DynamoDB, internet, a service…");
    target.setConverter(PathChoices.targetConverter(this::topology));
    for (ComboBox<?> box : List.of(source, target)) {
      // the boxes give way to the panel's width, the captions never do
      box.setPrefWidth(180);
      box.setMinWidth(90);
      box.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(box, Priority.ALWAYS);
    }
    PromptCell.install(source);
    PromptCell.install(target);
    source.valueProperty().addListener((obs, before, after) -> ask());
    target.valueProperty().addListener((obs, before, after) -> ask());
    protocol.setId("path-protocol");
    protocol.getItems().setAll("tcp", "udp", "icmp");
    protocol.setValue("tcp");
    protocol.valueProperty().addListener((obs, before, after) -> ask());
    port.setId("path-port");
    port.setPrefColumnCount(5);
    port.textProperty().addListener((obs, before, after) -> ask());
    port.disableProperty().bind(protocol.valueProperty().isEqualTo("icmp"));
    portError.setId("path-port-error");
    portError.getStyleClass().add("field-error");
    portError.setWrapText(true);
    portError.setManaged(false);
    answerView.setOnRule((filter, rule) -> onRule.accept(filter, rule));
    Button clear = new Button("Clear");
    clear.setId("path-clear");
    clear.setMinWidth(Region.USE_PREF_SIZE);
    clear.setOnAction(event -> showPath(null, null));
    Button addFlow = new Button("Add as flow");
    addFlow.setId("path-add-flow");
    addFlow.disableProperty().bind(source.valueProperty().isNull().or(target.valueProperty().isNull()));
    addFlow.setOnAction(event -> addAsFlow());
    flowNote.setId("path-flow-note");
    flowNote.setWrapText(true);
    addFlow.setMinWidth(Region.USE_PREF_SIZE);
    HBox question = new HBox(8, caption("From"), source, caption("To"), target, clear);
    question.setAlignment(Pos.CENTER_LEFT);
    // what travels, and the flow action, on a row of their own: the From and To boxes keep the width
    HBox sent = new HBox(8, caption("Protocol"), protocol, caption("port"), port, addFlow);
    sent.setAlignment(Pos.CENTER_LEFT);

    VBox pathContent = new VBox(8, question, sent, portError, flowNote, answerView);
    pathContent.setStyle("-fx-padding: 6 4 4 4;");
    // a low panel scrolls the answer instead of squeezing it
    ScrollPane scroll = new ScrollPane(pathContent);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    pathTab = new Tab("Path", scroll);
    pathTab.setId("path-tab");
    matrixView = new PathMatrixView(this::showPath);
    Tab matrixTab = new Tab("Matrix", matrixView);
    matrixTab.setId("matrix-tab");
    tabs.getTabs().addAll(List.of(pathTab, matrixTab));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().add(tabs);

    session.documentProperty().addListener((obs, before, after) -> designChanged());
    designChanged();
  }

  /**
   * Shows the path from {@code from} to {@code to}, as a click on a matrix cell does; with either
   * end null, clears the question and the canvas's highlight.
   */
  public void showPath(ElementId from, Target to) {
    tabs.getSelectionModel().select(pathTab);
    filling = true;
    source.setValue(from);
    target.setValue(to);
    filling = false;
    ask();
  }

  /**
   * States the path shown as a traffic flow of the design, at the design's default volume per
   * subnet; the subnet is selected so that its Inspector shows the flow to edit its GB.
   */
  private void addAsFlow() {
    try {
      session.editor().traffic().add(source.getValue(), target.getValue(), session.document().traffic().unstated().gbPerSubnet(),
          BigDecimal.ZERO);
      flowNote.setText("Added as a flow of " + Money.gigabytes(session.document().traffic().unstated().gbPerSubnet())
          + " a month: set its GB in the Inspector of where it starts; the Cost panel prices it.");
      session.reveal(List.of(source.getValue()));
    } catch (NetwrightException e) {
      flowNote.setText(e.getMessage());
    }
  }

  /**
   * Completes once the answers (the matrix, and the chosen path with its highlight) for the design
   * and question as they are now are shown: what tests wait on instead of sleeping.
   */
  public CompletableFuture<?> whenSettled() {
    return worker.whenSettled();
  }

  private Topology topology() {
    return session.document().topology();
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /**
   * Refreshes the choices for the current design, keeping what still exists, and asks again. With
   * no start chosen (a design just opened, the chosen subnet deleted) it starts from the first
   * private subnet, so that the panel never sits blank.
   */
  private void designChanged() {
    Topology topology = topology();
    filling = true;
    ElementId from = source.getValue();
    Target to = target.getValue();
    source.getItems().setAll(PathChoices.sources(topology));
    target.getItems().setAll(PathChoices.targets(topology));
    source.setValue(from != null && source.getItems().contains(from) ? from : PathChoices.defaultSource(topology).orElse(null));
    target.setValue(to != null && target.getItems().contains(to) ? to : null);
    filling = false;
    ask();
  }

  private void ask() {
    if (!filling) {
      worker.submit(new Request(session.document(), source.getValue(), target.getValue(), traffic()));
    }
  }

  /**
   * Where a click on the name of the rule that blocks the path goes (the Inspector, to show the
   * rule); told the filter's id and the rule as the answer names it ({@code outbound 90}).
   */
  public void setOnRule(BiConsumer<ElementId, String> handler) {
    onRule = handler;
  }

  /** What the question sends, as the protocol and port fields say; null (and the field marked) when the port is no port. */
  private Traffic traffic() {
    String chosen = protocol.getValue() == null ? "tcp" : protocol.getValue();
    try {
      Traffic traffic = chosen.equals("icmp") ? Traffic.of(chosen, 0) : Traffic.of(chosen, Integer.parseInt(port.getText().trim()));
      markPort(null);
      return traffic;
    } catch (NumberFormatException | NetwrightException e) {
      markPort("'" + port.getText().trim() + "' is not a port: use a number from 0 to 65535");
      return null;
    }
  }

  private void markPort(String problem) {
    port.getStyleClass().remove(ValidatedField.INVALID);
    if (problem != null) {
      port.getStyleClass().add(ValidatedField.INVALID);
    }
    portError.setText(problem == null ? "" : problem);
    portError.setVisible(problem != null);
    portError.setManaged(problem != null);
  }

  /**
   * On the worker thread: brings the matrix up to date and answers the chosen question. Should
   * the matrix's incremental update fail, the matrix is built afresh from the design, which is
   * always correct, only slower.
   */
  private Result answer(Request request) {
    Topology topology = request.document().topology();
    if (lastMatrix != null) {
      try {
        return answer(request, lastMatrix.update(topology));
      } catch (RuntimeException incrementalUpdateFailed) {
        lastMatrix = null;
      }
    }
    return answer(request, PathMatrix.of(topology));
  }

  private Result answer(Request request, PathMatrix matrix) {
    PathMatrixView.Content content = PathMatrixView.Content.of(matrix);
    lastMatrix = matrix;
    if (request.from() == null || request.to() == null) {
      return new Result(content, null, "");
    }
    if (request.traffic() == null) {
      return new Result(content, null, "The port is not a port: use a number from 0 to 65535; nothing is asked until it is one.");
    }
    try {
      // the matrix asks TCP 443 from subnets: other traffic, or other sources, are asked one by one
      Optional<PathAnswer> known = request.traffic().equals(Traffic.HTTPS) ? matrix.answer(request.from(), request.to())
          : Optional.empty();
      if (known.isEmpty()) {
        return new Result(content, matrix.engine().reach(request.from(), request.to(), request.traffic()), "");
      }
      return new Result(content, known.get(), "");
    } catch (NetwrightException e) {
      return new Result(content, null, e.getMessage());
    }
  }

  /** On the FX thread, for the newest request only. */
  private void publish(Request request, Result result) {
    Topology topology = request.document().topology();
    matrixView.show(result.matrix());
    if (result.answer() == null) {
      answerView.clear(result.problem().isEmpty() ? prompt(request) : result.problem());
      session.highlightedPathProperty().set(HighlightedPath.NONE);
      return;
    }
    answerView.show(topology, result.answer(), PathChoices.sourceText(topology, request.from()),
        PathChoices.targetText(topology, request.to()), request.traffic().text());
    session.highlightedPathProperty().set(highlightOf(topology, result.answer()));
  }

  private static String prompt(Request request) {
    if (request.from() == null && request.to() == null) {
      return "Choose where the traffic starts and where it goes.";
    }
    return request.from() == null ? "Choose where the traffic starts." : "Choose where the traffic goes.";
  }

  /** The hops that are elements of the design, in order, and the element that blocks the path. */
  static HighlightedPath highlightOf(Topology topology, PathAnswer answer) {
    List<ElementId> hops = new ArrayList<>();
    for (Hop hop : answer.hops()) {
      PathAnswerView.elementOf(topology, hop.id()).filter(id -> hops.isEmpty() || !hops.get(hops.size() - 1).equals(id))
          .ifPresent(hops::add);
    }
    Optional<ElementId> blocker = answer.blockedBy() == null ? Optional.empty()
        : PathAnswerView.elementOf(topology, answer.blockedBy().id());
    return blocker.map(id -> HighlightedPath.blocked(hops, id, blockedAt(topology, answer, id)))
        .orElseGet(() -> HighlightedPath.reachable(hops));
  }

  /**
   * The subnet whose network ACL stops the path (the ACL's chip there is the one marked): of the
   * subnets that use the ACL, the one its last hop names ("no rule lets TCP 22 out of AppSubnet"),
   * else the last of the path's hops; null when the blocker is no ACL.
   */
  static ElementId blockedAt(Topology topology, PathAnswer answer, ElementId blocker) {
    if (topology.find(blocker, NetworkAcl.class).isEmpty()) {
      return null;
    }
    Set<ElementId> users = new LinkedHashSet<>();
    for (Subnet subnet : topology.subnets()) {
      if (topology.networkAclOf(subnet.id()).map(acl -> acl.id().equals(blocker)).orElse(false)) {
        users.add(subnet.id());
      }
    }
    String detail = "";
    ElementId lastHop = null;
    for (Hop hop : answer.hops()) {
      if (hop.id().equals(blocker.value())) {
        detail = hop.detail();
      }
      Optional<ElementId> id = PathAnswerView.elementOf(topology, hop.id()).filter(users::contains);
      if (id.isPresent()) {
        lastHop = id.get();
      }
    }
    Set<String> named = new java.util.HashSet<>(List.of(detail.split("[\\s,;()]+")));
    return users.stream().filter(subnet -> named.contains(subnet.value())).findFirst()
        .orElse(lastHop != null ? lastHop : users.stream().findFirst().orElse(null));
  }

  /** The name of the rule that blocks the path shown, empty when none does; for tests. */
  String ruleLinkText() {
    return answerView.ruleLinkText();
  }

  /** Clicks the name of the rule that blocks the path; for tests. */
  void fireRuleLink() {
    answerView.fireRuleLink();
  }

  /** The verdict as shown, for tests. */
  String verdictText() {
    return answerView.verdictText();
  }

  /** The hops as shown, one line each, for tests. */
  List<String> hopTexts() {
    return answerView.hopTexts();
  }
}
