package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/**
 * The inspector's form of a VPC endpoint, gateway or interface: name and service (a short name
 * such as {@code s3} is completed with the VPC's region); for an interface endpoint also private
 * DNS. Where the endpoint is attached (route tables, subnets, security groups) is shown; the
 * canvas's connect tool changes it.
 */
final class EndpointForm<E extends Element> extends ElementForm<E> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<String> service;
  private final CheckBox privateDns;
  private final Label attachments = info("inspector-endpoint-attachments");

  private EndpointForm(InspectorEdits edits, ElementId id, Class<E> type, boolean isInterface) {
    super(edits, id, type);
    service = new ValidatedField<>("Service (e.g. s3 or com.amazonaws.us-east-1.s3)", "inspector-service",
        this::fullServiceName, value -> edits.setEndpointService(id, value));
    privateDns = isInterface ? flag("Private DNS (the service's public name resolves to the endpoint)", "inspector-private-dns",
        on -> edits.setPrivateDns(id, on)) : null;
    getChildren().addAll(name, service);
    if (privateDns != null) {
      getChildren().add(privateDns);
    }
    getChildren().addAll(attachments, formError);
  }

  static EndpointForm<GatewayEndpoint> gateway(InspectorEdits edits, ElementId id) {
    return new EndpointForm<>(edits, id, GatewayEndpoint.class, false);
  }

  static EndpointForm<InterfaceEndpoint> iface(InspectorEdits edits, ElementId id) {
    return new EndpointForm<>(edits, id, InterfaceEndpoint.class, true);
  }

  private String fullServiceName(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException("an endpoint needs a service, such as s3 or com.amazonaws.us-east-1.ssm");
    }
    if (trimmed.contains(".")) {
      return trimmed;
    }
    Region region = edits.topology().vpcOf(id).flatMap(vpc -> edits.topology().find(vpc, Vpc.class)).map(Vpc::region)
        .orElse(edits.document().region());
    return ServiceName.full(region, trimmed);
  }

  @Override
  protected void show(E element) {
    name.show(element.name());
    if (element instanceof GatewayEndpoint gateway) {
      service.show(gateway.service());
      attachments.setText("Route tables: " + labels(gateway.routeTableIds()));
    } else if (element instanceof InterfaceEndpoint iface) {
      service.show(iface.service());
      privateDns.setSelected(iface.privateDns());
      attachments.setText("Subnets: " + labels(iface.subnetIds()) + "\nSecurity groups: "
          + (iface.securityGroupIds().isEmpty() ? "none (AWS uses the VPC's default group)" : labels(iface.securityGroupIds())));
    }
  }

  private String labels(List<ElementId> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    return String.join(", ", ids.stream().map(ref -> edits.topology().find(ref).map(Element::label).orElse(ref.value())).toList());
  }
}
