package dev.netwright.bench;

import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.diagram.route.Obstacle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The operations of {@link RoutingBenchmarks}, timed by the CPU time of the routing thread as well
 * as by the wall clock: on a shared machine the wall clock mostly measures the other tenants.
 * Prints a Markdown table of medians.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar dev.netwright.bench.RoutingCpuTime [boxes…]}
 */
public final class RoutingCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WARMUP = 300;
  private static final int RUNS = 1000;

  private RoutingCpuTime() {
  }

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1000, 5000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.println("| operation | boxes | connectors | thread CPU ms / run | wall ms / run | runs |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (int boxes : sizes) {
      int vpcs = Math.max(1, Math.round(boxes / (float) RoutingDrawing.BOXES_PER_VPC));
      RoutingDrawing drawing = RoutingDrawing.of(vpcs);
      List<Obstacle> moved = drawing.withMoved("vpc" + vpcs / 2 + "-rt2", 40, 0);
      int total = drawing.obstacles().size();
      int connectors = drawing.requests().size();
      time("routeFromScratch", total, connectors, 3, 10,
          edited -> new ConnectorRouter(RoutingBenchmarks.METRICS).route(drawing.obstacles(), drawing.requests()));
      ConnectorRouter router = new ConnectorRouter(RoutingBenchmarks.METRICS);
      router.route(drawing.obstacles(), drawing.requests());
      time("rerouteAfterOneEdit", total, connectors, WARMUP, RUNS,
          edited -> router.route(edited ? moved : drawing.obstacles(), drawing.requests()));
    }
  }

  private static void time(String name, int boxes, int connectors, int warmup, int runs,
      java.util.function.Consumer<Boolean> operation) {
    for (int k = 0; k < warmup; k++) {
      operation.accept(k % 2 == 0);
    }
    long[] cpu = new long[runs];
    long[] wall = new long[runs];
    for (int k = 0; k < runs; k++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      operation.accept(k % 2 == 0);
      wall[k] = System.nanoTime() - wallStart;
      cpu[k] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    System.out.printf(Locale.ROOT, "| `%s` | %,d | %,d | %.2f | %.2f | %d |%n", name, boxes, connectors, median(cpu) / 1e6,
        median(wall) / 1e6, runs);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
