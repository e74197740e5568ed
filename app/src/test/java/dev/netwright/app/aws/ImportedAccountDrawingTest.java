package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.diagram.quality.DiagramQuality;
import dev.netwright.model.diagram.quality.QualityReport;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An account as the import finds it, not as a sample was drawn: every sample applied to an
 * (emulated) account of its own, then the whole organisation imported into one design. The import carries what AWS adds to every
 * VPC (its main route table, default security group and network ACL) and lays the design out
 * itself; its drawing must meet the same bar as the samples': no connection through a box, no
 * overlapping siblings, no name cut, no label on a box or a label. The imported design is kept in
 * {@code target/imported-account.json} to be opened in the designer.
 */
class ImportedAccountDrawingTest {
  private static final FakeEc2 fake = new FakeEc2();

  @AfterAll
  static void close() {
    fake.close();
  }

  /** A session reading (and writing) the accounts of the given roles in us-east-1. */
  private static AwsSession session(List<String> roles) {
    AwsSettings settings = AwsSettings.parse(List.of(), roles, List.of("us-east-1"), fake.endpoint())
        .withTuning(TestSessions.fastTuning(1000));
    return new AwsSession(settings, StaticCredentialsProvider.create(
        AwsBasicCredentials.create(TestSessions.ACCESS_KEY, TestSessions.SECRET_KEY)));
  }

  @Test
  void anAccountHoldingEverySample_isImportedIntoADrawingAsCleanAsTheSamples() throws IOException {
    List<Document> samples = samples();
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      // an organisation with an account per sample (the samples share element ids, as designs do)
      String role = "arn:aws:iam::" + (111100000000L + i) + ":role/NetwrightDeploy";
      fake.role(role);
      roles.add(role);
      try (AwsSession account = session(List.of(role))) {
        Plan plan = new Planner(account).plan(samples.get(i), ProgressListener.NONE, new Cancellation());
        assertTrue(new Applier(account).apply(plan, ProgressListener.NONE, new Cancellation()).succeeded());
      }
    }

    Document imported;
    try (AwsSession organisation = session(roles)) {
      imported = new AccountImporter(organisation).importAccount(Set.of(), ProgressListener.NONE, new Cancellation())
          .document();
    }
    new DesignFile().write(imported, Path.of("target", "imported-account.json"));

    long vpcs = imported.topology().elements().stream().filter(Vpc.class::isInstance).count();
    long sampleVpcs = samples.stream().mapToLong(s -> s.topology().elements().stream()
        .filter(e -> e instanceof Vpc vpc && !vpc.external()).count()).sum();
    assertEquals(sampleVpcs, vpcs, "every sample's VPC is in the import");
    String svg = SvgWriter.write(DrawingBuilder.draw(imported));
    QualityReport report = DiagramQuality.forDrawingFont().measure(svg, names(imported));
    assertTrue(report.clean(), report.describe());
  }

  private static List<Document> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("netwright.samples", "../samples")))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().map(new DesignFile()::read).toList();
    }
  }

  private static Map<String, String> names(Document design) {
    Map<String, String> names = new HashMap<>();
    for (Element element : design.topology().elements()) {
      names.put(element.id().value(), element.label());
    }
    return names;
  }
}
