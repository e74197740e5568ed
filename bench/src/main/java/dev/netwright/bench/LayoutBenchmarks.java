package dev.netwright.bench;

import dev.netwright.model.Region;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawingOptions;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.Topology;
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
 * The automatic layout (what an import or Tidy Up waits for) and the drawing computed from a laid
 * out design without its lines (boxes sized by their text, zone columns, what lives in subnets),
 * on {@link DesignGenerator}'s designs of one VPC (29 elements) and of 1,000 VPCs (29,500).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayoutBenchmarks {
  @Param({"1", "1000"})
  public int vpcs;

  private Topology topology;
  private Document laidOut;

  @Setup(Level.Trial)
  public void setUp() {
    topology = DesignGenerator.generate(vpcs * 6);
    laidOut = Document.empty("bench", Region.US_EAST_1).with(topology, AutoLayout.layout(topology));
  }

  @Benchmark
  public Layout autoLayout() {
    return AutoLayout.layout(topology);
  }

  @Benchmark
  public Drawing drawingWithoutLines() {
    DrawingOptions none = new DrawingOptions(dev.netwright.model.diagram.LineLayer.NONE, java.util.Set.of(), java.util.List.of(),
        null);
    return DrawingBuilder.draw(laidOut, none, DejaVuMetrics.get(), new ConnectorRouter(DejaVuMetrics.get()));
  }
}
