package dev.netwright.bench;

import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Topology;
import java.util.List;
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
 * The targets of DESIGN.md on designs from {@link DesignGenerator}: all checks and the full path
 * matrix from scratch, and both again after one edit. The edit benchmarks alternate between the
 * design and its edited copy, so every call is a real one-edit re-check that reuses what the
 * previous call left (the {@link CheckSession}'s cache, the previous {@link PathMatrix}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DesignBenchmarks {
  @Param({"100", "1000", "10000"})
  public int subnets;

  private Topology design;
  private Topology edited;
  private PathEngine engine;
  private PathMatrix matrix;
  private CheckSession session;
  private boolean onEdited;

  @Setup(Level.Trial)
  public void setUp() {
    design = DesignGenerator.generate(subnets);
    edited = Edits.dropDefaultRoute(design);
    engine = PathEngine.of(design);
    matrix = PathMatrix.of(design);
    session = new CheckSession(Checks.all());
    session.check(design);
    onEdited = false;
  }

  private Topology flip() {
    onEdited = !onEdited;
    return onEdited ? edited : design;
  }

  /** Every rule on the whole design, from scratch. */
  @Benchmark
  public List<Finding> allChecks() {
    return Checks.run(design);
  }

  /** Every subnet × every target, from scratch (the per-VPC graphs included). */
  @Benchmark
  public PathMatrix pathMatrix() {
    return PathMatrix.of(design);
  }

  /** The 1 s target: all checks plus the full path matrix. */
  @Benchmark
  public void checksAndMatrix(Blackhole sink) {
    sink.consume(Checks.run(design));
    sink.consume(PathMatrix.of(design));
  }

  /** The path matrix re-answered after one edit. */
  @Benchmark
  public PathMatrix matrixAfterOneEdit() {
    matrix = matrix.update(flip());
    return matrix;
  }

  /** The checks re-run after one edit through a session. */
  @Benchmark
  public List<Finding> checksAfterOneEdit() {
    return session.check(flip());
  }

  /** The 16 ms target: checks and path matrix after one edit. */
  @Benchmark
  public void recheckAfterOneEdit(Blackhole sink) {
    Topology next = flip();
    sink.consume(session.check(next));
    matrix = matrix.update(next);
    sink.consume(matrix);
  }

  /** One path question on a built engine. */
  @Benchmark
  public PathAnswer reachOne() {
    return engine.reach(DesignGenerator.id("PrivateA", 0), Target.S3);
  }
}
