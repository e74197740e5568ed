package dev.netwright.model.check;

import dev.netwright.model.check.rules.AclBlocksEndpointRule;
import dev.netwright.model.check.rules.TgwAttachmentTwoSubnetsOneAzRule;
import dev.netwright.model.check.rules.RouteToUnattachedTgwRule;
import dev.netwright.model.check.rules.TgwAttachmentNoRouteTableRule;
import dev.netwright.model.check.rules.SharedEndpointCutRule;
import dev.netwright.model.check.rules.HostedZonePrivateDnsConflictRule;
import dev.netwright.model.check.rules.EndpointPrivateDnsDuplicateRule;
import dev.netwright.model.check.rules.GatewayEndpointDuplicateRule;
import dev.netwright.model.check.rules.SharedEndpointPublicDnsRule;
import dev.netwright.model.check.rules.NoReturnRouteRule;
import dev.netwright.model.check.rules.AclOpenAdminPortRule;
import dev.netwright.model.check.rules.AclRepliesBlockedRule;
import dev.netwright.model.check.rules.AclRuleShadowedRule;
import dev.netwright.model.check.rules.CidrSizeRule;
import dev.netwright.model.check.rules.DefaultSecurityGroupOpenRule;
import dev.netwright.model.check.rules.EndpointTwoSubnetsOneAzRule;
import dev.netwright.model.check.rules.GatewayEndpointNoRouteTableRule;
import dev.netwright.model.check.rules.GatewayEndpointRegionRule;
import dev.netwright.model.check.rules.GatewayEndpointServiceRule;
import dev.netwright.model.check.rules.InterfaceEndpointDefaultSgRule;
import dev.netwright.model.check.rules.InterfaceEndpointSg443Rule;
import dev.netwright.model.check.rules.NatCostLeakRule;
import dev.netwright.model.check.rules.NatInPrivateSubnetRule;
import dev.netwright.model.check.rules.NatNoElasticIpRule;
import dev.netwright.model.check.rules.PeeredVpcOverlapRule;
import dev.netwright.model.check.rules.PrivateDnsVpcDnsRule;
import dev.netwright.model.check.rules.RouteDuplicateDestinationRule;
import dev.netwright.model.check.rules.RouteReservedRangeRule;
import dev.netwright.model.check.rules.RouteTableUnusedRule;
import dev.netwright.model.check.rules.RouteTargetMissingRule;
import dev.netwright.model.check.rules.RouteTargetOtherVpcRule;
import dev.netwright.model.check.rules.SecurityGroupHighRiskPortRule;
import dev.netwright.model.check.rules.SecurityGroupOpenPortRule;
import dev.netwright.model.check.rules.SubnetAzRegionRule;
import dev.netwright.model.check.rules.SubnetImplicitMainTableRule;
import dev.netwright.model.check.rules.SubnetOutsideVpcRule;
import dev.netwright.model.check.rules.SubnetOverlapRule;
import dev.netwright.model.check.rules.SubnetTooSmallRule;
import dev.netwright.model.check.rules.VpcBlockOverlapRule;
import dev.netwright.model.check.rules.VpcMultipleIgwRule;
import dev.netwright.model.check.rules.WorkloadGroupBlocksEndpointRule;
import dev.netwright.model.topology.Topology;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule Netwright runs on a design, and the one way to run them all. The catalogue with the
 * meaning of each id is docs/rules.md. For repeated checks of an edited design use a
 * {@link CheckSession}, which gives the same findings faster.
 */
public final class Checks {
  private static final List<Rule> ALL = List.of(
      new StructureRule(),
      // CIDR
      new CidrSizeRule(),
      new SubnetOutsideVpcRule(),
      new SubnetOverlapRule(),
      new VpcBlockOverlapRule(),
      new PeeredVpcOverlapRule(),
      new SubnetTooSmallRule(),
      // placement
      new SubnetAzRegionRule(),
      new EndpointTwoSubnetsOneAzRule(),
      new NatInPrivateSubnetRule(),
      new NatNoElasticIpRule(),
      new VpcMultipleIgwRule(),
      new RouteReservedRangeRule(),
      // routing
      new RouteTargetMissingRule(),
      new RouteTargetOtherVpcRule(),
      new RouteDuplicateDestinationRule(),
      new SubnetImplicitMainTableRule(),
      new RouteTableUnusedRule(),
      // endpoints
      new GatewayEndpointServiceRule(),
      new GatewayEndpointRegionRule(),
      new GatewayEndpointNoRouteTableRule(),
      new InterfaceEndpointDefaultSgRule(),
      new InterfaceEndpointSg443Rule(),
      new PrivateDnsVpcDnsRule(),
      new NatCostLeakRule(),
      new TgwAttachmentTwoSubnetsOneAzRule(),
      new RouteToUnattachedTgwRule(),
      new TgwAttachmentNoRouteTableRule(),
      new SharedEndpointCutRule(),
      new HostedZonePrivateDnsConflictRule(),
      new EndpointPrivateDnsDuplicateRule(),
      new GatewayEndpointDuplicateRule(),
      new SharedEndpointPublicDnsRule(),
      new NoReturnRouteRule(),
      // inside the VPC
      new AclRepliesBlockedRule(),
      new AclRuleShadowedRule(),
      new AclBlocksEndpointRule(),
      new WorkloadGroupBlocksEndpointRule(),
      new DefaultSecurityGroupOpenRule(),
      new SecurityGroupHighRiskPortRule(),
      new SecurityGroupOpenPortRule(),
      new AclOpenAdminPortRule());

  /** Errors first, then by rule id, then by the elements named. */
  public static final Comparator<Finding> ORDER = FindingOrder.INSTANCE;

  private Checks() {
  }

  /** Every rule, in catalogue order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The findings of every rule on a topology, in {@link #ORDER}. */
  public static List<Finding> run(Topology topology) {
    return new CheckSession(ALL).check(topology);
  }
}
