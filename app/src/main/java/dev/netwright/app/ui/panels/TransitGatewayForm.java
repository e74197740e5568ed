package dev.netwright.app.ui.panels;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.edit.ElementIds;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The inspector's form of a transit gateway: name, region, Amazon side ASN, default association
 * and propagation, its route tables (each opens its own form; a button adds one) and its
 * attachments.
 */
final class TransitGatewayForm extends ElementForm<TransitGateway> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<Region> region;
  private final ValidatedField<Long> asn;
  private final CheckBox association;
  private final CheckBox propagation;
  private final VBox tables = new VBox(2);
  private final Label attachments = info("inspector-tgw-attachments");

  TransitGatewayForm(InspectorEdits edits, ElementId id) {
    super(edits, id, TransitGateway.class);
    region = new ValidatedField<>("Region", "inspector-tgw-region", text -> Region.of(text.trim()), value -> {
      TransitGateway gateway = current();
      if (!gateway.region().equals(value)) {
        edits.editor().update(new TransitGateway(id, gateway.name(), value, gateway.amazonSideAsn(), gateway.defaultAssociation(),
            gateway.defaultPropagation()));
      }
    });
    asn = new ValidatedField<>("Amazon side ASN (64512-65534 or 4200000000-4294967294)", "inspector-tgw-asn", TransitGatewayForm::parseAsn,
        value -> {
          if (current().amazonSideAsn() != value) {
            edits.editor().update(current().withAsn(value));
          }
        });
    association = flag("Default route table association", "inspector-tgw-default-association",
        on -> edits.editor().update(current().withDefaults(on, current().defaultPropagation())));
    propagation = flag("Default route table propagation", "inspector-tgw-default-propagation",
        on -> edits.editor().update(current().withDefaults(current().defaultAssociation(), on)));
    tables.setId("inspector-tgw-tables");
    Label tablesCaption = new Label("Route tables");
    tablesCaption.getStyleClass().add("field-caption");
    Button addTable = new Button("Add route table");
    addTable.setId("inspector-tgw-add-table");
    addTable.setOnAction(event -> addTable());
    Label attachmentsCaption = new Label("Attachments");
    attachmentsCaption.getStyleClass().add("field-caption");
    getChildren().addAll(name, region, asn, association, propagation, formError, tablesCaption, tables, addTable, attachmentsCaption,
        attachments);
  }

  static long parseAsn(String text) {
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("'" + text.trim() + "' is not an ASN: a whole number such as 64512");
    }
    if (!TransitGateway.validAsn(value)) {
      throw new InvalidValueException("AWS accepts a private ASN for a transit gateway: 64512 to 65534, or 4200000000 to 4294967294");
    }
    return value;
  }

  private void addTable() {
    formError.setText("");
    try {
      ElementId tableId = ElementIds.next(edits.topology(), ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE);
      boolean first = edits.topology().defaultTransitGatewayRouteTable(id).isEmpty();
      edits.editor().add(TransitGatewayRouteTable.of(tableId, tableId.value(), id, first));
    } catch (dev.netwright.model.NetwrightException e) {
      formError.setText(e.getMessage());
    }
  }

  @Override
  protected void show(TransitGateway gateway) {
    name.show(gateway.name());
    region.show(gateway.region().name());
    asn.show(Long.toString(gateway.amazonSideAsn()));
    association.setSelected(gateway.defaultAssociation());
    propagation.setSelected(gateway.defaultPropagation());
    tables.getChildren().clear();
    for (TransitGatewayRouteTable table : edits.topology().transitGatewayRouteTables()) {
      if (table.transitGatewayId().equals(gateway.id())) {
        Button open = new Button(dev.netwright.model.diagram.RegionalElements.routeTableChip(table, edits.topology()));
        open.setId("inspector-tgw-table-" + table.id());
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(event -> edits.select(table.id()));
        tables.getChildren().add(open);
      }
    }
    if (tables.getChildren().isEmpty()) {
      tables.getChildren().add(new Label("none: add one, and attachments are looked up in it"));
    }
    var list = edits.topology().attachmentsOf(gateway.id()).stream().map(TransitGatewayAttachment::label).toList();
    attachments.setText(list.isEmpty() ? "none: attach a VPC with the Connect tool, from the VPC to this transit gateway"
        : String.join(", ", list));
  }
}
