package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cost} and {@code advise} as scripts see them: exit codes, text, the JSON shapes of CLI.md. */
class CostCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String sample(String name) {
    return CommandLineRun.samples().resolve(name).toString();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void cost_json_hasTheShapeOfCliMd_withTheLeakSamplesFigures() throws Exception {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(List.of("currency", "region", "priceDate", "monthlyTotal", "items"), fieldNames(root));
    assertEquals("USD", root.get("currency").asText());
    assertEquals("us-east-1", root.get("region").asText());
    assertEquals("2026-11-01", root.get("priceDate").asText());
    assertEquals(42.85, root.get("monthlyTotal").asDouble());
    JsonNode nat = root.get("items").get(0);
    assertEquals(List.of("id", "kind", "monthly", "detail"), fieldNames(nat));
    assertEquals("NatGateway", nat.get("id").asText());
    assertEquals("nat-gateway", nat.get("kind").asText());
    assertEquals(41.85, nat.get("monthly").asDouble());
    assertEquals("730 h x $0.045 + 200 GB x $0.045", nat.get("detail").asText());
  }

  @Test
  void cost_text_listsEachItem_theTotal_andTheTrafficItAssumes() {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("at the AWS list prices of 2026-11-01"), run.out());
    assertTrue(run.out().lines().anyMatch(line -> line.contains("NatGateway") && line.contains("$41.85")
        && line.endsWith("730 h x $0.045 + 200 GB x $0.045")), run.out());
    assertTrue(run.out().contains("Total: $42.85 a month."), run.out());
    assertTrue(run.out().contains("Traffic assumed: 100 GB a month from each subnet to S3"), run.out());
  }

  @Test
  void cost_gbPerSubnet_changesTheTrafficPriced() throws Exception {
    CommandLineRun none = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--gb-per-subnet", "0", "--format", "json");
    CommandLineRun more = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--gb-per-subnet", "1000", "--format", "json");

    assertEquals(32.85, JSON.readTree(none.out()).get("monthlyTotal").asDouble(), "the NAT gateway's hours only");
    // 32.85 + 2000 GB x $0.045 through the NAT gateway + 1000 GB x $0.01 across zones
    assertEquals(132.85, JSON.readTree(more.out()).get("monthlyTotal").asDouble());
  }

  @Test
  void advise_json_recommendsAssociatingTheLeakSamplesEndpoint_withItsSaving() throws Exception {
    CommandLineRun run = CommandLineRun.of("advise", sample("s3-cost-leak.json"), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(List.of("recommendations"), fieldNames(root));
    JsonNode first = root.get("recommendations").get(0);
    assertEquals(List.of("kind", "elements", "message", "monthlySavings"), fieldNames(first));
    assertEquals("associate-gateway-endpoint", first.get("kind").asText());
    assertEquals("[\"S3GatewayEndpoint\",\"AppRouteTable\"]", first.get("elements").toString());
    assertEquals(10.0, first.get("monthlySavings").asDouble());
    assertTrue(first.get("message").asText().startsWith("Associate gateway endpoint S3GatewayEndpoint with route table AppRouteTable"));
  }

  @Test
  void advise_json_onTheDefaultSample_hasNoRecommendation() throws Exception {
    CommandLineRun run = CommandLineRun.of("advise", sample("s3-gateway-endpoints.json"), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0, JSON.readTree(run.out()).get("recommendations").size());
  }

  @Test
  void advise_text_givesEachRecommendationWithItsSaving_andTheTotal() {
    CommandLineRun run = CommandLineRun.of("advise", sample("three-tier.json"));

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("add-gateway-endpoint [ThreeTierVpc, PrivateRouteTableA, PrivateRouteTableB, PrivateRouteTableC]: saves $13.50 a month",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("  Add a gateway endpoint for com.amazonaws.us-east-1.s3 to VPC ThreeTierVpc"), lines.get(1));
    assertTrue(run.out().contains("1 recommendation, saving $13.50 a month together"), run.out());
  }

  @Test
  void everySample_getsAnEstimateAndAdvice() throws Exception {
    for (Path file : CommandLineRun.sampleFiles()) {
      CommandLineRun cost = CommandLineRun.of("cost", file.toString(), "--format", "json");
      CommandLineRun advise = CommandLineRun.of("advise", file.toString(), "--format", "json");

      assertEquals(0, cost.exitCode(), file + ": " + cost.err());
      assertEquals(0, advise.exitCode(), file + ": " + advise.err());
      JsonNode estimate = JSON.readTree(cost.out());
      double sum = 0;
      for (JsonNode item : estimate.get("items")) {
        sum += item.get("monthly").asDouble();
      }
      assertEquals(estimate.get("monthlyTotal").asDouble(), sum, 0.001, file + ": the total is the sum of the items");
      assertTrue(JSON.readTree(advise.out()).get("recommendations").isArray(), file.toString());
    }
  }

  @Test
  void missingFile_exitsTwo_withOneErrorLine_andNothingOnStdout() {
    for (String command : List.of("cost", "advise")) {
      CommandLineRun run = CommandLineRun.of(command, "no-such-design.json");

      assertEquals(2, run.exitCode());
      assertEquals("", run.out());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("error: no-such-design.json: no such file"), run.err());
    }
  }

  @Test
  void negativeTraffic_exitsTwo_namingTheOption() {
    CommandLineRun run = CommandLineRun.of("advise", sample("s3-cost-leak.json"), "--gb-per-subnet", "-3");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: --gb-per-subnet: "), run.err());
  }

  @Test
  void trafficThatIsNotANumber_exitsTwo() {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--gb-per-subnet", "lots");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: ") && run.err().contains("--gb-per-subnet"), run.err());
  }
}
