package dev.netwright.model.check.rules;

import static dev.netwright.model.check.Baseline.id;
import static dev.netwright.model.check.RuleAssert.ids;
import static dev.netwright.model.check.RuleAssert.none;
import static dev.netwright.model.check.RuleAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.check.Baseline;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules about network ACLs, workloads and the Security Hub EC2 controls, each triggered and left quiet. */
class InsideVpcRulesTest {
  static AclRule allow(int number, String ports, String cidr) {
    return AclRule.tcp(number, PortRange.parse(ports), Cidr.parse(cidr), AclAction.ALLOW);
  }

  static AclRule deny(int number, String ports, String cidr) {
    return AclRule.tcp(number, PortRange.parse(ports), Cidr.parse(cidr), AclAction.DENY);
  }

  static NetworkAcl acl(List<AclRule> inbound, List<AclRule> outbound) {
    return new NetworkAcl(id("PrivateAcl"), "private-acl", Baseline.VPC.id(), false, inbound, outbound, List.of(Baseline.PRIVATE_A.id()));
  }

  static SecurityGroup ingress(String id, String name, SecurityRule... rules) {
    return new SecurityGroup(id(id), name, Baseline.VPC.id(), "", List.of(rules), List.of());
  }

  @Test
  void aclRepliesBlocked_httpsOutWithoutEphemeralIn_isReported() {
    Finding finding = single(new AclRepliesBlockedRule(),
        Baseline.with(acl(List.of(allow(100, "443", "0.0.0.0/0")), List.of(allow(100, "443", "0.0.0.0/0")))));
    assertEquals(List.of("PrivateAcl"), ids(finding));
    assertTrue(finding.message().contains("add an inbound rule allowing TCP 1024-65535 from 0.0.0.0/0"), finding.message());
  }

  @Test
  void aclRepliesBlocked_withTheEphemeralRangeIn_isQuiet() {
    none(new AclRepliesBlockedRule(),
        Baseline.with(acl(List.of(allow(100, "1024-65535", "0.0.0.0/0")), List.of(allow(100, "443", "0.0.0.0/0")))));
  }

  @Test
  void aclRuleShadowed_anAllowAfterADenyOfTheSameTraffic_isReported() {
    Finding finding = single(new AclRuleShadowedRule(),
        Baseline.with(acl(List.of(deny(100, "0-65535", "0.0.0.0/0"), allow(200, "443", "10.0.0.0/16")), List.of(AclRule.allowAll(100)))));
    assertTrue(finding.message().contains("inbound rule 200 (allow tcp 443 from 10.0.0.0/16) never applies: rule 100"), finding.message());
  }

  @Test
  void aclRuleShadowed_aNarrowDenyBeforeABroadAllow_isQuiet() {
    none(new AclRuleShadowedRule(),
        Baseline.with(acl(List.of(deny(100, "22", "0.0.0.0/0"), allow(200, "0-65535", "0.0.0.0/0")), List.of(AclRule.allowAll(100)))));
  }

  @Test
  void aclBlocksEndpoint_privateRangesOnly_blocksTheS3GatewayEndpoint() {
    Finding finding = single(new AclBlocksEndpointRule(),
        Baseline.with(acl(List.of(AclRule.allowAll(100)), List.of(allow(100, "0-65535", "10.0.0.0/8")))));
    assertEquals(List.of("PrivateAcl", "PrivateSubnetA", "S3Endpoint"), ids(finding));
    assertTrue(finding.message().contains("(outbound *)"), finding.message());
  }

  @Test
  void aclBlocksEndpoint_anAclThatLetsHttpsAndRepliesThrough_isQuiet() {
    none(new AclBlocksEndpointRule(),
        Baseline.with(acl(List.of(allow(100, "1024-65535", "0.0.0.0/0"), allow(110, "443", "10.0.0.0/16")),
            List.of(allow(100, "443", "0.0.0.0/0"), allow(110, "1024-65535", "10.0.0.0/16")))));
  }

