package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * Asks EC2, with DryRun, whether the credentials may make the plan's calls before any of them is
 * made: one dry call per kind of call whose parameters are known before the run (creates in VPCs
 * that already run, and deletes). EC2 answers DryRunOperation when allowed and
 * UnauthorizedOperation when not.
 */
final class PermissionCheck {
  private final ApplyContext context;

  PermissionCheck(ApplyContext context) {
    this.context = context;
  }

  void check(Plan plan) {
    Map<String, Runnable> calls = new LinkedHashMap<>();
    for (PlannedChange change : plan.changes()) {
      context.useAccount(Planner.accountOf(change.desired() != null ? plan.design().topology() : plan.live().topology(), change.id()));
      Ec2Client ec2 = context.ec2(Planner.regionOf(change.desired() != null ? plan.design().topology() : plan.live().topology(),
          change.id()).orElse(plan.region()));
      if (change.action() == PlannedChange.Action.CREATE) {
        addCreate(calls, ec2, change.desired());
      } else if (change.action() == PlannedChange.Action.DELETE) {
        addDelete(calls, ec2, change.live());
      }
    }
    List<String> refused = new ArrayList<>();
    calls.forEach((action, call) -> {
      try {
        call.run();
      } catch (AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        if ("UnauthorizedOperation".equals(code) || "AccessDenied".equals(code) || "AuthFailure".equals(code)) {
          refused.add(action);
        }
      } catch (SdkException e) {
        throw AwsFailure.of("checking permissions for " + action, e);
      }
    });
    if (!refused.isEmpty()) {
      throw new NetwrightException("the credentials may not call " + String.join(", ", refused)
          + " (DryRun said UnauthorizedOperation); nothing was changed");
    }
  }

  private boolean runs(ElementId id) {
    return context.live.topology().contains(context.resolve(id));
  }

  private void addCreate(Map<String, Runnable> calls, Ec2Client ec2, Element element) {
    if (element instanceof Vpc vpc) {
      calls.putIfAbsent("CreateVpc", () -> ec2.createVpc(r -> r.dryRun(true).cidrBlock(vpc.primaryCidr().toString())));
    } else if (element instanceof Subnet subnet && runs(subnet.vpcId())) {
      calls.putIfAbsent("CreateSubnet", () -> ec2.createSubnet(r -> r.dryRun(true).vpcId(context.aws(subnet.vpcId()))
          .cidrBlock(subnet.cidr().toString()).availabilityZone(subnet.zone().name())));
    } else if (element instanceof RouteTable table && !table.main() && runs(table.vpcId())) {
      calls.putIfAbsent("CreateRouteTable", () -> ec2.createRouteTable(r -> r.dryRun(true).vpcId(context.aws(table.vpcId()))));
    } else if (element instanceof InternetGateway) {
      calls.putIfAbsent("CreateInternetGateway", () -> ec2.createInternetGateway(r -> r.dryRun(true)));
    } else if (element instanceof SecurityGroup group && runs(group.vpcId())) {
      calls.putIfAbsent("CreateSecurityGroup", () -> ec2.createSecurityGroup(r -> r.dryRun(true).vpcId(context.aws(group.vpcId()))
          .groupName(group.id().value()).description("dry run")));
    } else if (element instanceof NetworkAcl acl && !acl.isDefault() && runs(acl.vpcId())) {
      calls.putIfAbsent("CreateNetworkAcl", () -> ec2.createNetworkAcl(r -> r.dryRun(true).vpcId(context.aws(acl.vpcId()))));
    } else if (element instanceof GatewayEndpoint endpoint && runs(endpoint.vpcId())) {
      calls.putIfAbsent("CreateVpcEndpoint", () -> ec2.createVpcEndpoint(r -> r.dryRun(true).vpcEndpointType(VpcEndpointType.GATEWAY)
          .vpcId(context.aws(endpoint.vpcId())).serviceName(endpoint.service())));
    } else if (element instanceof InterfaceEndpoint endpoint && runs(endpoint.vpcId())) {
      calls.putIfAbsent("CreateVpcEndpoint", () -> ec2.createVpcEndpoint(r -> r.dryRun(true)
          .vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(context.aws(endpoint.vpcId())).serviceName(endpoint.service())));
    } else {
      TransitCreator.dryCreate(calls, ec2, element, context, this::runs);
    }
  }

  private void addDelete(Map<String, Runnable> calls, Ec2Client ec2, Element live) {
    String id = live.id().value();
    switch (live.kind()) {
      case VPC: calls.putIfAbsent("DeleteVpc", () -> ec2.deleteVpc(r -> r.dryRun(true).vpcId(id))); break;
      case SUBNET: calls.putIfAbsent("DeleteSubnet", () -> ec2.deleteSubnet(r -> r.dryRun(true).subnetId(id))); break;
      case ROUTE_TABLE: calls.putIfAbsent("DeleteRouteTable", () -> ec2.deleteRouteTable(r -> r.dryRun(true).routeTableId(id))); break;
      case NAT_GATEWAY: calls.putIfAbsent("DeleteNatGateway", () -> ec2.deleteNatGateway(r -> r.dryRun(true).natGatewayId(id))); break;
      case SECURITY_GROUP: calls.putIfAbsent("DeleteSecurityGroup", () -> ec2.deleteSecurityGroup(r -> r.dryRun(true).groupId(id))); break;
      case NETWORK_ACL: calls.putIfAbsent("DeleteNetworkAcl", () -> ec2.deleteNetworkAcl(r -> r.dryRun(true).networkAclId(id))); break;
      case GATEWAY_ENDPOINT: case INTERFACE_ENDPOINT:
        calls.putIfAbsent("DeleteVpcEndpoints", () -> ec2.deleteVpcEndpoints(r -> r.dryRun(true).vpcEndpointIds(id)));
        break;
      default:
        TransitCreator.dryDelete(calls, ec2, live);
        break;
    }
  }
}
