package dev.netwright.bench;

import dev.netwright.model.Region;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
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
 * The CloudFormation target of DESIGN.md: exporting 10,000 resources under 1 s. A design of
 * 1,560 subnets from {@link DesignGenerator} exports to about 10,000 resources (the setup prints
 * the exact count).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TemplateExportBenchmarks {
  @Param({"1560"})
  public int subnets;

  private Document design;

  @Setup(Level.Trial)
  public void setUp() {
    design = new Document("bench", "", Region.US_EAST_1, DesignGenerator.generate(subnets), Layout.empty());
    System.out.println("resources: " + TemplateExporter.template(design).path("Resources").size());
  }

  /** The template as YAML with short-form tags. */
  @Benchmark
  public String exportYaml() {
    return TemplateExporter.export(design, TemplateFormat.YAML);
  }

  /** The template as JSON. */
  @Benchmark
  public String exportJson() {
    return TemplateExporter.export(design, TemplateFormat.JSON);
  }
}
