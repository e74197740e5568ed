package dev.netwright.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.topology.Topology;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The same operations as {@link DesignBenchmarks}, timed by the CPU time the whole process spends
 * on each (JIT and garbage collector threads included) as well as by the wall clock. On a shared
 * machine the wall clock mostly measures the other tenants; process CPU time is close to what the
 * wall clock would show on a machine of our own. Prints a Markdown table of medians.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar dev.netwright.bench.CpuTimeReport [--inside-vpc] [sizes…]};
 * with {@code --inside-vpc} the designs are {@link InsideVpcDesigns}' (an ACL per subnet, two
 * workloads per subnet) and the edit {@link InsideVpcDesigns#dropHttpsOut}, as in
 * {@link InsideVpcBenchmarks}; with {@code --hub} the sizes are numbers of spokes of
 * {@link HubAndSpokeDesigns} (6 subnets each; default 1,000) and the edit
 * {@link HubAndSpokeDesigns#editOneSpoke}, as in {@link TransitBenchmarks}. Each operation is timed
 * in {@link #ROUNDS} rounds and the median round is printed.
 */
public final class CpuTimeReport {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int WARMUP = 5;
  private static final int MIN_RUNS = 5;
  private static final int MAX_RUNS = 2_000;
  private static final long BUDGET_NS = 2_000_000_000L;
  /** Rounds of each operation; the median round's figures are printed. */
  private static final int ROUNDS = 3;

  private Topology design;
  private Topology edited;
  private PathMatrix matrix;
  private CheckSession session;
  private boolean onEdited;
  private Object sink;

  private CpuTimeReport(Topology design, Topology edited) {
    this.design = design;
    this.edited = edited;
    matrix = PathMatrix.of(design);
    session = new CheckSession(Checks.all());
    session.check(design);
  }

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    boolean insideVpc = false;
    boolean hub = false;
    for (String arg : args) {
      if (arg.equals("--inside-vpc")) {
        insideVpc = true;
      } else if (arg.equals("--hub")) {
        hub = true;
      } else {
        sizes.add(Integer.parseInt(arg));
      }
    }
    if (sizes.isEmpty()) {
      sizes = hub ? List.of(1000) : List.of(100, 1000, 10000);
    }
    System.out.println("| operation | subnets | process CPU ms / run | wall ms / run | runs |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (int size : sizes) {
      Topology design = hub ? HubAndSpokeDesigns.generate(size) : insideVpc ? InsideVpcDesigns.generate(size)
          : DesignGenerator.generate(size);
      Topology edited = hub ? HubAndSpokeDesigns.editOneSpoke(design) : insideVpc ? InsideVpcDesigns.dropHttpsOut(design)
          : Edits.dropDefaultRoute(design);
      CpuTimeReport report = new CpuTimeReport(design, edited);
      int subnets = design.subnets().size();
      report.time("allChecks", subnets, () -> report.sink = Checks.run(report.design));
      report.time("pathMatrix", subnets, () -> report.sink = PathMatrix.of(report.design));
      report.time("checksAndMatrix", subnets, () -> {
        report.sink = Checks.run(report.design);
        report.sink = PathMatrix.of(report.design);
      });
      report.time("checksAfterOneEdit", subnets, () -> report.sink = report.session.check(report.flip()));
      report.time("matrixAfterOneEdit", subnets, () -> report.matrix = report.matrix.update(report.flip()));
      report.time("recheckAfterOneEdit", subnets, () -> {
        Topology next = report.flip();
        report.sink = report.session.check(next);
        report.matrix = report.matrix.update(next);
      });
    }
  }

  private Topology flip() {
    onEdited = !onEdited;
    return onEdited ? edited : design;
  }

  /**
   * Runs the operation until the process has spent {@link #BUDGET_NS} of CPU on it (at least
   * {@link #MIN_RUNS} times), and reports the mean per run: the process CPU clock ticks coarsely
   * (10 ms), so one run of a fast operation cannot be timed on its own.
   */
  private void time(String operation, int subnets, Runnable run) {
    for (int i = 0; i < WARMUP; i++) {
      run.run();
    }
    double[][] rounds = new double[ROUNDS][];
    int total = 0;
    for (int round = 0; round < ROUNDS; round++) {
      System.gc();
      int runs = 0;
      long cpuStart = OS.getProcessCpuTime();
      long wallStart = System.nanoTime();
      long cpu;
      do {
        run.run();
        runs++;
        cpu = OS.getProcessCpuTime() - cpuStart;
      } while (runs < MIN_RUNS || cpu < BUDGET_NS && runs < MAX_RUNS);
      rounds[round] = new double[] {cpu / 1e6 / runs, (System.nanoTime() - wallStart) / 1e6 / runs};
      total += runs;
    }
    Arrays.sort(rounds, Comparator.comparingDouble(figures -> figures[0]));
    double[] median = rounds[ROUNDS / 2];
    System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %d |%n", operation, subnets, median[0], median[1], total);
    if (sink == null && matrix == null) {
      throw new IllegalStateException("nothing was computed");
    }
  }

}
