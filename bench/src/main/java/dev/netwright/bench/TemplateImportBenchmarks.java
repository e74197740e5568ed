package dev.netwright.bench;

import dev.netwright.model.Region;
import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CloudFormation target of DESIGN.md: a template of 100,000 resources read under 3 s and in
 * under 1 GB. The template is {@link DesignGenerator}'s design exported by Netwright (15,600
 * subnets give about 100,000 resources; the setup prints the count and the size), read back whole:
 * parsing, evaluating the functions, building the design and laying it out. The fork's heap is
 * capped at 1 GB, so a run that needs more fails instead of reporting a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TemplateImportBenchmarks {
  @Param({"15600"})
  public int subnets;

  private String yaml;
  private String json;

  @Setup(Level.Trial)
  public void setUp() {
    Document design = new Document("bench", "", Region.US_EAST_1, DesignGenerator.generate(subnets), Layout.empty());
    yaml = TemplateExporter.export(design, TemplateFormat.YAML);
    json = TemplateExporter.export(design, TemplateFormat.JSON);
    System.out.println("resources: " + TemplateExporter.template(design).path("Resources").size() + ", YAML " + yaml.length()
        + " characters, JSON " + json.length() + " characters");
  }

  /** The YAML template (short-form tags), read into a design. */
  @Benchmark
  public ImportResult readYaml() {
    return TemplateImporter.parse(yaml, "bench.yaml", null);
  }

  /** The same template as JSON. */
  @Benchmark
  public ImportResult readJson() {
    return TemplateImporter.parse(json, "bench.json", null);
  }
}
