package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inspector's form of a Route 53 Resolver inbound endpoint: name, its subnets (AWS asks for at
 * least two) and its security groups (which must admit DNS from the on-premises resolvers).
 */
final class ResolverEndpointForm extends ElementForm<ResolverEndpoint> {
  private final ValidatedField<String> name = nameField();
  private final MembershipList subnets;
  private final MembershipList groups;

  ResolverEndpointForm(InspectorEdits edits, ElementId id) {
    super(edits, id, ResolverEndpoint.class);
    subnets = new MembershipList("Subnets (at least two)", "inspector-resolver-subnets",
        (subnet, on) -> edits.editor().update(current().withSubnets(toggled(current().subnetIds(), subnet, on))));
    groups = new MembershipList("Security groups (admit TCP and UDP 53 from on-premises)", "inspector-resolver-groups",
        (group, on) -> edits.editor().update(current().withSecurityGroups(toggled(current().securityGroupIds(), group, on))));
    getChildren().addAll(name, formError, subnets, groups);
  }

  private static List<ElementId> toggled(List<ElementId> ids, ElementId changed, boolean member) {
    List<ElementId> result = new ArrayList<>(ids);
    result.remove(changed);
    if (member) {
      result.add(changed);
    }
    return result;
  }

  @Override
  protected void show(ResolverEndpoint endpoint) {
    name.show(endpoint.name());
    subnets.show(edits.topology().inVpc(endpoint.vpcId(), Subnet.class), Set.copyOf(endpoint.subnetIds()));
    groups.show(edits.topology().inVpc(endpoint.vpcId(), SecurityGroup.class), Set.copyOf(endpoint.securityGroupIds()));
  }
}
