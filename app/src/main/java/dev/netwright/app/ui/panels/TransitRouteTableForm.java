package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The inspector's form of a transit gateway route table: name, whether it is the gateway's default
 * table, the attachments associated with it and those propagating into it (ticked in lists of the
 * gateway's attachments; the ones the gateway's defaults put there are said under them), and its
 * static routes and blackholes as an editable table.
 */
final class TransitRouteTableForm extends ElementForm<TransitGatewayRouteTable> {
  private final ValidatedField<String> name = nameField();
  private final Button makeDefault = new Button("Make the default route table");
  private final Label defaults = info("inspector-tgw-rt-defaults");
  private final MembershipList associations;
  private final MembershipList propagations;
  private final TransitRoutesEditor routes;
  private final Button gateway = new Button();

  TransitRouteTableForm(InspectorEdits edits, ElementId id) {
    super(edits, id, TransitGatewayRouteTable.class);
    makeDefault.setId("inspector-tgw-rt-make-default");
    makeDefault.setOnAction(event -> {
      formError.setText("");
      try {
        edits.editor().transit().makeDefault(id);
      } catch (dev.netwright.model.NetwrightException e) {
        formError.setText(e.getMessage());
      }
    });
    associations = new MembershipList("Associated attachments (looked up here)", "inspector-tgw-rt-associations",
        (attachment, on) -> {
          if (on) {
            edits.editor().transit().associate(attachment, id);
          } else {
            edits.editor().transit().disassociate(attachment, id);
          }
        });
    propagations = new MembershipList("Propagating attachments (their routes appear here)", "inspector-tgw-rt-propagations",
        (attachment, on) -> {
          if (on) {
            edits.editor().transit().propagate(attachment, id);
          } else {
            edits.editor().transit().stopPropagation(attachment, id);
          }
        });
    routes = new TransitRoutesEditor(edits, id);
    gateway.setId("inspector-tgw-rt-gateway");
    gateway.setOnAction(event -> edits.select(current().transitGatewayId()));
    getChildren().addAll(name, gateway, makeDefault, defaults, formError, associations, propagations, routes);
  }

  @Override
  protected void show(TransitGatewayRouteTable table) {
    Topology topology = edits.topology();
    name.show(table.name());
    gateway.setText("Of " + TransitForms.labelOf(topology, table.transitGatewayId()) + " (open)");
    makeDefault.setDisable(table.isDefault());
    List<TransitGatewayAttachment> attachments = topology.attachmentsOf(table.transitGatewayId());
    associations.show(attachments, Set.copyOf(table.associations()));
    propagations.show(attachments, Set.copyOf(table.propagations()));
    String byDefaultAssociation = attachments.stream()
        .filter(a -> !table.associations().contains(a.id()) && topology.transitGatewayRouteTableOf(a.id(), table.transitGatewayId())
            .map(found -> found.id().equals(table.id())).orElse(false))
        .map(TransitGatewayAttachment::label).collect(Collectors.joining(", "));
    String byDefaultPropagation = topology.propagationsOf(table).stream().filter(a -> !table.propagations().contains(a.id()))
        .map(TransitGatewayAttachment::label).collect(Collectors.joining(", "));
    defaults.setText((table.isDefault() ? "The gateway's default route table. " : "")
        + (byDefaultAssociation.isEmpty() ? "" : "Associated by the gateway's default: " + byDefaultAssociation + ". ")
        + (byDefaultPropagation.isEmpty() ? "" : "Propagating by the gateway's default: " + byDefaultPropagation + "."));
    routes.show(table);
  }
}
