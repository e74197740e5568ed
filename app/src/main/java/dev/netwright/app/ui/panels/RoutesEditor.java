package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The routes of a route table as a table, with a row to add a route (a destination typed as a
 * CIDR block or prefix list, a target chosen among the gateways the table's VPC can send to) and a
 * button to remove the selected one. The local routes and gateway endpoint routes are implied by
 * the design and listed under the table, not stored in it.
 */
final class RoutesEditor extends VBox {
  private final InspectorEdits edits;
  private final ElementId tableId;
  private final TableView<Route> table = new TableView<>();
  private final TextField destination = new TextField();
  private final ComboBox<ElementId> target = new ComboBox<>();
  private final Label error = new Label();
  private final Label implied = new Label();

  RoutesEditor(InspectorEdits edits, ElementId tableId) {
    this.edits = edits;
    this.tableId = tableId;
    setSpacing(4);
    table.setId("routes-table");
    table.setPrefHeight(160);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No routes besides the implied ones"));
    TableColumn<Route, String> destinationColumn = new TableColumn<>("Destination");
    destinationColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().destination().text()));
    TableColumn<Route, String> targetColumn = new TableColumn<>("Target");
    targetColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(labelOf(row.getValue().target())));
    table.getColumns().add(destinationColumn);
    table.getColumns().add(targetColumn);

    destination.setId("route-destination");
    destination.setPromptText("0.0.0.0/0 or pl-…");
    destination.setPrefColumnCount(10);
    target.setId("route-target");
    target.setPromptText("target");
    target.setConverter(new StringConverter<>() {
      @Override
      public String toString(ElementId id) {
        return id == null ? "" : labelOf(id);
      }

      @Override
      public ElementId fromString(String text) {
        return null;
      }
    });
    Button add = new Button("Add");
    add.setId("route-add");
    add.setMinWidth(Region.USE_PREF_SIZE);
    add.setOnAction(event -> addRoute());
    destination.setOnAction(event -> addRoute());
    Button remove = new Button("Remove");
    remove.setId("route-remove");
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(event -> removeSelected());
    destination.setMaxWidth(Double.MAX_VALUE);
    target.setMaxWidth(Double.MAX_VALUE);
    HBox addRow = new HBox(4, target, add);
    HBox.setHgrow(target, Priority.ALWAYS);
    error.setId("route-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    implied.setId("routes-implied");
    implied.setWrapText(true);
    implied.getStyleClass().add("field-info");
    Label caption = new Label("Routes");
    caption.getStyleClass().add("field-caption");
    Label addCaption = new Label("Add a route: destination (CIDR block or prefix list) and target");
    addCaption.getStyleClass().add("field-caption");
    addCaption.setWrapText(true);
    getChildren().addAll(caption, table, remove, addCaption, destination, addRow, error, implied);
  }

  void show(RouteTable routeTable) {
    table.getItems().setAll(routeTable.routes());
    Topology topology = edits.topology();
    ElementId chosen = target.getValue();
    target.getItems().setAll(targetsFor(topology, routeTable));
    if (chosen != null && target.getItems().contains(chosen)) {
      target.setValue(chosen);
    }
    List<String> lines = new ArrayList<>();
    topology.find(routeTable.vpcId(), Vpc.class)
        .ifPresent(vpc -> vpc.cidrBlocks().forEach(block -> lines.add(block + " → local")));
    topology.gatewayEndpoints().stream()
        .filter(endpoint -> endpoint.routeTableIds().contains(routeTable.id()))
        .forEach(endpoint -> lines.add("prefix list of " + endpoint.service() + " → " + endpoint.label()));
    implied.setText("Implied: " + String.join("; ", lines));
  }

  /** What a route of this table may point at: the gateways and endpoints its VPC can send traffic to. */
  static List<ElementId> targetsFor(Topology topology, RouteTable routeTable) {
    ElementId vpc = routeTable.vpcId();
    List<ElementId> targets = new ArrayList<>();
    topology.all(InternetGateway.class).stream().filter(e -> e.vpcId().equals(vpc)).forEach(e -> targets.add(e.id()));
    topology.all(NatGateway.class).stream().filter(e -> topology.vpcOf(e.id()).map(vpc::equals).orElse(false))
        .forEach(e -> targets.add(e.id()));
    topology.all(InterfaceEndpoint.class).stream().filter(e -> e.vpcId().equals(vpc)).forEach(e -> targets.add(e.id()));
    topology.all(VpnGateway.class).stream().filter(e -> e.vpcId().equals(vpc)).forEach(e -> targets.add(e.id()));
    topology.all(PeeringConnection.class).stream()
        .filter(e -> e.requesterVpcId().equals(vpc) || e.accepterVpcId().equals(vpc)).forEach(e -> targets.add(e.id()));
    topology.find(vpc, Vpc.class).ifPresent(owner -> topology.transitGateways().stream()
        .filter(gateway -> gateway.region().equals(owner.region())).forEach(gateway -> targets.add(gateway.id())));
    return targets;
  }

  /**
   * Adds the route typed in, or marks the field at fault: the destination when it does not parse,
   * the target when none is chosen or the editor refuses it (its refusals of a route are all about
   * the target: missing, of another kind, or not one a route can go to).
   */
  private void addRoute() {
    clearError();
    RouteDestination parsed;
    try {
      parsed = RouteDestination.parse(destination.getText().trim());
    } catch (NetwrightException e) {
      markError(destination, e.getMessage());
      return;
    }
    if (target.getValue() == null) {
      markError(target, "choose the route's target (a gateway, NAT gateway, endpoint or peering)");
      return;
    }
    try {
      edits.addRoute(tableId, new Route(parsed, target.getValue()));
      destination.clear();
    } catch (NetwrightException e) {
      markError(target, e.getMessage());
    }
  }

  private void removeSelected() {
    Route selected = table.getSelectionModel().getSelectedItem();
    if (selected != null) {
      try {
        edits.removeRoute(tableId, selected);
        clearError();
      } catch (NetwrightException e) {
        error.setText(e.getMessage());
      }
    }
  }

  private void markError(Control field, String message) {
    error.setText(message);
    if (!field.getStyleClass().contains(ValidatedField.INVALID)) {
      field.getStyleClass().add(ValidatedField.INVALID);
    }
  }

  private void clearError() {
    error.setText("");
    destination.getStyleClass().remove(ValidatedField.INVALID);
    target.getStyleClass().remove(ValidatedField.INVALID);
  }

  private String labelOf(ElementId id) {
    return edits.topology().find(id).map(Element::label).map(label -> label.equals(id.value()) ? label : label + " (" + id + ")")
        .orElse(id.value());
  }
}