  @Test
  void workloadGroupBlocksEndpoint_groupWithoutHttpsEgress_isReported_namingTheGroup() {
    SecurityGroup dbOnly = new SecurityGroup(id("DbOnlySg"), "", Baseline.VPC.id(), "", List.of(),
        List.of(SecurityRule.tcp(5432, RulePeer.parse("10.0.2.0/24"))));
    Workload app = new Workload(id("App1"), "app-1", WorkloadType.EC2_INSTANCE, Baseline.PRIVATE_A.id(), null, false, List.of(id("DbOnlySg")));
    List<Finding> findings = new WorkloadGroupBlocksEndpointRule().check(Baseline.with(dbOnly, app));
    assertEquals(2, findings.size(), "s3 through its gateway endpoint and ssm through its interface endpoint: " + findings);
    assertEquals(List.of("App1", "DbOnlySg", "S3Endpoint"), ids(findings.get(0)));
    assertTrue(findings.get(0).message().contains("(egress)"), findings.get(0).message());
  }

  @Test
  void workloadGroupBlocksEndpoint_groupThatAllowsHttpsOut_isQuiet() {
    SecurityGroup open = new SecurityGroup(id("AppSg"), "", Baseline.VPC.id(), "", List.of(),
        List.of(SecurityRule.tcp(443, RulePeer.parse("0.0.0.0/0"))));
    Workload app = new Workload(id("App1"), "", WorkloadType.EC2_INSTANCE, Baseline.PRIVATE_A.id(), null, false, List.of(id("AppSg")));
    none(new WorkloadGroupBlocksEndpointRule(), Baseline.with(open, app));
  }

  @Test
  void defaultSecurityGroupOpen_withRules_isReported_asEc2Point2() {
    Finding finding = single(new DefaultSecurityGroupOpenRule(),
        Baseline.with(ingress("DefaultSg", "default", SecurityRule.all(RulePeer.parse("DefaultSg")))));
    assertTrue(finding.message().startsWith("Security Hub EC2.2:"), finding.message());
  }

  @Test
  void defaultSecurityGroupOpen_withoutRules_isQuiet() {
    none(new DefaultSecurityGroupOpenRule(), Baseline.with(ingress("DefaultSg", "default")));
  }

  @Test
  void highRiskPort_sshFromAnywhere_isReported_asEc2Point19() {
    Finding finding = single(new SecurityGroupHighRiskPortRule(),
        Baseline.with(ingress("BastionSg", "bastion", SecurityRule.tcp(22, RulePeer.parse("0.0.0.0/0")))));
    assertTrue(finding.message().startsWith("Security Hub EC2.19: security group bastion (BastionSg) admits tcp 22 0.0.0.0/0"),
        finding.message());
  }

  @Test
  void highRiskPort_sshFromTheVpnOnly_isQuiet() {
    none(new SecurityGroupHighRiskPortRule(),
        Baseline.with(ingress("BastionSg", "bastion", SecurityRule.tcp(22, RulePeer.parse("192.168.0.0/16")))));
  }

  @Test
  void openPort_anUnauthorisedPortFromAnywhere_isReported_asEc2Point18_butHttpsIsNot() {
    Finding finding = single(new SecurityGroupOpenPortRule(), Baseline.with(ingress("WebSg", "web",
        SecurityRule.tcp(443, RulePeer.parse("0.0.0.0/0")), SecurityRule.tcp(8443, RulePeer.parse("0.0.0.0/0")))));
    assertTrue(finding.message().startsWith("Security Hub EC2.18:"), finding.message());
    assertTrue(finding.message().contains("8443"), finding.message());
  }

  @Test
  void openPort_aHighRiskPort_isLeftToEc2Point19() {
    none(new SecurityGroupOpenPortRule(), Baseline.with(ingress("BastionSg", "bastion", SecurityRule.tcp(22, RulePeer.parse("0.0.0.0/0")))));
  }

  @Test
  void aclOpenAdminPort_rdpFromAnywhere_isReported_asEc2Point21() {
    Finding finding = single(new AclOpenAdminPortRule(),
        Baseline.with(acl(List.of(allow(100, "3389", "0.0.0.0/0")), List.of(AclRule.allowAll(100)))));
    assertTrue(finding.message().startsWith("Security Hub EC2.21: network ACL private-acl (PrivateAcl) admits 0.0.0.0/0 to port 3389 (inbound rule 100)"),
        finding.message());
  }

  @Test
  void aclOpenAdminPort_sshDeniedBeforeTheAllowAll_isQuiet() {
    none(new AclOpenAdminPortRule(), Baseline.with(acl(List.of(deny(90, "22", "0.0.0.0/0"), deny(91, "3389", "0.0.0.0/0"),
        new AclRule(100, Protocol.ALL, null, -1, Cidr.ANYWHERE, AclAction.ALLOW)), List.of(AclRule.allowAll(100)))));
  }
}
