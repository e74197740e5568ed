package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.Set;
import javafx.scene.control.CheckBox;

/**
 * The inspector's form of a VPC endpoint, gateway or interface: name and service (a short name
 * such as {@code s3} is completed with the VPC's region); for an interface endpoint also private
 * DNS; the route tables a gateway endpoint is attached to, the subnets and security groups of an
 * interface endpoint, each ticked on or off.
 */
final class EndpointForm<E extends Element> extends ElementForm<E> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<String> service;
  private final CheckBox privateDns;
  private final MembershipList first;
  private final MembershipList second;

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
    if (isInterface) {
      first = new MembershipList("Subnets (one ENI each, at most one per zone)", "inspector-endpoint-subnets",
          (subnet, placed) -> edits.setInterfaceEndpointSubnet(id, subnet, placed));
      second = new MembershipList("Security groups (none: AWS uses the VPC's default group)", "inspector-endpoint-groups",
          (group, member) -> edits.setInterfaceEndpointGroup(id, group, member));
      getChildren().addAll(first, second);
    } else {
      first = new MembershipList("Route tables (each gets the service's prefix-list route)", "inspector-endpoint-tables",
          (table, attached) -> edits.setGatewayEndpointTable(id, table, attached));
      second = null;
      getChildren().add(first);
    }
    getChildren().add(formError);
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
      first.show(edits.topology().inVpc(gateway.vpcId(), RouteTable.class), Set.copyOf(gateway.routeTableIds()));
    } else if (element instanceof InterfaceEndpoint iface) {
      service.show(iface.service());
      privateDns.setSelected(iface.privateDns());
      first.show(edits.topology().inVpc(iface.vpcId(), Subnet.class), Set.copyOf(iface.subnetIds()));
      second.show(edits.topology().inVpc(iface.vpcId(), SecurityGroup.class), Set.copyOf(iface.securityGroupIds()));
    }
  }
}
