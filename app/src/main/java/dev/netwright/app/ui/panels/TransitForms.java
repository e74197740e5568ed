package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The inspector's forms of what joins VPCs: transit gateways, their route tables and attachments,
 * private hosted zones and Resolver endpoints; null for other elements.
 */
final class TransitForms {
  private TransitForms() {
  }

  static ElementForm<?> of(InspectorEdits edits, Element element) {
    ElementId id = element.id();
    if (element instanceof TransitGateway) {
      return new TransitGatewayForm(edits, id);
    }
    if (element instanceof TransitGatewayRouteTable) {
      return new TransitRouteTableForm(edits, id);
    }
    if (element instanceof TransitGatewayAttachment) {
      return new TransitAttachmentForm(edits, id);
    }
    if (element instanceof HostedZone) {
      return new HostedZoneForm(edits, id);
    }
    if (element instanceof ResolverEndpoint) {
      return new ResolverEndpointForm(edits, id);
    }
    return null;
  }

  /** "label (Id)", or the id alone when the label is the id. */
  static String labelOf(Topology topology, ElementId id) {
    return topology.find(id).map(Element::label).map(label -> label.equals(id.value()) ? label : label + " (" + id + ")")
        .orElse(id.value());
  }

  /** A choice of element ids shown by their labels. */
  static ComboBox<ElementId> idChoice(String cssId, InspectorEdits edits) {
    ComboBox<ElementId> box = new ComboBox<>();
    box.setId(cssId);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(ElementId id) {
        return id == null ? "" : labelOf(edits.topology(), id);
      }

      @Override
      public ElementId fromString(String text) {
        return null;
      }
    });
    return box;
  }
}
