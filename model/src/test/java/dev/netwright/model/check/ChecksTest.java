package dev.netwright.model.check;

import static dev.netwright.model.check.Baseline.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void run_onTheSoundBaseline_findsNothing() {
    assertEquals(List.of(), Checks.run(Baseline.topology()));
  }

  @Test
  void all_ruleIds_areUniqueUpperCaseWords() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Checks.all()) {
      assertTrue(Pattern.matches("[A-Z0-9]+(-[A-Z0-9]+)*", rule.id()), rule.id());
      assertTrue(ids.add(rule.id()), "two rules share " + rule.id());
    }
    assertEquals(42, ids.size());
  }

  @Test
  void run_sortsErrorsFirstThenByRuleThenByElements() {
    Topology broken = Baseline.with(
        Baseline.NAT.withConnectivity(true, ""),
        new InternetGateway(id("Igw2"), "", Baseline.VPC.id()),
        Baseline.S3.withRouteTables(List.of()),
        Baseline.table("Spare", "Vpc", false, List.of()),
        Baseline.PRIVATE_B.withCidr(Cidr.parse("10.0.1.0/24")));
    List<String> order = Checks.run(broken).stream().map(finding -> finding.severity() + " " + finding.rule()).toList();
    assertEquals(List.of("error CIDR-OVERLAP", "error NAT-NO-ELASTIC-IP", "error VPC-MULTIPLE-IGW",
        "warning GATEWAY-ENDPOINT-NO-ROUTE-TABLE", "warning NAT-COST-LEAK", "warning NAT-COST-LEAK", "info ROUTE-TABLE-UNUSED"), order);
  }

  @Test
  void run_zoneOutsideTheRegion_isReportedOnceBySubnetAzRegionNotAlsoByStructure() {
    List<Finding> findings = Checks.run(Baseline.with(Baseline.PRIVATE_B.withZone(AvailabilityZone.of("eu-west-1b"))));
    assertEquals(List.of("SUBNET-AZ-REGION"), findings.stream().map(Finding::rule).toList());
  }

  @Test
  void run_routeToAMissingTarget_isReportedOnceByRouteTargetMissingNotAlsoByStructure() {
    List<Finding> findings = Checks.run(Baseline.with(Baseline.PRIVATE_RT.withRoutes(
        List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("172.16.0.0/12", "Gone")))));
    assertEquals(List.of("ROUTE-TARGET-MISSING"), findings.stream().map(Finding::rule).toList());
  }

  @Test
  void run_danglingReference_isStillAStructureError() {
    List<Finding> findings = Checks.run(Baseline.with(Baseline.SSM.withSecurityGroups(List.of(id("NoSuchGroup")))));
    assertEquals(List.of("STRUCTURE"), findings.stream().map(Finding::rule).toList());
    assertEquals(List.of(id("SsmEndpoint")), findings.get(0).elements());
  }
}
