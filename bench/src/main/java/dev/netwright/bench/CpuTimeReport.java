package dev.netwright.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.topology.Topology;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
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
 * {@link InsideVpcBenchmarks}.
 */
public final class CpuTimeReport {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int WARMUP = 5;
  private static final int MIN_RUNS = 5;
  private static final int MAX_RUNS = 2_000;
  private static final long BUDGET_NS = 2_000_000_000L;

  private Topology design;
  private Topology edited;
  private PathMatrix matrix;
  private CheckSession session;
  private boolean onEdited;
  private Object sink;

  private CpuTimeReport(int subnets, boolean insideVpc) {
    design = insideVpc ? InsideVpcDesigns.generate(subnets) : DesignGenerator.generate(subnets);
    edited = insideVpc ? InsideVpcDesigns.dropHttpsOut(design) : Edits.dropDefaultRoute(design);
    matrix = PathMatrix.of(design);
    session = new CheckSession(Checks.all());
    session.check(design);
  }

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    boolean insideVpc = false;
    for (String arg : args) {
      if (arg.equals("--inside-vpc")) {
        insideVpc = true;
      } else {
        sizes.add(Integer.parseInt(arg));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 1000, 10000);
    }
    System.out.println("| operation | subnets | process CPU ms / run | wall ms / run | runs |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (int subnets : sizes) {
      CpuTimeReport report = new CpuTimeReport(subnets, insideVpc);
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
    double wall = (System.nanoTime() - wallStart) / 1e6 / runs;
    System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %d |%n", operation, subnets, cpu / 1e6 / runs, wall, runs);
    if (sink == null && matrix == null) {
      throw new IllegalStateException("nothing was computed");
    }
  }

}
