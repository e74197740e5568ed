package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, and templates as the FILE of {@code validate}, {@code reach} and {@code paths}. */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path template() throws IOException {
    return copy("public-private-s3.yaml");
  }

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ExportCommandTest.class.getResourceAsStream("/cfn/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void export_writesYamlWithShortFormTagsToStandardOutput() throws Exception {
    Path sample = CommandLineRun.samples().resolve("s3-gateway-endpoints.json");

    CommandLineRun run = CommandLineRun.of("export", sample.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("AWSTemplateFormatVersion: '2010-09-09'\n"), run.out());
    assertTrue(run.out().contains("!Ref "), "short-form tags");
    assertEquals("", run.err());
  }

  @Test
  void export_toJsonWithOutput_writesTheFileAndNothingToStandardOutput() throws Exception {
    Path sample = CommandLineRun.samples().resolve("three-tier.json");
    Path out = dir.resolve("three-tier.template.json");

    CommandLineRun run = CommandLineRun.of("export", sample.toString(), "--to", "cfn-json", "-o", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    JsonNode template = JSON.readTree(out.toFile());
    assertEquals("2010-09-09", template.path("AWSTemplateFormatVersion").asText());
    assertTrue(template.path("Resources").size() > 10);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void export_isByteIdenticalEveryTime() throws Exception {
    Path sample = CommandLineRun.samples().resolve("peered-vpcs.json");

    assertEquals(CommandLineRun.of("export", sample.toString()).out(), CommandLineRun.of("export", sample.toString()).out());
  }

  @Test
  void export_ofATemplate_readsItAndWritesItAnew() throws Exception {
    CommandLineRun run = CommandLineRun.of("export", template().toString(), "--to", "cfn-json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode resources = JSON.readTree(run.out()).path("Resources");
    assertEquals("AWS::EC2::VPCEndpoint", resources.path("S3GatewayEndpoint").path("Type").asText());
  }

  @Test
  void export_withAnUnknownFormat_exitsTwoWithOneErrorLine_andWritesNothing() throws Exception {
    Path sample = CommandLineRun.samples().resolve("three-tier.json");
    Path out = dir.resolve("never.yaml");

    CommandLineRun run = CommandLineRun.of("export", sample.toString(), "--to", "terraform", "-o", out.toString());

    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: ") && run.err().contains("cfn-yaml"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void export_ofAMalformedTemplate_exitsTwoNamingTheFileAndLine() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: [10.0.0.0/16\n",
        StandardCharsets.UTF_8);

    CommandLineRun run = CommandLineRun.of("export", broken.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains("broken.yaml line "), lines.get(0));
  }

  @Test
  void validate_acceptsATemplate_reportingItsOpaqueResourcesAsInfo() throws Exception {
    Path file = dir.resolve("with-bucket.yaml");
    Files.writeString(file, "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Bucket:\n    Type: AWS::S3::Bucket\n", StandardCharsets.UTF_8);

    CommandLineRun run = CommandLineRun.of("validate", file.toString(), "--format", "json");

    assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
    JsonNode findings = JSON.readTree(run.out()).path("findings");
    boolean reported = false;
    for (JsonNode finding : findings) {
      reported |= finding.path("rule").asText().equals("CFN-UNMODELLED-RESOURCE") && finding.path("severity").asText().equals("info")
          && finding.path("elements").toString().equals("[\"Bucket\"]");
    }
    assertTrue(reported, findings.toString());
  }

  @Test
  void reach_onATemplate_usesLogicalIds_andFindsS3ThroughTheGatewayEndpoint() throws Exception {
    CommandLineRun run = CommandLineRun.of("reach", template().toString(), "--from", "PrivateSubnet1", "--to", "s3", "--format", "json");

    assertEquals(0, run.exitCode(), run.out() + run.err());
    JsonNode answer = JSON.readTree(run.out());
    assertTrue(answer.path("reachable").asBoolean());
    assertEquals("S3GatewayEndpoint", answer.path("endpoint").asText());
    assertFalse(answer.path("crossesInternet").asBoolean());
  }

  @Test
  void reach_onAJsonTemplate_findsSsmThroughItsInterfaceEndpoint() throws Exception {
    CommandLineRun run = CommandLineRun.of("reach", copy("interface-endpoint.json").toString(), "--from", "AppSubnetB",
        "--to", "service:ssm", "--format", "json");

    assertEquals(0, run.exitCode(), run.out() + run.err());
    JsonNode answer = JSON.readTree(run.out());
    assertTrue(answer.path("reachable").asBoolean());
    assertEquals("SsmEndpoint", answer.path("endpoint").asText());
  }

  @Test
  void paths_onATemplate_answersEverySubnet() throws Exception {
    CommandLineRun run = CommandLineRun.of("paths", template().toString(), "--format", "json");

    assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
    java.util.Set<String> from = new java.util.HashSet<>();
    JSON.readTree(run.out()).path("paths").forEach(path -> from.add(path.path("from").asText()));
    assertTrue(from.containsAll(List.of("PublicSubnet1", "PublicSubnet2", "PrivateSubnet1", "PrivateSubnet2")), run.out());
  }
}
