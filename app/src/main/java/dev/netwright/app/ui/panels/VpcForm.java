package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** The inspector's form of a VPC: name, CIDR blocks, DNS flags; the region is shown. */
final class VpcForm extends ElementForm<Vpc> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<List<Cidr>> blocks;
  private final CheckBox dnsSupport;
  private final CheckBox dnsHostnames;
  private final Label region = info("inspector-region");

  VpcForm(InspectorEdits edits, ElementId id) {
    super(edits, id, Vpc.class);
    blocks = new ValidatedField<>("CIDR blocks (comma separated, the first is primary)", "inspector-cidr-blocks",
        text -> parseCidrs(text, true), cidrs -> edits.setVpcCidrBlocks(id, cidrs));
    dnsSupport = flag("DNS support (enableDnsSupport)", "inspector-dns-support",
        on -> edits.setVpcDns(id, on, current().dnsHostnames()));
    dnsHostnames = flag("DNS hostnames (enableDnsHostnames)", "inspector-dns-hostnames",
        on -> edits.setVpcDns(id, current().dnsSupport(), on));
    getChildren().addAll(name, blocks, dnsSupport, dnsHostnames, region, formError);
  }

  @Override
  protected void show(Vpc vpc) {
    name.show(vpc.name());
    blocks.show(formatCidrs(vpc.cidrBlocks()));
    dnsSupport.setSelected(vpc.dnsSupport());
    dnsHostnames.setSelected(vpc.dnsHostnames());
    region.setText("Region: " + vpc.region());
  }
}
