package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;

/** The inspector's form of a VPN gateway: name, the on-premises networks behind its connections, and the traffic they send. */
final class VpnGatewayForm extends ElementForm<VpnGateway> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<List<Cidr>> onPremises;
  private final OutgoingFlowsEditor flows;

  VpnGatewayForm(InspectorEdits edits, ElementId id) {
    super(edits, id, VpnGateway.class);
    onPremises = new ValidatedField<>("On-premises CIDR blocks (comma separated)", "inspector-onprem-cidrs",
        text -> parseCidrs(text, false), cidrs -> edits.setOnPremisesCidrs(id, cidrs));
    flows = new OutgoingFlowsEditor(edits, id, "on-premises");
    getChildren().addAll(name, onPremises, formError, flows);
  }

  @Override
  protected void show(VpnGateway vpn) {
    name.show(vpn.name());
    onPremises.show(formatCidrs(vpn.onPremisesCidrs()));
    flows.refresh();
  }
}
