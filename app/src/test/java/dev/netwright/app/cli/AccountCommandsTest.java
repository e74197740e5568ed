package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.format.DesignFile;
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

/** The import, plan and apply command lines with several accounts and regions: progress, --quiet, and what errors say. */
class AccountCommandsTest {
  private static final String PARTNER_ROLE = "arn:aws:iam::444455556666:role/NetwrightRead";
  private final FakeEc2 fake = new FakeEc2();
  @TempDir
  Path folder;

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "AKIDACCOUNTSTEST");
    System.setProperty("aws.secretAccessKey", "accounts/test/secret");
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

  private String[] importArgs(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("import", "--endpoint-url", fake.endpoint().toString(), "-o",
        folder.resolve("imported.json").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void import_onATerminal_printsAProgressLinePerRegionAndStep() {
    fake.state("us-east-1").vpc("10.0.0.0/16", Map.of());
    fake.state("eu-west-1").vpc("10.1.0.0/16", Map.of());

    CommandLineRun run = CommandLineRun.onTerminal(importArgs("--region", "us-east-1", "--region", "eu-west-1"));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("reading VPCs in us-east-1...\n"), run.err());
    assertTrue(run.err().contains("reading peering connections in eu-west-1...\n"), run.err());
    assertTrue(run.err().contains("read "), run.err());
  }

  @Test
  void import_notOnATerminal_orQuiet_printsNoProgress() {
    fake.state().vpc("10.0.0.0/16", Map.of());

    CommandLineRun piped = CommandLineRun.of(importArgs("--region", "us-east-1"));
    CommandLineRun quiet = CommandLineRun.onTerminal(importArgs("--region", "us-east-1", "--quiet"));

    assertEquals("", piped.err());
    assertEquals("", quiet.err());
    assertEquals(0, quiet.exitCode());
  }

  @Test
  void planAndApply_onATerminal_printWhatTheyAreDoing() throws Exception {
    fake.state().vpc("10.0.0.0/16", Map.of());
    assertEquals(0, CommandLineRun.of(importArgs("--region", "us-east-1")).exitCode());
    Path design = folder.resolve("imported.json");

    CommandLineRun plan = CommandLineRun.onTerminal("plan", design.toString(), "--endpoint-url", fake.endpoint().toString());
    CommandLineRun apply = CommandLineRun.onTerminal("apply", design.toString(), "--yes", "--endpoint-url", fake.endpoint().toString());
    CommandLineRun quietPlan = CommandLineRun.onTerminal("plan", design.toString(), "-q", "--endpoint-url", fake.endpoint().toString());

    assertTrue(plan.err().contains("reading route tables in us-east-1..."), plan.err());
    assertTrue(apply.err().contains("reading VPCs in us-east-1..."), apply.err());
    assertEquals("", quietPlan.err());
    assertTrue(plan.out().contains("No changes"), plan.out());
  }

  @Test
  void import_withRoleArnAndRegionAll_readsTheRolesAccountInEveryEnabledRegion() throws Exception {
    fake.role(PARTNER_ROLE).enabledRegions(List.of("us-east-1", "ap-southeast-2"));
    String vpc = fake.state("444455556666", "ap-southeast-2").vpc("10.7.0.0/16", Map.of());

    CommandLineRun run = CommandLineRun.of(importArgs("--role-arn", PARTNER_ROLE, "--region", "all"));

    assertEquals(0, run.exitCode(), run.err());
    Vpc imported = new DesignFile().read(folder.resolve("imported.json")).topology()
        .require(dev.netwright.model.ElementId.of(vpc), Vpc.class);
    assertEquals("444455556666", imported.accountId());
  }

  @Test
  void import_ofAnUnknownRegion_saysSoInOneLine() {
    CommandLineRun run = CommandLineRun.of(importArgs("--region", "us-east-99"));

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: region us-east-99 is unknown or not enabled for this account;"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(Files.exists(folder.resolve("imported.json")));
  }

  @Test
  void import_whenNothingListens_namesTheEndpoint() {
    CommandLineRun run = CommandLineRun.of("import", "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1", "-o",
        folder.resolve("x.json").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot connect to http://127.0.0.1:9 (connection refused)"), run.err());
  }

  @Test
  void import_withAProfileNoFileHas_namesTheProfileAndTheFiles() throws Exception {
    Path config = Files.writeString(folder.resolve("config"), "[profile other]\nregion = us-east-1\n");
    Path credentials = Files.writeString(folder.resolve("credentials"), "");
    System.setProperty("aws.configFile", config.toString());
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    try {
      CommandLineRun run = CommandLineRun.of(importArgs("--profile", "prod", "--region", "us-east-1"));

      assertEquals(2, run.exitCode());
      assertEquals("error: there is no profile 'prod' in " + config + " or " + credentials + " (set AWS_CONFIG_FILE or"
          + " AWS_SHARED_CREDENTIALS_FILE for other files; 'aws configure list-profiles' lists them)", run.err().strip());
    } finally {
      System.clearProperty("aws.configFile");
      System.clearProperty("aws.sharedCredentialsFile");
    }
  }
}
