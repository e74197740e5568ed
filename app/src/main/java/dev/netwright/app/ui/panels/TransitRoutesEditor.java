package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
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
 * The static routes of a transit gateway route table as an editable table: selecting a row puts its
 * destination and target (an attachment of the gateway, or blackhole) in the fields under it;
 * Set changes the selected route to what the fields say, Add adds a new one, Remove removes the
 * selected one, each one undo step. A destination that is no CIDR block is marked at its field; the
 * propagated routes are listed under the table.
 */
final class TransitRoutesEditor extends VBox {
  /** A route's target: an attachment, or none for a blackhole. */
  record Target(ElementId attachment) {
    static final Target BLACKHOLE = new Target(null);
  }

  private final InspectorEdits edits;
  private final ElementId tableId;
  private final TableView<TransitGatewayRoute> table = new TableView<>();
  private final TextField destination = new TextField();
  private final ComboBox<Target> target = new ComboBox<>();
  private final Label error = new Label();
  private final Label propagated = new Label();

  TransitRoutesEditor(InspectorEdits edits, ElementId tableId) {
    this.edits = edits;
    this.tableId = tableId;
    setSpacing(4);
    table.setId("tgw-routes-table");
    table.setPrefHeight(140);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No static routes"));
    TableColumn<TransitGatewayRoute, String> destinationColumn = new TableColumn<>("Destination");
    destinationColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().destination().toString()));
    TableColumn<TransitGatewayRoute, String> targetColumn = new TableColumn<>("Target");
    targetColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(text(new Target(row.getValue().attachmentId()))));
    table.getColumns().add(destinationColumn);
    table.getColumns().add(targetColumn);
    table.getSelectionModel().selectedItemProperty().addListener((obs, before, route) -> {
      if (route != null) {
        clearError();
        destination.setText(route.destination().toString());
        target.setValue(new Target(route.attachmentId()));
      }
    });
    destination.setId("tgw-route-destination");
    destination.setPromptText("10.0.0.0/8");
    destination.setMaxWidth(Double.MAX_VALUE);
    target.setId("tgw-route-target");
    target.setPromptText("attachment or blackhole");
    target.setMaxWidth(Double.MAX_VALUE);
    target.setConverter(new StringConverter<>() {
      @Override
      public String toString(Target choice) {
        return choice == null ? "" : text(choice);
      }

      @Override
      public Target fromString(String text) {
        return null;
      }
    });
    Button add = button("Add", "tgw-route-add");
    add.setOnAction(event -> addRoute());
    Button set = button("Set", "tgw-route-set");
    set.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    set.setOnAction(event -> changeSelected());
    Button remove = button("Remove", "tgw-route-remove");
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(event -> removeSelected());
    HBox buttons = new HBox(4, set, add, remove);
    HBox.setHgrow(target, Priority.ALWAYS);
    error.setId("tgw-route-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    propagated.setId("tgw-routes-propagated");
    propagated.setWrapText(true);
    propagated.getStyleClass().add("field-info");
    Label caption = new Label("Static routes and blackholes");
    caption.getStyleClass().add("field-caption");
    Label fields = new Label("Destination (CIDR block) and target: select a route to change it, or add one");
    fields.getStyleClass().add("field-caption");
    fields.setWrapText(true);
    getChildren().addAll(caption, table, fields, destination, target, buttons, error, propagated);
  }

  private static Button button(String text, String cssId) {
    Button button = new Button(text);
    button.setId(cssId);
    button.setMinWidth(Region.USE_PREF_SIZE);
    return button;
  }

  void show(TransitGatewayRouteTable routeTable) {
    TransitGatewayRoute selected = table.getSelectionModel().getSelectedItem();
    table.getItems().setAll(routeTable.routes());
    if (selected != null && routeTable.routes().contains(selected)) {
      table.getSelectionModel().select(selected);
    }
    Topology topology = edits.topology();
    Target chosen = target.getValue();
    List<Target> choices = new ArrayList<>();
    choices.add(Target.BLACKHOLE);
    topology.attachmentsOf(routeTable.transitGatewayId()).forEach(attachment -> choices.add(new Target(attachment.id())));
    target.getItems().setAll(choices);
    if (chosen != null && choices.contains(chosen)) {
      target.setValue(chosen);
    }
    List<String> lines = new ArrayList<>();
    for (TransitGatewayAttachment attachment : topology.propagationsOf(routeTable)) {
      lines.add(attachment.label());
    }
    propagated.setText(lines.isEmpty() ? "No propagated routes" : "Propagated routes from: " + String.join(", ", lines));
  }

  private String text(Target choice) {
    return choice.attachment() == null ? "blackhole" : TransitForms.labelOf(edits.topology(), choice.attachment());
  }

  /** The route the fields say, or null with the field at fault marked. */
  private TransitGatewayRoute typed() {
    clearError();
    Cidr parsed;
    try {
      parsed = Cidr.parse(destination.getText().trim());
    } catch (NetwrightException e) {
      markError(destination, e.getMessage());
      return null;
    }
    if (target.getValue() == null) {
      markError(target, "choose the route's target: an attachment of the transit gateway, or blackhole to drop what matches");
      return null;
    }
    ElementId attachment = target.getValue().attachment();
    return attachment == null ? TransitGatewayRoute.blackhole(parsed) : TransitGatewayRoute.to(parsed, attachment);
  }

  private void addRoute() {
    TransitGatewayRoute route = typed();
    if (route != null) {
      try {
        edits.editor().transit().addRoute(tableId, route);
      } catch (NetwrightException e) {
        markError(destination, e.getMessage());
      }
    }
  }

  private void changeSelected() {
    TransitGatewayRoute selected = table.getSelectionModel().getSelectedItem();
    TransitGatewayRoute route = typed();
    if (selected != null && route != null && !route.equals(selected)) {
      try {
        edits.editor().transit().changeRoute(tableId, selected, route);
        table.getSelectionModel().select(route);
      } catch (NetwrightException e) {
        markError(destination, e.getMessage());
      }
    }
  }

  private void removeSelected() {
    TransitGatewayRoute selected = table.getSelectionModel().getSelectedItem();
    if (selected != null) {
      try {
        edits.editor().transit().removeRoute(tableId, selected);
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
}
