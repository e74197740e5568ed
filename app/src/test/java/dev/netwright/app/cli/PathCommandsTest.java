package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reach} and {@code paths} as scripts see them: exit codes, text, the JSON shape of CLI.md. */
class PathCommandsTest {
  @TempDir
  static Path folder;
  static Path design;
  static Path blocked;

  /** Main (10.0.0.0/16): PublicA with NatA; AppA on AppRt (S3 endpoint), AppC on AppCRt (default route to NatA only). */
  @BeforeAll
  static void writeDesign() {
    ElementId main = ElementId.of("Main");
    Topology topology = Topology.of(List.of(
        new Vpc(main, "", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1),
        subnet("PublicA", "10.0.0.0/24", "us-east-1a"),
        subnet("AppA", "10.0.1.0/24", "us-east-1a"),
        subnet("AppC", "10.0.3.0/24", "us-east-1c"),
        new InternetGateway(ElementId.of("Igw"), "", main),
        new NatGateway(ElementId.of("NatA"), "", ElementId.of("PublicA"), true, "eipalloc-1"),
        table("PublicRt", "0.0.0.0/0", "Igw", "PublicA"),
        table("AppRt", "0.0.0.0/0", "NatA", "AppA"),
        table("AppCRt", "0.0.0.0/0", "NatA", "AppC"),
        new GatewayEndpoint(ElementId.of("S3GatewayEndpoint"), "", main, "com.amazonaws.us-east-1.s3",
            List.of(ElementId.of("AppRt")), "")));
    design = folder.resolve("design.json");
    new DesignFile().write(Document.empty("paths test", Region.US_EAST_1).withTopology(topology), design);
    blocked = folder.resolve("blocked.json");
    RouteTable bare = new RouteTable(ElementId.of("AppCRt"), "", main, false, List.of(), List.of(ElementId.of("AppC")));
    new DesignFile().write(Document.empty("blocked", Region.US_EAST_1).withTopology(topology.with(bare)), blocked);
  }

  private static Subnet subnet(String id, String cidr, String zone) {
    return new Subnet(ElementId.of(id), "", ElementId.of("Main"), Cidr.parse(cidr), AvailabilityZone.of(zone));
  }

