package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import java.util.Set;
import javafx.scene.control.Label;

/** The inspector's form of a route table: name, routes (add and remove), and the subnets associated with it. */
final class RouteTableForm extends ElementForm<RouteTable> {
  private final ValidatedField<String> name = nameField();
  private final RoutesEditor routes;
  private final MembershipList associations;
  private final Label subnets = info("inspector-route-table-subnets");

  RouteTableForm(InspectorEdits edits, ElementId id) {
    super(edits, id, RouteTable.class);
    routes = new RoutesEditor(edits, id);
    associations = new MembershipList("Associated subnets", "inspector-table-subnets",
        (subnet, associated) -> edits.setSubnetAssociation(id, subnet, associated));
    getChildren().addAll(name, routes, associations, subnets, formError);
  }

  @Override
  protected void show(RouteTable table) {
    name.show(table.name());
    routes.show(table);
    associations.show(edits.topology().inVpc(table.vpcId(), Subnet.class), Set.copyOf(table.subnetIds()));
    String used = String.join(", ", edits.topology().subnetsUsing(table).stream().map(Subnet::label).toList());
    subnets.setText((table.main() ? "Main route table: used by every subnet without an association. " : "") + "Used by: "
        + (used.isEmpty() ? "no subnet" : used));
  }
}
