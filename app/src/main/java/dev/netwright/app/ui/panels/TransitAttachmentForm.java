package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/**
 * The inspector's form of a transit gateway attachment: name, what it joins, the route table it is
 * associated with (a choice among its gateway's tables), and for a VPC attachment its subnets (one
 * per zone), for a VPN attachment the on-premises networks behind it and its customer gateway (the
 * on-premises device's public address and BGP ASN, which apply needs).
 */
final class TransitAttachmentForm extends ElementForm<TransitGatewayAttachment> {
  private final ValidatedField<String> name = nameField();
  private final Label joins = info("inspector-attachment-joins");
  private final ComboBox<ElementId> table;
  private final Label tableCaption = new Label("Associated route table");
  private final MembershipList subnets;
  private final ValidatedField<List<Cidr>> onPremises;
  private final ValidatedField<java.util.Optional<CustomerGateway>> customerGateway;

  TransitAttachmentForm(InspectorEdits edits, ElementId id) {
    super(edits, id, TransitGatewayAttachment.class);
    table = TransitForms.idChoice("inspector-attachment-table", edits);
    table.setOnAction(event -> associate());
    tableCaption.getStyleClass().add("field-caption");
    subnets = new MembershipList("Subnets (one per Availability Zone)", "inspector-attachment-subnets", (subnet, on) -> {
      if (on) {
        edits.editor().transit().addAttachmentSubnet(id, subnet);
      } else {
        edits.editor().transit().removeAttachmentSubnet(id, subnet);
      }
    });
    onPremises = new ValidatedField<>("On-premises CIDR blocks (comma separated)", "inspector-attachment-onprem",
        text -> parseCidrs(text, false), cidrs -> {
          TransitGatewayVpnAttachment vpn = edits.topology().require(id, TransitGatewayVpnAttachment.class);
          if (!vpn.onPremisesCidrs().equals(cidrs)) {
            edits.editor().update(vpn.withOnPremisesCidrs(cidrs));
          }
        });
    customerGateway = new ValidatedField<>("Customer gateway: the VPN device's public IPv4 address and BGP ASN (e.g. 203.0.113.10 65000;"
        + " empty while not known: apply needs it)", "inspector-attachment-customer-gateway", TransitAttachmentForm::parseCustomerGateway,
        device -> {
          TransitGatewayVpnAttachment vpn = edits.topology().require(id, TransitGatewayVpnAttachment.class);
          if (!java.util.Objects.equals(vpn.customerGateway(), device.orElse(null))) {
            edits.editor().update(vpn.withCustomerGateway(device.orElse(null)));
          }
        });
    getChildren().addAll(name, joins, tableCaption, table, formError);
    TransitGatewayAttachment attachment = current();
    if (attachment instanceof TransitGatewayVpcAttachment) {
      getChildren().add(subnets);
    } else if (attachment instanceof TransitGatewayVpnAttachment) {
      getChildren().addAll(onPremises, customerGateway);
    }
  }

  /** "ADDRESS [ASN]" (ASN 65000 when left out), or empty for a device not known yet. */
  static java.util.Optional<CustomerGateway> parseCustomerGateway(String text) {
    String[] parts = text.trim().split("[\\s,]+");
    if (text.isBlank()) {
      return java.util.Optional.empty();
    }
    if (parts.length > 2) {
      throw new NetwrightException("give the device's address and, optionally, its ASN: like 203.0.113.10 65000");
    }
    long asn = CustomerGateway.DEFAULT_ASN;
    if (parts.length == 2) {
      try {
        asn = Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        throw new NetwrightException("the BGP ASN is a whole number (1 to 4294967294), not '" + parts[1] + "'");
      }
    }
    return java.util.Optional.of(new CustomerGateway(parts[0], asn));
  }

  private void associate() {
    ElementId chosen = table.getValue();
    if (chosen == null) {
      return;
    }
    Topology topology = edits.topology();
    TransitGatewayAttachment attachment = current();
    boolean already = topology.transitGatewayRouteTableOf(id, attachment.transitGatewayId())
        .map(found -> found.id().equals(chosen) && found.associations().contains(id)).orElse(false);
    if (already) {
      return;
    }
    formError.setText("");
    try {
      edits.editor().transit().associate(id, chosen);
    } catch (NetwrightException e) {
      formError.setText(e.getMessage());
      refresh();
    }
  }

  @Override
  protected void show(TransitGatewayAttachment attachment) {
    Topology topology = edits.topology();
    name.show(attachment.name());
    String gateway = TransitForms.labelOf(topology, attachment.transitGatewayId());
    if (attachment instanceof TransitGatewayVpcAttachment vpc) {
      joins.setText("Attaches VPC " + TransitForms.labelOf(topology, vpc.vpcId()) + " to " + gateway);
      subnets.show(topology.inVpc(vpc.vpcId(), Subnet.class), Set.copyOf(vpc.subnetIds()));
    } else if (attachment instanceof TransitGatewayVpnAttachment vpn) {
      joins.setText("Joins the on-premises networks behind a VPN to " + gateway);
      onPremises.show(formatCidrs(vpn.onPremisesCidrs()));
      customerGateway.show(vpn.customerGateway() == null ? ""
          : vpn.customerGateway().ipAddress() + " " + vpn.customerGateway().bgpAsn());
    } else {
      joins.setText("Joins transit gateways " + String.join(" and ", attachment.transitGatewayIds().stream()
          .map(gw -> TransitForms.labelOf(topology, gw)).toList()));
    }
    List<ElementId> tables = topology.transitGatewayRouteTables().stream()
        .filter(t -> t.transitGatewayId().equals(attachment.transitGatewayId())).map(TransitGatewayRouteTable::id).toList();
    table.getItems().setAll(tables);
    ElementId current = topology.transitGatewayRouteTableOf(id, attachment.transitGatewayId()).map(TransitGatewayRouteTable::id)
        .orElse(null);
    table.setValue(current);
    tableCaption.setText(current == null ? "Associated route table: none (packets from it are dropped)" : "Associated route table");
  }
}
