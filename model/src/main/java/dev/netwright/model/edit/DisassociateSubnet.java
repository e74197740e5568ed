package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;

/** Ends a subnet's explicit association: it falls back to its VPC's main route table. */
public final class DisassociateSubnet implements Command {
  private final String label;
  private final ElementId subnetId;

  DisassociateSubnet(String label, ElementId subnetId) {
    this.label = label;
    this.subnetId = subnetId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.topology().explicitRouteTable(subnetId)
        .map(table -> document.withTopology(document.topology().with(table.withSubnetIds(
            table.subnetIds().stream().filter(id -> !id.equals(subnetId)).toList()))))
        .orElse(document);
  }
}
