package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Topology;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The inspector's form of a private hosted zone: name, domain, the VPCs it answers in (ticked in a
 * list of every VPC) and its alias records to interface endpoints (a table, a row to add one, a
 * button to remove the selected one). Each change is one undo step.
 */
final class HostedZoneForm extends ElementForm<HostedZone> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<String> domain;
  private final MembershipList vpcs;
  private final TableView<AliasRecord> records = new TableView<>();
  private final TextField recordName = new TextField();
  private final ComboBox<ElementId> endpoint;
  private final Label recordError = new Label();

  HostedZoneForm(InspectorEdits edits, ElementId id) {
    super(edits, id, HostedZone.class);
    domain = new ValidatedField<>("Domain (e.g. ssm.us-east-1.amazonaws.com)", "inspector-zone-domain", text -> text.trim(), text -> {
      HostedZone zone = current();
      HostedZone edited = zone.withDomain(text);
      if (!edited.domain().equals(zone.domain())) {
        edits.editor().update(edited);
      }
    });
    vpcs = new MembershipList("Associated VPCs (the zone answers their queries)", "inspector-zone-vpcs", (vpc, on) -> {
      if (on) {
        edits.editor().transit().associateZone(id, vpc);
      } else {
        edits.editor().transit().disassociateZone(id, vpc);
      }
    });
    records.setId("zone-records-table");
    records.setPrefHeight(120);
    records.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    records.setPlaceholder(new Label("No alias records"));
    TableColumn<AliasRecord, String> nameColumn = new TableColumn<>("Record");
    nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().recordName()));
    TableColumn<AliasRecord, String> endpointColumn = new TableColumn<>("Alias to endpoint");
    endpointColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(TransitForms.labelOf(edits.topology(),
        row.getValue().endpointId())));
    records.getColumns().add(nameColumn);
    records.getColumns().add(endpointColumn);
    recordName.setId("zone-record-name");
    recordName.setPromptText("the zone's name, or a name below it");
    endpoint = TransitForms.idChoice("zone-record-endpoint", edits);
    endpoint.setPromptText("interface endpoint");
    Button add = new Button("Add record");
    add.setId("zone-record-add");
    add.setOnAction(event -> addRecord());
    Button remove = new Button("Remove");
    remove.setId("zone-record-remove");
    remove.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(event -> removeRecord());
    recordError.setId("zone-record-error");
    recordError.getStyleClass().add("field-error");
    recordError.setWrapText(true);
    Label caption = new Label("Alias records");
    caption.getStyleClass().add("field-caption");
    getChildren().addAll(name, domain, formError, vpcs, caption, records, recordName, endpoint, new HBox(4, add, remove), recordError);
  }

  private void addRecord() {
    recordError.setText("");
    recordName.getStyleClass().remove(ValidatedField.INVALID);
    String text = recordName.getText() == null || recordName.getText().isBlank() ? current().domain() : recordName.getText().trim();
    if (endpoint.getValue() == null) {
      recordError.setText("choose the interface endpoint the record answers with");
      return;
    }
    try {
      edits.editor().transit().addRecord(id, new AliasRecord(text, endpoint.getValue()));
      recordName.clear();
    } catch (NetwrightException e) {
      recordError.setText(e.getMessage());
      recordName.getStyleClass().add(ValidatedField.INVALID);
    }
  }

  private void removeRecord() {
    AliasRecord selected = records.getSelectionModel().getSelectedItem();
    if (selected != null) {
      try {
        edits.editor().transit().removeRecord(id, selected);
      } catch (NetwrightException e) {
        recordError.setText(e.getMessage());
      }
    }
  }

  @Override
  protected void show(HostedZone zone) {
    Topology topology = edits.topology();
    name.show(zone.name());
    domain.show(zone.domain());
    vpcs.show(topology.vpcs(), Set.copyOf(zone.vpcIds()));
    records.getItems().setAll(zone.records());
    ElementId chosen = endpoint.getValue();
    endpoint.getItems().setAll(topology.interfaceEndpoints().stream().map(InterfaceEndpoint::id).toList());
    if (chosen != null && endpoint.getItems().contains(chosen)) {
      endpoint.setValue(chosen);
    }
  }
}
