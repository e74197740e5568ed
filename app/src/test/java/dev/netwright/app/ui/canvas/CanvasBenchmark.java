package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.document.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame times of the canvas on a large design (a benchmark, not a test): pans and zooms a design
 * of 5,000 elements frame by frame and reports, for each scenario, the time the FX thread spends
 * painting a frame, all the FX thread's CPU per frame (with the tiles the canvas paints ahead in
 * its own pulse), the render thread's and the interval between pulses (which includes rendering).
 * {@code -Dbench.only=35%,zoom} runs only the scenarios whose names contain one of those words. Run it on a
 * display (Xvfb will do) or headless under Monocle; see docs/performance.md.
 *
 * <p>{@code java -cp ... dev.netwright.app.ui.canvas.CanvasBenchmark [elements] [frames]}
 */
public final class CanvasBenchmark {
  private static final int WIDTH = Integer.getInteger("bench.width", 1280);
  private static final int HEIGHT = Integer.getInteger("bench.height", 760);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final DesignCanvas canvas;
  private final int frames;

  private CanvasBenchmark(DesignCanvas canvas, int frames) {
    this.canvas = canvas;
    this.frames = frames;
  }

  public static void main(String[] args) throws Exception {
    int elements = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int frames = args.length > 1 ? Integer.parseInt(args[1]) : 240;
    long start = System.nanoTime();
    Document document = LargeDesign.of(elements);
    System.out.printf(Locale.ROOT, "design: %d elements, %d laid out, built in %.0f ms%n", document.topology().size(),
        document.layout().size(), (System.nanoTime() - start) / 1e6);
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    up.await();
    CompletableFuture<CanvasBenchmark> ready = new CompletableFuture<>();
    Platform.runLater(() -> {
      DesignCanvas canvas = new DesignCanvas(new DesignSession(document, null));
      Stage stage = new Stage();
      stage.setScene(new Scene(canvas, WIDTH, HEIGHT));
      stage.show();
      ready.complete(new CanvasBenchmark(canvas, frames));
    });
    CanvasBenchmark benchmark = ready.get();
    System.out.println(System.getProperty("glass.platform", "desktop") + " glass, prism " + System.getProperty("prism.order",
        "default") + ", " + WIDTH + " x " + HEIGHT + ", " + frames + " frames per scenario");
    if (!Boolean.getBoolean("bench.norebuild")) {
      benchmark.rebuild(document);
    }
    if (frames == 0) {
      Platform.exit();
      return;
    }
    System.out.println("| scenario | boxes painted (max) | paint CPU median | paint CPU p95 | FX thread CPU per frame "
        + "| render CPU per frame | frame interval median | frame p95 | fps |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    benchmark.run("baseline: pan over empty space at 100%", c -> {
      c.viewport().setScaleAt(1, 0, 0);
      c.panBy(-c.viewport().offsetX() + 1e6, 0);
    }, c -> c.panBy(-7, -4));
    benchmark.run("pan at 100%", c -> {
      c.viewport().setScaleAt(1, 0, 0);
      c.panBy(-c.viewport().offsetX(), -c.viewport().offsetY());
    }, c -> c.panBy(-7, -4));
    benchmark.run("pan at 35%", c -> c.viewport().setScaleAt(0.35, 0, 0), c -> c.panBy(-7, -4));
    benchmark.run("pan, whole design in view", DesignCanvas::fit, c -> c.panBy(-2, -1));
    // the zooms start from the picture at rest (its tiles painted), as a person's zoom does
    benchmark.run("zoom at cursor, 100% to 5%", c -> settleAt(c, 1), c -> c.zoomAbout(0.988, WIDTH / 2.0, HEIGHT / 2.0));
    benchmark.afterTheZoom();
    benchmark.run("zoom in at cursor, 20% to 100%", c -> settleAt(c, 0.2), c -> c.zoomAbout(1 / 0.988, WIDTH / 2.0, HEIGHT / 2.0));
    benchmark.afterTheZoom();
    Platform.exit();
  }

  /** Zooms to {@code scale} about the view's centre and paints until the tiles of that zoom cover the view. */
  private static void settleAt(DesignCanvas canvas, double scale) {
    canvas.viewport().setScaleAt(scale, WIDTH / 2.0, HEIGHT / 2.0);
    canvas.paint();
    canvas.paint();
    while (canvas.paintingTiles()) {
      canvas.paint();
    }
  }

  /**
   * The frames after a zoom stopped: how many paint the tiles of the new zoom over the scaled
   * picture, and the most FX thread CPU one of them took (the first frame at rest must not stall).
   */
  /** Whether the last scenario was run (not left out by {@code bench.only}). */
  private boolean lastRan;

  private void afterTheZoom() throws Exception {
    if (!lastRan) {
      return;
    }
    CompletableFuture<String> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      List<Double> paints = new ArrayList<>();
      canvas.paint();
      do {
        long t = THREADS.getCurrentThreadCpuTime();
        canvas.paint();
        paints.add((THREADS.getCurrentThreadCpuTime() - t) / 1e6);
      } while (canvas.paintingTiles());
      double[] p = paints.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      result.complete(String.format(Locale.ROOT, "| after the zoom: the tiles painted in %d frames, paint CPU median %.1f ms, "
          + "max %.1f ms, total %.1f ms |", p.length, p[p.length / 2], p[p.length - 1], Arrays.stream(p).sum()));
    });
    System.out.println(result.get());
  }

  /**
   * Time to draw the document anew after an edit, as the canvas does: the whole drawing, its lines
   * re-routed by the canvas's one router (which keeps what it routed before); the edit moves one
   * security group a little.
   */
  private void rebuild(Document document) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    dev.netwright.model.diagram.route.ConnectorRouter router =
        new dev.netwright.model.diagram.route.ConnectorRouter(dev.netwright.model.diagram.DejaVuMetrics.get());
    // the canvas keeps the VPCs of its last drawing, so that an edit draws again only those it touched
    dev.netwright.model.diagram.VpcBlocks kept = Boolean.getBoolean("bench.nokeep") ? null
        : new dev.netwright.model.diagram.VpcBlocks();
    long first = threads.getCurrentThreadCpuTime();
    Diagram.of(document, dev.netwright.model.diagram.DrawingOptions.ALL_LINES, router, kept);
    System.out.printf(Locale.ROOT, "first drawing, every line routed: %.1f ms CPU%n", (threads.getCurrentThreadCpuTime() - first) / 1e6);
    dev.netwright.model.ElementId moved = document.topology().securityGroups().get(0).id();
    dev.netwright.model.document.Bounds at = document.layout().find(moved).orElseThrow();
    double[] times = new double[Integer.getInteger("bench.rebuilds", 15)];
    double[] cpu = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      Document edited = document.withLayout(document.layout().with(moved, at.movedBy(2 * (i + 1), 0)));
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      Diagram.of(edited, dev.netwright.model.diagram.DrawingOptions.ALL_LINES, router, kept);
      times[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "drawing and views rebuilt after an edit: median %.1f ms wall, %.1f ms CPU (of %d runs), "
        + "p10 %.1f ms, p90 %.1f ms CPU; %s%n%n", times[times.length / 2], cpu[cpu.length / 2], times.length,
        cpu[cpu.length / 10], cpu[cpu.length * 9 / 10], kept == null ? "every VPC drawn again"
            : kept.reusedLastTime() + " VPCs taken as they were");
  }

  private void run(String name, Consumer<DesignCanvas> setUp, Consumer<DesignCanvas> step) throws Exception {
    String only = System.getProperty("bench.only");
    lastRan = only == null || java.util.Arrays.stream(only.split(",")).anyMatch(name::contains);
    if (!lastRan) {
      return;
    }
    CompletableFuture<String> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      setUp.accept(canvas);
      long renderThread = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> thread.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
      long renderStart = THREADS.getThreadCpuTime(renderThread);
      long fxStart = THREADS.getCurrentThreadCpuTime();
      List<Double> paints = new ArrayList<>();
      List<Double> intervals = new ArrayList<>();
      int[] drawn = new int[1];
      new AnimationTimer() {
        private long last;
        private int warmUp = 20;

        @Override
        public void handle(long now) {
          step.accept(canvas);
          long t = THREADS.getCurrentThreadCpuTime();
          canvas.paint();
          double paint = (THREADS.getCurrentThreadCpuTime() - t) / 1e6;
          if (warmUp > 0) {
            warmUp--;
          } else {
            paints.add(paint);
            intervals.add((now - last) / 1e6);
            drawn[0] = Math.max(drawn[0], canvas.lastDrawnViews());
          }
          last = now;
          if (paints.size() >= frames) {
            stop();
            double render = (THREADS.getThreadCpuTime(renderThread) - renderStart) / 1e6 / (frames + 20);
            double fx = (THREADS.getCurrentThreadCpuTime() - fxStart) / 1e6 / (frames + 20);
            result.complete(row(name, drawn[0], paints, fx, render, intervals));
          }
        }
      }.start();
    });
    System.out.println(result.get());
  }

  private static String row(String name, int drawn, List<Double> paints, double fx, double render, List<Double> intervals) {
    double[] p = paints.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] f = intervals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f |", name,
        drawn, p[p.length / 2], p[(int) (p.length * 0.95)], fx, render, f[f.length / 2], f[(int) (f.length * 0.95)],
        1000 / f[f.length / 2]);
  }
}
