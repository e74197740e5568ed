package dev.netwright.bench;

import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.TextMetrics;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.diagram.route.Obstacle;
import dev.netwright.model.diagram.route.RoutedConnector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Connector routing on drawings of 1,000 and 5,000 boxes ({@link RoutingDrawing}): every
 * connector from scratch, and the re-route after one edit (a route table in the middle VPC
 * dragged 40 points right, then back: each call is a real one-edit re-route from what the
 * previous call left).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RoutingBenchmarks {
  /** The drawing's own font metrics. */
  static final TextMetrics METRICS = DejaVuMetrics.get();

  @Param({"1000", "5000"})
  public int boxes;

  private RoutingDrawing drawing;
  private List<Obstacle> moved;
  private ConnectorRouter router;
  private boolean edited;

  @Setup
  public void build() {
    int vpcs = Math.max(1, Math.round(boxes / (float) RoutingDrawing.BOXES_PER_VPC));
    drawing = RoutingDrawing.of(vpcs);
    moved = drawing.withMoved("vpc" + vpcs / 2 + "-rt2", 40, 0);
    router = new ConnectorRouter(METRICS);
    router.route(drawing.obstacles(), drawing.requests());
  }

  @Benchmark
  public List<RoutedConnector> routeFromScratch() {
    return new ConnectorRouter(METRICS).route(drawing.obstacles(), drawing.requests());
  }

  @Benchmark
  public List<RoutedConnector> rerouteAfterOneEdit() {
    edited = !edited;
    return router.route(edited ? moved : drawing.obstacles(), drawing.requests());
  }
}
