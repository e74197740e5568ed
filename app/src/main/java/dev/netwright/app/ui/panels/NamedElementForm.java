package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import javafx.scene.control.Label;

/**
 * The inspector's form of an element whose only own property is its name (an internet gateway,
 * a peering connection, a resource Netwright does not model); what it joins is shown.
 */
final class NamedElementForm extends ElementForm<Element> {
  private final ValidatedField<String> name = nameField();
  private final Label details = info("inspector-element-details");

  NamedElementForm(InspectorEdits edits, ElementId id) {
    super(edits, id, Element.class);
    getChildren().addAll(name, details, formError);
  }

  @Override
  protected void show(Element element) {
    name.show(element.name());
    details.setText(describe(element));
  }

  private String describe(Element element) {
    if (element instanceof InternetGateway gateway) {
      return "Attached to VPC " + labelOf(gateway.vpcId());
    }
    if (element instanceof PeeringConnection peering) {
      return "Requester: " + labelOf(peering.requesterVpcId()) + "\nAccepter: " + labelOf(peering.accepterVpcId());
    }
    if (element instanceof OpaqueResource resource) {
      return "Type: " + resource.resourceType() + " (kept as it came; Netwright does not model it)";
    }
    return "";
  }

  private String labelOf(ElementId ref) {
    return edits.topology().find(ref).map(Element::label).orElse(ref.value());
  }
}
