package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/**
 * The inspector's form of a network ACL: name, its VPC and whether it is the VPC's default ACL
 * (fixed by AWS, shown), the subnets associated with it (ticking one moves it here, unticking
 * returns it to the default ACL) and its rules as an ordered table per direction.
 */
final class NetworkAclForm extends ElementForm<NetworkAcl> {
  private final ValidatedField<String> name = nameField();
  private final Label vpc = info("inspector-acl-vpc");
  private final CheckBox isDefault = new CheckBox("The VPC's default ACL (subnets with no association use it)");
  private final MembershipList subnets;
  private final AclRulesTable inbound;
  private final AclRulesTable outbound;

  NetworkAclForm(InspectorEdits edits, ElementId id) {
    super(edits, id, NetworkAcl.class);
    isDefault.setId("inspector-acl-default");
    isDefault.setDisable(true);
    isDefault.setWrapText(true);
    subnets = new MembershipList("Subnets associated (a subnet has one ACL; unticked, it uses the default ACL)",
        "inspector-acl-subnets", (subnet, associated) -> edits.setAclSubnet(id, subnet, associated));
    inbound = new AclRulesTable(edits, id, true);
    outbound = new AclRulesTable(edits, id, false);
    getChildren().addAll(name, vpc, isDefault, subnets, inbound, outbound, formError);
  }

  @Override
  protected void show(NetworkAcl acl) {
    name.show(acl.name());
    vpc.setText("VPC: " + edits.topology().find(acl.vpcId()).map(Element::label).orElse(acl.vpcId().value())
        + (acl.isDefault() ? "" : "\nRules: " + acl.inbound().size() + " inbound, " + acl.outbound().size() + " outbound"));
    isDefault.setSelected(acl.isDefault());
    Set<ElementId> members = new HashSet<>(acl.subnetIds());
    if (acl.isDefault()) {
      // the default ACL also serves every subnet of its VPC that has no association of its own
      edits.topology().inVpc(acl.vpcId(), Subnet.class).stream()
          .filter(subnet -> edits.topology().explicitNetworkAcl(subnet.id()).isEmpty()).forEach(subnet -> members.add(subnet.id()));
    }
    subnets.show(edits.topology().inVpc(acl.vpcId(), Subnet.class), members);
    inbound.show(acl.inbound());
    outbound.show(acl.outbound());
  }

  /** Selects a rule in its table, as a click on a blocked path's rule asks; {@code number} null for the catch-all rule *. */
  void focus(boolean inboundRule, Integer number) {
    (inboundRule ? outbound : inbound).focusRule(-1);
    table(inboundRule).focusRule(number);
  }

  AclRulesTable table(boolean inboundRule) {
    return inboundRule ? inbound : outbound;
  }
}
