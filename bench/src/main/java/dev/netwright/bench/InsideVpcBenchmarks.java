package dev.netwright.bench;

import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.path.PathMatrix;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The targets of DESIGN.md with network ACLs and workloads ({@link InsideVpcDesigns}: an ACL per
 * subnet, two workloads per subnet): all checks and the full path matrix from scratch (under 1 s),
 * and both after one ACL edit (under 16 ms), alternating between the design and its edited copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class InsideVpcBenchmarks {
  @Param({"10000"})
  public int subnets;

  private Topology design;
  private Topology edited;
  private PathMatrix matrix;
  private CheckSession session;
  private boolean onEdited;

  @Setup(Level.Trial)
  public void setUp() {
    design = InsideVpcDesigns.generate(subnets);
    edited = InsideVpcDesigns.dropHttpsOut(design);
    matrix = PathMatrix.of(design);
    session = new CheckSession(Checks.all());
    session.check(design);
    onEdited = false;
  }

  private Topology flip() {
    onEdited = !onEdited;
    return onEdited ? edited : design;
  }

  /** The 1 s target: all checks plus the full path matrix, from scratch. */
  @Benchmark
  public void checksAndMatrix(Blackhole sink) {
    sink.consume(Checks.run(design));
    sink.consume(PathMatrix.of(design));
  }

  /** The 16 ms target: checks and path matrix after one ACL edit. */
  @Benchmark
  public void recheckAfterOneEdit(Blackhole sink) {
    Topology next = flip();
    sink.consume(session.check(next));
    matrix = matrix.update(next);
    sink.consume(matrix);
  }
}
