package dev.netwright.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What the rules say about the shared sample designs: each shows its scenario, none is broken. */
class SampleFindingsTest {
  private static final List<String> SAMPLES = List.of("s3-gateway-endpoints.json", "ssm-interface-endpoints.json",
      "three-tier.json", "s3-cost-leak.json", "onprem-vpn-s3-interface.json", "peered-vpcs.json", "locked-down-acl.json");

  @TestFactory
  Stream<DynamicTest> everySample_hasNoErrors() {
    return SAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      List<Finding> findings = Checks.run(load(name));
      assertTrue(findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR), () -> name + ": " + findings);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySample_givesTheSameFindingsInASession() {
    return SAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Topology topology = load(name);
      assertEquals(Checks.run(topology), new CheckSession(Checks.all()).check(topology));
    }));
  }

  @Test
  void s3CostLeakSample_warnsThatTheAppSubnetsReachS3ThroughTheNatGateway() {
    List<Finding> findings = Checks.run(load("s3-cost-leak.json"));
    assertEquals(List.of("NAT-COST-LEAK", "NAT-COST-LEAK"), findings.stream().map(Finding::rule).toList());
    assertEquals(List.of("AppSubnetA", "AppRouteTable", "S3GatewayEndpoint", "NatGateway"), RuleAssert.ids(findings.get(0)));
    assertEquals(List.of("AppSubnetB", "AppRouteTable", "S3GatewayEndpoint", "NatGateway"), RuleAssert.ids(findings.get(1)));
  }

  @Test
  void s3GatewayEndpointsSample_theFixedDesign_hasNoCostLeak() {
    assertTrue(Checks.run(load("s3-gateway-endpoints.json")).stream().noneMatch(finding -> finding.rule().equals("NAT-COST-LEAK")));
  }

  @Test
  void lockedDownAclSample_reportsTheWorkloadWhoseGroupBlocksS3_asItsDescriptionSays() {
    Topology topology = load("locked-down-acl.json");
    List<Finding> findings = Checks.run(topology);
    assertEquals(List.of("ACL-OPEN-ADMIN-PORT", "WORKLOAD-SG-BLOCKS-ENDPOINT"), findings.stream().map(Finding::rule).toList());
    assertEquals(List.of("Web1", "WebSecurityGroup", "S3GatewayEndpoint"), RuleAssert.ids(findings.get(1)));
    assertEquals(findings, new CheckSession(Checks.all()).check(topology));
  }

  private static Topology load(String name) {
    String property = System.getProperty("netwright.samples");
    Path folder = property != null ? Path.of(property) : Path.of("..", "samples");
    Path file = folder.resolve(name);
    assertTrue(Files.isRegularFile(file), "missing sample " + file.toAbsolutePath());
    return new DesignFile().read(file).topology();
  }
}
