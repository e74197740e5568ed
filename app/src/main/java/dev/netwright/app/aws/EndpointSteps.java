package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ModifyVpcEndpointRequest;

/**
 * Steps that change a VPC endpoint with ModifyVpcEndpoint: the route tables of a gateway endpoint
 * (AWS adds and removes their prefix-list routes), the subnets, security groups and private DNS of
 * an interface endpoint, and a policy the design spells out.
 */
final class EndpointSteps {
  private EndpointSteps() {
  }

  static List<Step> gateway(GatewayEndpoint desired, GatewayEndpoint running, java.util.function.UnaryOperator<ElementId> names) {
    List<Step> steps = new ArrayList<>();
    List<String> add = missing(desired.routeTableIds(), running.routeTableIds());
    List<String> remove = missing(running.routeTableIds(), desired.routeTableIds());
    String id = running.id().value();
    if (!add.isEmpty() || !remove.isEmpty()) {
      steps.add(modify("route tables" + change(add, remove, names), id,
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addRouteTableIds(add).removeRouteTableIds(remove).build(),
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addRouteTableIds(remove).removeRouteTableIds(add).build()));
    }
    policy(desired.policy(), running.policy(), id).ifPresent(steps::add);
    return steps;
  }

  static List<Step> interfaces(InterfaceEndpoint desired, InterfaceEndpoint running,
      java.util.function.UnaryOperator<ElementId> names) {
    List<Step> steps = new ArrayList<>();
    String id = running.id().value();
    List<String> addSubnets = missing(desired.subnetIds(), running.subnetIds());
    List<String> removeSubnets = missing(running.subnetIds(), desired.subnetIds());
    if (!addSubnets.isEmpty() || !removeSubnets.isEmpty()) {
      steps.add(modify("subnets" + change(addSubnets, removeSubnets, names), id,
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addSubnetIds(addSubnets).removeSubnetIds(removeSubnets).build(),
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addSubnetIds(removeSubnets).removeSubnetIds(addSubnets).build()));
    }
    List<String> addGroups = missing(desired.securityGroupIds(), running.securityGroupIds());
    List<String> removeGroups = missing(running.securityGroupIds(), desired.securityGroupIds());
    if (!addGroups.isEmpty() || !removeGroups.isEmpty()) {
      steps.add(modify("security groups" + change(addGroups, removeGroups, names), id,
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addSecurityGroupIds(addGroups).removeSecurityGroupIds(removeGroups)
              .build(),
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).addSecurityGroupIds(removeGroups).removeSecurityGroupIds(addGroups)
              .build()));
    }
    if (desired.privateDns() != running.privateDns()) {
      steps.add(modify((desired.privateDns() ? "turn on" : "turn off") + " private DNS", id,
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).privateDnsEnabled(desired.privateDns()).build(),
          ModifyVpcEndpointRequest.builder().vpcEndpointId(id).privateDnsEnabled(running.privateDns()).build()));
    }
    policy(desired.policy(), running.policy(), id).ifPresent(steps::add);
    return steps;
  }

  private static java.util.Optional<Step> policy(String desired, String running, String id) {
    if (desired.isBlank() || desired.replaceAll("\\s", "").equals(running.replaceAll("\\s", ""))) {
      return java.util.Optional.empty();
    }
    String previous = running.isBlank() ? null : running;
    return java.util.Optional.of(modify("set the endpoint policy", id,
        ModifyVpcEndpointRequest.builder().vpcEndpointId(id).policyDocument(desired).build(),
        previous == null ? ModifyVpcEndpointRequest.builder().vpcEndpointId(id).resetPolicy(true).build()
            : ModifyVpcEndpointRequest.builder().vpcEndpointId(id).policyDocument(previous).build()));
  }

  private static Step modify(String text, String id, ModifyVpcEndpointRequest forward, ModifyVpcEndpointRequest back) {
    return Step.of(text, context -> {
      Ec2Client ec2 = context.ec2();
      ec2.modifyVpcEndpoint(forward);
      context.undo.push("changed " + text + " of " + id, "change " + text + " of " + id + " back", () -> ec2.modifyVpcEndpoint(back));
    });
  }

  private static List<String> missing(List<ElementId> from, List<ElementId> in) {
    return from.stream().filter(id -> !in.contains(id)).map(ElementId::value).toList();
  }

  /** " +A -B" in the design's ids, for the plan's words. */
  private static String change(List<String> add, List<String> remove, java.util.function.UnaryOperator<ElementId> names) {
    List<String> added = add.stream().map(id -> names.apply(ElementId.of(id)).value()).toList();
    List<String> removed = remove.stream().map(id -> names.apply(ElementId.of(id)).value()).toList();
    return (added.isEmpty() ? "" : " +" + String.join(" +", added)) + (removed.isEmpty() ? "" : " -" + String.join(" -", removed));
  }
}
