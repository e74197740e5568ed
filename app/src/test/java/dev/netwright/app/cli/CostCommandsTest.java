package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cost} and {@code advise} as scripts see them: exit codes, text, the JSON shapes of CLI.md. */
class CostCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

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
    // CLI.md's keys, plus fallbackPrices (an extension: false while every region has prices of its own)
    assertEquals(List.of("currency", "region", "priceDate", "monthlyTotal", "fallbackPrices", "items"), fieldNames(root));
    assertEquals(false, root.get("fallbackPrices").asBoolean());
    assertEquals("USD", root.get("currency").asText());
    assertEquals("us-east-1", root.get("region").asText());
    assertEquals("2026-11-01", root.get("priceDate").asText());
    assertEquals(2032.85, root.get("monthlyTotal").asDouble());
    JsonNode nat = root.get("items").get(0);
    assertEquals(List.of("id", "kind", "monthly", "detail"), fieldNames(nat));
    assertEquals("NatGateway", nat.get("id").asText());
    assertEquals("nat-gateway", nat.get("kind").asText());
    assertEquals(32.85, nat.get("monthly").asDouble());
    assertEquals("730 h x $0.045", nat.get("detail").asText(), "the app subnets' S3 traffic is stated, so it is billed to their flows");
  }

  @Test
  void cost_json_billsEachStatedFlow_asAnItemOfKindFlow() throws Exception {
    JsonNode items = JSON.readTree(CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--format", "json").out()).get("items");

    JsonNode flowB = items.get(items.size() - 1);
    assertEquals("AppSubnetB-s3", flowB.get("id").asText());
    assertEquals("flow", flowB.get("kind").asText());
    // 8000 GB sent and 12000 GB received through the NAT gateway at $0.045, and across zones at $0.01
    assertEquals(1100.0, flowB.get("monthly").asDouble());
    assertEquals("AppSubnetB -> s3, 20000 GB x $0.045 NAT processing (NatGateway) + 20000 GB x $0.01 cross-AZ transfer",
        flowB.get("detail").asText());
  }

  @Test
  void cost_text_listsEachItem_theTotal_andTheTrafficItRestsOn() {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("at the AWS list prices of 2026-11-01"), run.out());
    assertTrue(run.out().lines().anyMatch(line -> line.contains("NatGateway") && line.contains("$32.85")
        && line.endsWith("730 h x $0.045")), run.out());
    assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  AppSubnetA-s3") && line.contains("$900.00")), run.out());
    assertTrue(run.out().contains("Total: $2032.85 a month."), run.out());
    assertTrue(run.out().contains("Traffic stated: 2 flows (the flow items). Traffic assumed: 100 GB a month from each subnet to S3"
        + " where no flow is stated"), run.out());
  }

  @Test
  void cost_gbPerSubnet_changesTheTrafficPricedWhereNoFlowIsStated() throws Exception {
    CommandLineRun none = CommandLineRun.of("cost", sample("three-tier.json"), "--gb-per-subnet", "0", "--format", "json");
    CommandLineRun more = CommandLineRun.of("cost", sample("three-tier.json"), "--gb-per-subnet", "1000", "--format", "json");

    // three NAT gateways' hours (98.55) and the two stated internet flows (216.00) whatever the assumption
    assertEquals(314.55, JSON.readTree(none.out()).get("monthlyTotal").asDouble());
    // and each private subnet's 1000 GB to S3 through its own zone's NAT gateway at $0.045
    assertEquals(449.55, JSON.readTree(more.out()).get("monthlyTotal").asDouble());
  }

  @Test
  void cost_compare_json_givesBothBills_andTheDifference() throws Exception {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--compare", fixedLeak().toString(), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(List.of("before", "after", "monthlyDifference"), fieldNames(root));
    assertEquals(2032.85, root.get("before").get("monthlyTotal").asDouble());
    assertEquals(32.85, root.get("after").get("monthlyTotal").asDouble());
    assertEquals(-2000.0, root.get("monthlyDifference").asDouble());
    assertEquals(List.of("currency", "region", "priceDate", "monthlyTotal", "fallbackPrices", "items"), fieldNames(root.get("after")));
  }

  @Test
  void cost_compare_text_endsWithTheSignedDifference() throws Exception {
    Path fixed = fixedLeak();
    CommandLineRun run = CommandLineRun.of("cost", fixed.toString(), "--compare", sample("s3-cost-leak.json"));

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("Monthly cost of " + fixed), lines.get(0));
    assertEquals("Difference: +$2000.00 a month (" + sample("s3-cost-leak.json") + " against " + fixed + ").",
        lines.get(lines.size() - 1));
  }

  @Test
  void cost_compare_withAMissingOtherFile_exitsTwo_namingIt() {
    CommandLineRun run = CommandLineRun.of("cost", sample("s3-cost-leak.json"), "--compare", "no-such-design.json");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: no-such-design.json: no such file"), run.err());
  }

  @Test
  void advise_json_recommendsAssociatingTheLeakSamplesEndpoint_withItsSavingAtTheStatedFlows() throws Exception {
    CommandLineRun run = CommandLineRun.of("advise", sample("s3-cost-leak.json"), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(List.of("recommendations"), fieldNames(root));
    JsonNode first = root.get("recommendations").get(0);
    assertEquals(List.of("kind", "elements", "message", "monthlySavings"), fieldNames(first));
    assertEquals("associate-gateway-endpoint", first.get("kind").asText());
    assertEquals("[\"S3GatewayEndpoint\",\"AppRouteTable\"]", first.get("elements").toString());
    assertEquals(2000.0, first.get("monthlySavings").asDouble());
    assertTrue(first.get("message").asText().startsWith("Associate gateway endpoint S3GatewayEndpoint with route table AppRouteTable"));
  }

  @Test
  void advise_withoutFlows_stillRestsOnGbPerSubnet() throws Exception {
    Path plain = withoutTraffic(CommandLineRun.samples().resolve("s3-cost-leak.json"));
    CommandLineRun run = CommandLineRun.of("advise", plain.toString(), "--format", "json");

    // AppSubnetA's and AppSubnetB's 100 GB at $0.045, and AppSubnetB's 100 GB across zones at $0.01
    assertEquals(10.0, JSON.readTree(run.out()).get("recommendations").get(0).get("monthlySavings").asDouble());
  }

  /** The leak sample with the endpoint associated with the app subnets' table as well. */
  private Path fixedLeak() throws Exception {
    String text = Files.readString(CommandLineRun.samples().resolve("s3-cost-leak.json"));
    String fixed = text.replace("\"routeTableIds\": [\n        \"PublicRouteTable\"\n      ]",
        "\"routeTableIds\": [\n        \"AppRouteTable\",\n        \"PublicRouteTable\"\n      ]");
    assertNotEquals(text, fixed);
    Path file = folder.resolve("fixed-leak.json");
    Files.writeString(file, fixed);
    return file;
  }

  private Path withoutTraffic(Path sample) throws Exception {
    String text = Files.readString(sample);
    String plain = text.substring(0, text.indexOf("  \"traffic\"")) + text.substring(text.indexOf("  \"layout\""));
    Path file = folder.resolve("plain-" + sample.getFileName());
    Files.writeString(file, plain);
    return file;
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

  @Test
  void cost_ofTheHubSample_listsEachTransitGatewayAttachment_andTheGatewaysProcessing() throws Exception {
    JsonNode items = JSON.readTree(CommandLineRun.of("cost", sample("hub-and-spoke.json"), "--format", "json").out()).get("items");

    List<String> attachments = new ArrayList<>();
    for (JsonNode item : items) {
      if (item.get("kind").asText().equals("transit-gateway-vpc-attachment")) {
        attachments.add(item.get("id").asText());
        assertEquals(36.5, item.get("monthly").asDouble());
        assertEquals("730 h x $0.05", item.get("detail").asText());
      }
      if (item.get("id").asText().equals("Tgw")) {
        assertEquals("transit-gateway", item.get("kind").asText());
        assertEquals("700 GB x $0.02", item.get("detail").asText());
      }
    }
    assertEquals(List.of("EgressAttachment", "SharedAttachment", "SpokeAAttachment", "SpokeBAttachment"), attachments);
  }

  /** A design of {@code count} VPCs, each with ssm, sts and logs endpoints in two zones and attached to one transit gateway. */
  private Path hubOf(int count) throws Exception {
    com.fasterxml.jackson.databind.node.ArrayNode elements = JSON.createArrayNode();
    elements.addObject().put("kind", "transit-gateway").put("id", "Hub").put("name", "hub").put("region", "us-east-1")
        .put("amazonSideAsn", 64512).put("defaultAssociation", true).put("defaultPropagation", true);
    for (int v = 1; v <= count; v++) {
      String vpc = "Vpc" + v;
      com.fasterxml.jackson.databind.node.ObjectNode node = elements.addObject().put("kind", "vpc").put("id", vpc).put("name", vpc)
          .put("dnsSupport", true).put("dnsHostnames", true).put("region", "us-east-1");
      node.putArray("cidrBlocks").add("10." + v + ".0.0/16");
      List<String> subnets = List.of(vpc + "AppA", vpc + "AppB", vpc + "TgwA", vpc + "TgwB");
      List<String> cidrs = List.of("10." + v + ".1.0/24", "10." + v + ".2.0/24", "10." + v + ".250.0/28", "10." + v + ".250.16/28");
      for (int s = 0; s < 4; s++) {
        elements.addObject().put("kind", "subnet").put("id", subnets.get(s)).put("name", subnets.get(s)).put("vpcId", vpc)
            .put("cidr", cidrs.get(s)).put("availabilityZone", s % 2 == 0 ? "us-east-1a" : "us-east-1b");
      }
      com.fasterxml.jackson.databind.node.ObjectNode table = elements.addObject().put("kind", "route-table").put("id", vpc + "Rt")
          .put("name", vpc + "-rt").put("vpcId", vpc).put("main", false);
      table.putArray("routes");
      subnets.forEach(table.putArray("subnetIds")::add);
      com.fasterxml.jackson.databind.node.ObjectNode group = elements.addObject().put("kind", "security-group").put("id", vpc + "Sg")
          .put("name", vpc + "-sg").put("vpcId", vpc).put("description", "endpoints");
      group.putArray("ingress").addObject().put("protocol", "tcp").put("ports", "443").put("peer", "10." + v + ".0.0/16")
          .put("description", "HTTPS");
      group.putArray("egress");
      for (String service : List.of("ssm", "sts", "logs")) {
        com.fasterxml.jackson.databind.node.ObjectNode endpoint = elements.addObject().put("kind", "interface-endpoint")
            .put("id", vpc + service).put("name", vpc + "-" + service).put("vpcId", vpc).put("service", "com.amazonaws.us-east-1." + service)
            .put("privateDns", true).put("policy", "");
        endpoint.putArray("subnetIds").add(vpc + "AppA").add(vpc + "AppB");
        endpoint.putArray("securityGroupIds").add(vpc + "Sg");
      }
      com.fasterxml.jackson.databind.node.ObjectNode attachment = elements.addObject().put("kind", "transit-gateway-vpc-attachment")
          .put("id", vpc + "Attachment").put("name", vpc).put("transitGatewayId", "Hub").put("vpcId", vpc);
      attachment.putArray("subnetIds").add(vpc + "TgwA").add(vpc + "TgwB");
    }
    com.fasterxml.jackson.databind.node.ObjectNode design = JSON.createObjectNode().put("format", "netwright-design").put("schemaVersion", 1)
        .put("name", "hub of " + count).put("description", "").put("region", "us-east-1");
    design.set("elements", elements);
    design.putObject("layout");
    Path file = folder.resolve("hub-" + count + ".json");
    Files.writeString(file, JSON.writeValueAsString(design));
    return file;
  }

  @Test
  void advise_onNVpcsEachWithTheSameInterfaceEndpoints_recommendsSharingThem_withTheExpectedSaving() throws Exception {
    for (int count : new int[] {3, 8}) {
      CommandLineRun run = CommandLineRun.of("advise", hubOf(count).toString(), "--format", "json");
      assertEquals(0, run.exitCode(), run.err());
      JsonNode shared = null;
      for (JsonNode recommendation : JSON.readTree(run.out()).get("recommendations")) {
        if (recommendation.get("kind").asText().equals("centralise-interface-endpoints")) {
          shared = recommendation;
        }
      }
      assertTrue(shared != null, run.out());
      // removed: (count - 1) x 3 endpoints x 2 zones x 730 h x $0.01; added: every VPC already attached, so no attachment;
      // processing: (count - 1) spokes x 2 app subnets (not the attachment subnets) x 3 services x 100 GB x $0.02; 3 zones x $0.50
      double expected = (count - 1) * 6 * 7.30 - (count - 1) * 2 * 3 * 100 * 0.02 - 1.50;
      assertEquals(expected, shared.get("monthlySavings").asDouble(), 0.001, shared.toString());
      assertEquals("Vpc1", shared.get("elements").get(0).asText());
    }
  }
}
