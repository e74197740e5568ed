package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.NatGateway;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} runs every rule and prints each finding on one line a person can act on. */
class ValidateFindingsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void validate_onEverySample_reportsExactlyWhatEveryRuleFinds_andNoErrorItsDescriptionDoesNotState() throws Exception {
    for (Path sample : CommandLineRun.sampleFiles()) {
      CommandLineRun run = CommandLineRun.of("validate", sample.toString(), "--format", "json");
      // a sample may hold an error on purpose (onprem-tgw-vpn.json's missing return route): its description then names the rule
      dev.netwright.model.document.Document design = new DesignFile().read(sample);
      boolean errorsStated = Checks.run(design.topology()).stream()
          .filter(finding -> finding.severity() == dev.netwright.model.check.Severity.ERROR)
          .allMatch(finding -> design.description().contains(finding.rule()));
      assertEquals(errorsStated && run.exitCode() == 1 ? 1 : 0, run.exitCode(), sample + ": " + run.out() + run.err());
      List<String> printed = new ArrayList<>();
      for (JsonNode finding : JSON.readTree(run.out()).get("findings")) {
        printed.add(finding.get("rule").asText() + " " + finding.get("elements"));
      }
      List<String> expected = Checks.run(new DesignFile().read(sample).topology()).stream()
          .map(finding -> finding.rule() + " " + finding.elements().stream().map(id -> "\"" + id.value() + "\"").toList()
              .toString().replace(" ", ""))
          .toList();
      assertEquals(expected, printed, sample.toString());
    }
  }

  @Test
  void validate_onTheCostLeakSample_printsOneWarningLinePerAppSubnetAndASummary() {
    CommandLineRun run = CommandLineRun.of("validate", CommandLineRun.samples().resolve("s3-cost-leak.json").toString());

    List<String> lines = run.out().lines().toList();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith("warning NAT-COST-LEAK [AppSubnetA, AppRouteTable, S3GatewayEndpoint, NatGateway]: "
        + "Associate s3-gateway (S3GatewayEndpoint) with route table app-rt (AppRouteTable), or S3 traffic from app-a (AppSubnetA)"
        + " keeps going through NAT gateway nat-a (NatGateway)"), lines.get(0));
    assertTrue(lines.get(1).startsWith("warning NAT-COST-LEAK [AppSubnetB,"), lines.get(1));
    assertTrue(lines.get(2).endsWith("s3-cost-leak.json: 0 errors, 2 warnings, 0 info"), lines.get(2));
  }

  @Test
  void validate_onADesignWithAnError_exitsOneAndAlignsTheSeverities() throws Exception {
    DesignFile file = new DesignFile();
    Document leak = file.read(CommandLineRun.samples().resolve("s3-cost-leak.json"));
    NatGateway nat = leak.topology().require(ElementId.of("NatGateway"), NatGateway.class);
    Path broken = dir.resolve("broken.json");
    file.write(leak.withTopology(leak.topology().with(nat.withConnectivity(true, ""))), broken);

    CommandLineRun run = CommandLineRun.of("validate", broken.toString());

    List<String> lines = run.out().lines().toList();
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(lines.get(0).startsWith("error   NAT-NO-ELASTIC-IP [NatGateway, PublicSubnetA]: Public NAT gateway nat-a (NatGateway)"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("warning NAT-COST-LEAK "), lines.get(1));
    assertTrue(lines.get(lines.size() - 1).endsWith("1 error, 2 warnings, 0 info"), run.out());
  }

  @Test
  void validate_findingsInJson_carryTheRuleSeverityElementsAndMessage() {
    CommandLineRun run = CommandLineRun.of("validate", CommandLineRun.samples().resolve("s3-cost-leak.json").toString(),
        "--format", "json");
    List<Finding> expected = Checks.run(new DesignFile().read(CommandLineRun.samples().resolve("s3-cost-leak.json")).topology());
    assertEquals(2, expected.size());
    assertTrue(run.out().contains("\"rule\" : \"NAT-COST-LEAK\"") && run.out().contains("\"severity\" : \"warning\""), run.out());
    assertTrue(run.out().contains(expected.get(0).message()), run.out());
  }
}