  private static RouteTable table(String id, String destination, String target, String subnet) {
    return new RouteTable(ElementId.of(id), "", ElementId.of("Main"), false, List.of(Route.of(destination, target)),
        List.of(ElementId.of(subnet)));
  }

  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NetwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reach_json_hasTheShapeOfCliMd_andExitsZeroWhenReachable() throws Exception {
    Run run = run("reach", design.toString(), "--from", "AppA", "--to", "s3", "--format", "json");

    assertEquals(0, run.code(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> keys = List.of("from", "to", "reachable", "crossesInternet", "viaNat", "crossesAz", "endpoint", "hops", "blockedBy",
        "costPerGb");
    assertEquals(keys, iterate(json.fieldNames()));
    assertEquals("S3GatewayEndpoint", json.get("endpoint").asText());
    assertTrue(json.get("blockedBy").isNull());
    assertEquals(0.0, json.get("costPerGb").asDouble());
    JsonNode table = json.get("hops").get(1);
    assertEquals("AppRt", table.get("id").asText());
    assertEquals("route-table", table.get("kind").asText());
    assertEquals("pl-63a5400a -> S3GatewayEndpoint", table.get("detail").asText());
  }

  @Test
  void reach_text_explainsTheNatLeakLikeAnEngineer() {
    Run run = run("reach", design.toString(), "--from", "AppC", "--to", "s3");

    assertEquals(0, run.code(), run.err());
    assertEquals("AppC → s3: reachable through a NAT gateway, out over the internet, across Availability Zones; $0.055 per GB\n"
        + "  AppC (10.0.3.0/24 in us-east-1c) → AppCRt: 0.0.0.0/0 via NatA → NatA (in PublicA, us-east-1a) → PublicRt: 0.0.0.0/0 via Igw"
        + " → Igw (out of Main to the internet) → s3 (public endpoint s3.us-east-1.amazonaws.com)\n",
        run.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void reach_blocked_exitsOne_withBlockedByInJson() throws Exception {
    Run run = run("reach", blocked.toString(), "--from", "AppC", "--to", "s3", "--format", "json");

    assertEquals(1, run.code(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(false, json.get("reachable").asBoolean());
    assertEquals("AppCRt", json.get("blockedBy").get("id").asText());
    assertEquals("route table AppCRt has no route for s3 (no gateway endpoint, no interface endpoint, no default route)",
        json.get("blockedBy").get("reason").asText());
  }

  @Test
  void reach_blocked_text_saysWhereAndWhy() {
    Run run = run("reach", blocked.toString(), "--from", "AppC", "--to", "s3");

    assertEquals(1, run.code(), run.err());
    assertEquals("AppC → s3: not reachable\n"
        + "  AppC (10.0.3.0/24 in us-east-1c)\n"
        + "  blocked at AppCRt: route table AppCRt has no route for s3 (no gateway endpoint, no interface endpoint, no default route)\n",
        run.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void reach_badInput_isOneErrorLineAndNothingOnStdout() {
    for (String[] args : List.of(
        new String[] {"reach", design.toString(), "--from", "Nowhere", "--to", "s3"},
        new String[] {"reach", design.toString(), "--from", "AppRt", "--to", "s3"},
        new String[] {"reach", design.toString(), "--from", "AppA", "--to", "service:"},
        new String[] {"reach", design.toString(), "--from", "AppA"},
        new String[] {"reach", design.toString(), "--from", "AppA", "--to", "Main"},
        new String[] {"reach", folder.resolve("missing.json").toString(), "--from", "AppA", "--to", "s3"})) {
      Run run = run(args);
      assertEquals(2, run.code(), String.join(" ", args));
      assertTrue(run.out().isEmpty(), run.out());
      assertTrue(run.err().startsWith("error: "), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
    assertTrue(run("reach", design.toString(), "--from", "Nowhere", "--to", "s3").err()
        .contains("there is no element Nowhere to start a path from"));
  }

  @Test
  void paths_json_answersEverySubnetForEveryTarget() throws Exception {
    Run run = run("paths", design.toString(), "--format", "json");

    assertEquals(0, run.code(), run.err());
    JsonNode paths = new ObjectMapper().readTree(run.out()).get("paths");
    assertEquals(3 * 3, paths.size(), "3 subnets × s3, dynamodb, internet");
    JsonNode first = paths.get(0);
    assertEquals("s3", first.get("to").asText());
    assertEquals(first.get("from").asText(), paths.get(2).get("from").asText(), "a subnet's targets come together");
    assertEquals("internet", paths.get(2).get("to").asText());
    assertEquals(List.of("from", "to", "reachable", "crossesInternet", "viaNat", "crossesAz", "endpoint", "hops", "blockedBy",
        "costPerGb"), iterate(first.fieldNames()));
  }

  @Test
  void paths_text_givesAParagraphPerSubnet() {
    Run run = run("paths", design.toString());

    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("AppA (10.0.1.0/24 in us-east-1a)\n"), out);
    assertTrue(out.contains("  s3        reachable through gateway endpoint S3GatewayEndpoint, without crossing the internet; $0 per GB"),
        out);
    assertTrue(out.endsWith(": 3 subnets × 3 targets: 9 reachable, 0 not reachable\n"), out);
  }

  @Test
  void paths_ofATemplatePeeredWithAVpcOutsideIt_answerUpToThatExternalVpc() throws Exception {
    Path template = folder.resolve("peered.yaml");
    java.nio.file.Files.writeString(template, """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/16}
          App:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}
          Table:
            Type: AWS::EC2::RouteTable
            Properties: {VpcId: !Ref Vpc}
          AppTable:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: {RouteTableId: !Ref Table, SubnetId: !Ref App}
          Partner:
            Type: AWS::EC2::VPCPeeringConnection
            Properties: {VpcId: !Ref Vpc, PeerVpcId: vpc-0abc1234, PeerOwnerId: '111122223333'}
          ToPartner:
            Type: AWS::EC2::Route
            Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.5.0.0/16, VpcPeeringConnectionId: !Ref Partner}
        """);

    Run run = run("paths", template.toString(), "--format", "json");

    assertEquals(0, run.code(), run.err());
    JsonNode paths = new ObjectMapper().readTree(run.out()).get("paths");
    JsonNode toPartner = paths.get(paths.size() - 1);
    assertEquals("vpc-0abc1234", toPartner.get("to").asText(), "the external VPC is the last target");
    assertTrue(toPartner.get("reachable").asBoolean(), toPartner.toString());
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
