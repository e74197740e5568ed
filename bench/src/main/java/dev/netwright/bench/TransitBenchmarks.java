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
 * The transit gateway targets (DESIGN.md): a hub of 1,000 spokes (6 subnets each, 8 targets) checked
 * and its full path matrix answered from scratch (under 1 s), and the re-check after one edit
 * inside one spoke (under 16 ms). Each edit call flips between the design and its edited copy, so
 * every call re-checks one real edit with what the previous call left.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TransitBenchmarks {
  @Param({"1000"})
  public int spokes;

  private Topology design;
  private Topology edited;
  private PathMatrix matrix;
  private CheckSession session;
  private boolean onEdited;

  @Setup(Level.Trial)
  public void setUp() {
    design = HubAndSpokeDesigns.generate(spokes);
    edited = HubAndSpokeDesigns.editOneSpoke(design);
    matrix = PathMatrix.of(design);
    session = new CheckSession(Checks.all());
    session.check(design);
  }

  private Topology flip() {
    onEdited = !onEdited;
    return onEdited ? edited : design;
  }

  /** Every subnet × every target of the hub, from scratch. */
  @Benchmark
  public PathMatrix hubMatrix() {
    return PathMatrix.of(design);
  }

  /** The 1 s target: all checks plus the full matrix of the hub, from scratch. */
  @Benchmark
  public void hubChecksAndMatrix(Blackhole sink) {
    sink.consume(Checks.run(design));
    sink.consume(PathMatrix.of(design));
  }

  /** The matrix re-answered after one edit in a spoke. */
  @Benchmark
  public PathMatrix hubMatrixAfterOneSpokeEdit() {
    matrix = matrix.update(flip());
    return matrix;
  }

  /** The 16 ms target: checks and matrix after one edit in a spoke. */
  @Benchmark
  public void hubRecheckAfterOneSpokeEdit(Blackhole sink) {
    Topology next = flip();
    sink.consume(session.check(next));
    matrix = matrix.update(next);
    sink.consume(matrix);
  }
}
