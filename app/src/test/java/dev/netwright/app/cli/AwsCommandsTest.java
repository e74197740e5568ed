package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.Fault;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCommandsTest {
  private static final String SECRET = "cli/test/secret+KEY/never-printed";
  private final FakeEc2 fake = new FakeEc2();
  @TempDir
  Path folder;

  @BeforeAll
  static void credentials() {
    // the SDK's default chain reads these system properties first
    System.setProperty("aws.accessKeyId", "AKIDCLITEST");
    System.setProperty("aws.secretAccessKey", SECRET);
  }

  @AfterAll
  static void forget() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @AfterEach
  void close() {
    fake.close();
  }

  private CommandLineRun run(String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), "a credential was printed");
    return run;
  }

  private Path design() {
    Topology topology = Topology.of(List.of(
        new Vpc(ElementId.of("Vpc"), "web", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1),
        new Subnet(ElementId.of("Web"), "web-a", ElementId.of("Vpc"), Cidr.parse("10.0.1.0/24"), AvailabilityZone.of("us-east-1a")),
        new InternetGateway(ElementId.of("Igw"), "igw", ElementId.of("Vpc")),
        new RouteTable(ElementId.of("PublicRt"), "public", ElementId.of("Vpc"), false, List.of(Route.of("0.0.0.0/0", "Igw")),
            List.of(ElementId.of("Web")))));
    Path file = folder.resolve("web.json");
    new DesignFile().write(new Document("web", "", Region.US_EAST_1, topology, Layout.empty()), file);
    return file;
  }

  private String endpoint() {
    return fake.endpoint().toString();
  }

  @Test
  void import_writesTheAccountAsADesignThatPlansWithNoChanges() throws Exception {
    String vpc = fake.state().vpc("10.0.0.0/16", Map.of("Name", "prod"));
    fake.state().subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of());
    Path out = folder.resolve("imported.json");

    CommandLineRun imported = run("import", "--region", "us-east-1", "--endpoint-url", endpoint(), "-o", out.toString());

    assertEquals(0, imported.exitCode(), imported.err());
    Document document = new DesignFile().read(out);
    assertTrue(document.topology().contains(ElementId.of(vpc)));
    assertFalse(Files.readString(out).contains(SECRET));
    CommandLineRun plan = run("plan", out.toString(), "--region", "us-east-1", "--endpoint-url", endpoint(), "--format", "json");
    assertEquals(0, plan.exitCode(), plan.err());
    assertEquals("{\"changes\":[]}", plan.out().replaceAll("\\s", ""));
  }

  @Test
  void apply_withYes_makesTheAccountMatchAndPlanThenShowsNoChanges() {
    Path design = design();

    CommandLineRun apply = run("apply", design.toString(), "--endpoint-url", endpoint(), "--yes");

    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.out().contains("create subnet Web: 10.0.1.0/24 in us-east-1a"), apply.out());
    assertTrue(apply.out().contains("Apply complete"), apply.out());
    CommandLineRun plan = run("plan", design.toString(), "--endpoint-url", endpoint());
    assertEquals("No changes: the account matches the design.", plan.out().strip());
  }

  @Test
  void apply_ofTheLockedDownSample_makesItsAcls_andPlanThenSaysOnlyThatItsWorkloadsAreRead() {
    String sample = Path.of(System.getProperty("netwright.samples", "../samples")).resolve("locked-down-acl.json").toString();

    CommandLineRun apply = run("apply", sample, "--endpoint-url", endpoint(), "--yes");

    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.out().contains("create network-acl LockedAcl: 18 inbound, 19 outbound rules, 1 subnets"), apply.out());
    assertTrue(apply.out().lines().anyMatch(line -> line.equals(
        "Not applied: 1 EC2 instance is read from the account; apply never creates or deletes it.")), apply.out());
    CommandLineRun plan = run("plan", sample, "--endpoint-url", endpoint());
    assertTrue(plan.out().startsWith("No changes: the account matches the design.\nNot applied: "), plan.out());
    CommandLineRun json = run("plan", sample, "--endpoint-url", endpoint(), "--format", "json");
    assertEquals("{\"changes\":[]}", json.out().replaceAll("\\s", ""));
  }

  @Test
  void apply_withoutYesOnANonInteractiveStdin_refusesAndChangesNothing() {
    CommandLineRun apply = run("apply", design().toString(), "--endpoint-url", endpoint());

    assertEquals(2, apply.exitCode());
    assertTrue(apply.err().startsWith("error: ") && apply.err().contains("--yes"), apply.err());
    assertEquals(0, fake.callCount());
  }

  @Test
  void apply_whenAwsFails_exitsOneAndRollsBack() {
    Path design = design();
    int describes = 11;
    // the DryRun calls come first, then CreateVpc, CreateSubnet, CreateInternetGateway and so on
    fake.failAt(describes + 2 + 4, Fault.error("InvalidParameterValue"));

    CommandLineRun apply = run("apply", design.toString(), "--endpoint-url", endpoint(), "--yes");

    assertEquals(1, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.out().contains("rolled back"), apply.out());
    assertEquals(0, fake.state().taggedWith("netwright:id").size());
  }

  @Test
  void commands_withABadEndpointUrl_sayWhatIsWrongInOneLine() {
    CommandLineRun plan = run("plan", design().toString(), "--endpoint-url", "ftp://nowhere");
    assertEquals(2, plan.exitCode());
    assertTrue(plan.err().startsWith("error: endpoint URL 'ftp://nowhere'"), plan.err());
    assertEquals(1, plan.err().strip().lines().count());
  }

  @Test
  void plan_ofACloudFormationTemplate_createsItsResourcesUnderTheirLogicalIds() throws Exception {
    Path template = folder.resolve("stack.yaml");
    Files.writeString(template, String.join("\n",
        "Resources:",
        "  Vpc:",
        "    Type: AWS::EC2::VPC",
        "    Properties:",
        "      CidrBlock: 10.0.0.0/16",
        "  AppA:",
        "    Type: AWS::EC2::Subnet",
        "    Properties:",
        "      VpcId: !Ref Vpc",
        "      CidrBlock: 10.0.1.0/24",
        "      AvailabilityZone: us-east-1a",
        ""));

    CommandLineRun plan = run("plan", template.toString(), "--region", "us-east-1", "--endpoint-url", endpoint(), "--format", "json");

    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(plan.out().replaceAll("\\s", "").contains(
        "{\"action\":\"create\",\"kind\":\"subnet\",\"id\":\"AppA\",\"detail\":\"10.0.1.0/24inus-east-1a\"}"), plan.out());
  }

  @Test
  void awsOptions_takeTheEndpointFromAwsEndpointUrlWhenNoneIsGiven() {
    AwsOptions options = new AwsOptions();
    picocli.CommandLine line = new picocli.CommandLine(options);
    line.parseArgs("--region", "eu-west-1");
    var settings = options.settings(Map.of("AWS_ENDPOINT_URL", "http://localhost:4566"));
    assertEquals("http://localhost:4566", settings.endpoint().toString());
    assertEquals(List.of(Region.of("eu-west-1")), settings.regions());
  }
}
