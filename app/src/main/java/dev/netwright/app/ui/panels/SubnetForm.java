package dev.netwright.app.ui.panels;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** The inspector's form of a subnet: name, CIDR block, Availability Zone; its VPC, size and route table are shown. */
final class SubnetForm extends ElementForm<Subnet> {
  /** The zone letters offered; AWS regions have at most six. */
  private static final String ZONE_LETTERS = "abcdef";

  private final ValidatedField<String> name = nameField();
  private final ValidatedField<Cidr> cidr;
  private final ComboBox<AvailabilityZone> zone = new ComboBox<>();
  private final Label details = info("inspector-subnet-details");
  private final OutgoingFlowsEditor flows;
  private final SubnetAclChoice acl;
  private final SubnetContents contents;
  private boolean filling;

  SubnetForm(InspectorEdits edits, ElementId id) {
    super(edits, id, Subnet.class);
    cidr = new ValidatedField<>("CIDR block", "inspector-cidr", text -> Cidr.parse(text.trim()), value -> edits.setSubnetCidr(id, value));
    zone.setId("inspector-zone");
    zone.setMaxWidth(Double.MAX_VALUE);
    zone.setOnAction(event -> applyZone());
    Label zoneCaption = new Label("Availability Zone");
    zoneCaption.getStyleClass().add("field-caption");
    flows = new OutgoingFlowsEditor(edits, id, "this subnet");
    acl = new SubnetAclChoice(edits, id, formError);
    contents = new SubnetContents(edits, id);
    getChildren().addAll(name, cidr, zoneCaption, zone, acl, details, formError, contents, flows);
  }

  private void applyZone() {
    AvailabilityZone chosen = zone.getValue();
    if (filling || chosen == null || chosen.equals(current().zone())) {
      return;
    }
    try {
      formError.setText("");
      edits.setSubnetZone(id, chosen);
    } catch (NetwrightException e) {
      formError.setText(e.getMessage());
      filling = true;
      zone.setValue(current().zone());
      filling = false;
    }
  }

  @Override
  protected void show(Subnet subnet) {
    name.show(subnet.name());
    cidr.show(subnet.cidr().toString());
    Region region = edits.topology().find(subnet.vpcId(), Vpc.class).map(Vpc::region).orElse(subnet.zone().region());
    List<AvailabilityZone> zones = new ArrayList<>();
    for (char letter : ZONE_LETTERS.toCharArray()) {
      zones.add(region.zone(letter));
    }
    if (!zones.contains(subnet.zone())) {
      zones.add(0, subnet.zone());
    }
    filling = true;
    zone.getItems().setAll(zones);
    zone.setValue(subnet.zone());
    filling = false;
    String table = edits.topology().routeTableOf(subnet.id())
        .map(used -> used.label() + (edits.topology().explicitRouteTable(subnet.id()).isPresent() ? "" : " (main)"))
        .orElse("none");
    details.setText("VPC: " + edits.topology().find(subnet.vpcId()).map(Element::label).orElse(subnet.vpcId().value())
        + "\nUsable addresses: " + subnet.cidr().usableAddresses()
        + "\nRoute table: " + table);
    acl.show(subnet);
    contents.show(subnet);
    flows.refresh();
  }
}
