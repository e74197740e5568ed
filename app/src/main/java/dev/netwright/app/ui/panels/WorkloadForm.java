package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.IpAddress;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/**
 * The inspector's form of a workload: name, what it is (EC2 instance, Lambda function, ECS task,
 * RDS instance, load balancer, other network interface), its subnet (another subnet of the VPC
 * moves it there), its private address (optional; it must lie in the subnet), whether it has a
 * public address, its security groups and the traffic it sends.
 */
final class WorkloadForm extends ElementForm<Workload> {
  private final ValidatedField<String> name = nameField();
  private final ChoiceBox<WorkloadType> type = new ChoiceBox<>();
  private final ChoiceBox<ElementId> subnet = new ChoiceBox<>();
  private final ValidatedField<IpAddress> address;
  private final CheckBox publicIp;
  private final MembershipList groups;
  private final OutgoingFlowsEditor flows;
  private boolean filling;

  WorkloadForm(InspectorEdits edits, ElementId id) {
    super(edits, id, Workload.class);
    type.setId("inspector-workload-type");
    type.getItems().setAll(WorkloadType.values());
    type.setConverter(converter(value -> value.label()));
    type.setOnAction(event -> choose(() -> edits.setWorkloadType(id, type.getValue())));
    subnet.setId("inspector-workload-subnet");
    subnet.setConverter(converter(subnetId -> edits.topology().find(subnetId).map(found -> found.label() + " ("
        + ((Subnet) found).cidr() + ")").orElse(subnetId.value())));
    subnet.setOnAction(event -> choose(() -> edits.setWorkloadSubnet(id, subnet.getValue())));
    address = new ValidatedField<>("Private address (blank: AWS picks one in the subnet)", "inspector-workload-address",
        this::parseAddress, value -> edits.setWorkloadAddress(id, value, current().publicIp()));
    publicIp = flag("Has a public address", "inspector-workload-public",
        on -> edits.setWorkloadAddress(id, current().privateIp(), on));
    groups = new MembershipList("Security groups", "inspector-workload-groups",
        (group, member) -> edits.setWorkloadGroup(id, group, member));
    flows = new OutgoingFlowsEditor(edits, id, "this workload");
    getChildren().addAll(name, caption("Kind"), type, caption("Subnet"), subnet, address, publicIp, groups, formError, flows);
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("field-caption");
    return label;
  }

  private IpAddress parseAddress(String text) {
    if (text.isBlank()) {
      return null;
    }
    IpAddress parsed = IpAddress.parse(text);
    Subnet in = edits.topology().require(current().subnetId(), Subnet.class);
    if (!in.cidr().contains(parsed.value())) {
      throw new InvalidValueException(parsed + " is outside " + in.label() + " (" + in.cidr() + "): use an address of that block");
    }
    return parsed;
  }

  /** Applies a choice; a refused one is explained and the choices show the design again. */
  private void choose(Runnable change) {
    if (filling) {
      return;
    }
    try {
      formError.setText("");
      change.run();
    } catch (NetwrightException e) {
      String reason = e.getMessage();
      refresh();
      formError.setText(reason);
    }
  }

  @Override
  protected void show(Workload workload) {
    name.show(workload.name());
    filling = true;
    type.setValue(workload.type());
    Subnet in = edits.topology().find(workload.subnetId(), Subnet.class).orElse(null);
    if (in != null) {
      subnet.getItems().setAll(edits.topology().inVpc(in.vpcId(), Subnet.class).stream().map(Element::id).toList());
    } else {
      subnet.getItems().setAll(workload.subnetId());
    }
    subnet.setValue(workload.subnetId());
    filling = false;
    address.show(workload.address().map(IpAddress::toString).orElse(""));
    publicIp.setSelected(workload.publicIp());
    if (in != null) {
      groups.show(edits.topology().inVpc(in.vpcId(), SecurityGroup.class), Set.copyOf(workload.securityGroupIds()));
    }
    flows.refresh();
  }
}
