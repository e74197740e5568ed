package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** The inspector's form of a NAT gateway: name, public or private connectivity, and the Elastic IP of a public one. */
final class NatGatewayForm extends ElementForm<NatGateway> {
  private final ValidatedField<String> name = nameField();
  private final CheckBox publicConnectivity;
  private final ValidatedField<String> elasticIp;
  private final Label subnet = info("inspector-nat-subnet");

  NatGatewayForm(InspectorEdits edits, ElementId id) {
    super(edits, id, NatGateway.class);
    publicConnectivity = flag("Public connectivity (translates to an Elastic IP)", "inspector-nat-public",
        on -> edits.setNatConnectivity(id, on, current().elasticIp()));
    elasticIp = new ValidatedField<>("Elastic IP (allocation id or address)", "inspector-elastic-ip", String::trim,
        value -> edits.setNatConnectivity(id, current().publicConnectivity(), value));
    getChildren().addAll(name, publicConnectivity, elasticIp, subnet, formError);
  }

  @Override
  protected void show(NatGateway nat) {
    name.show(nat.name());
    publicConnectivity.setSelected(nat.publicConnectivity());
    elasticIp.show(nat.elasticIp());
    elasticIp.setDisable(!nat.publicConnectivity());
    subnet.setText("Subnet: " + edits.topology().find(nat.subnetId()).map(Element::label).orElse(nat.subnetId().value()));
  }
}
