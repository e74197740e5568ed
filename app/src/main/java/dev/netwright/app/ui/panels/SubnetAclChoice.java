package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The network ACL a subnet uses, in the subnet's form: one of its VPC's ACLs, chosen from a list
 * (choosing another associates the subnet with it, one undo step). A VPC whose design states no
 * ACL keeps the one AWS creates, which allows everything; the list says so.
 */
final class SubnetAclChoice extends VBox {
  private final InspectorEdits edits;
  private final ElementId subnetId;
  private final Label formError;
  private final ChoiceBox<ElementId> choice = new ChoiceBox<>();
  private final Label none = new Label("the VPC's default (AWS's, allows everything both ways)");
  private boolean filling;

  SubnetAclChoice(InspectorEdits edits, ElementId subnetId, Label formError) {
    this.edits = edits;
    this.subnetId = subnetId;
    this.formError = formError;
    setSpacing(2);
    Label caption = new Label("Network ACL");
    caption.getStyleClass().add("field-caption");
    choice.setId("inspector-subnet-acl");
    choice.setMaxWidth(Double.MAX_VALUE);
    choice.setConverter(ElementForm.converter(id -> edits.topology().find(id, NetworkAcl.class)
        .map(acl -> acl.label() + (acl.isDefault() ? " (default)" : "")).orElse(id.value())));
    choice.setOnAction(event -> choose());
    none.setId("inspector-subnet-acl-none");
    none.getStyleClass().add("field-info");
    none.setWrapText(true);
    getChildren().addAll(caption, choice, none);
  }

  private void choose() {
    ElementId chosen = choice.getValue();
    if (filling || chosen == null) {
      return;
    }
    try {
      formError.setText("");
      edits.setSubnetAcl(subnetId, chosen);
    } catch (NetwrightException e) {
      formError.setText(e.getMessage());
      show(edits.topology().require(subnetId, Subnet.class));
    }
  }

  void show(Subnet subnet) {
    List<ElementId> acls = edits.topology().inVpc(subnet.vpcId(), NetworkAcl.class).stream().map(Element::id).toList();
    filling = true;
    choice.getItems().setAll(acls);
    choice.setValue(edits.topology().networkAclOf(subnet.id()).map(NetworkAcl::id).orElse(null));
    filling = false;
    choice.setVisible(!acls.isEmpty());
    choice.setManaged(!acls.isEmpty());
    none.setVisible(acls.isEmpty());
    none.setManaged(acls.isEmpty());
  }
}
