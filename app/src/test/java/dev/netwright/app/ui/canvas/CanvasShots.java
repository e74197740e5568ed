package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Screenshots of the canvas in a real window (a tool, not a test): shows a design file, or the
 * benchmark's generated design ({@code large:5000}), at each of the views asked for and captures
 * the screen with ImageMagick's {@code import}, so that what the canvas paints at a zoom can be
 * looked at and compared. A view is a zoom in percent, optionally panned by screen pixels from
 * the design's top left ({@code 35}, {@code 100+400+200}), or {@code fit}; {@code zooming0.98} captures
 * the screen while a zoom by that factor a frame about the centre is in progress (the view after it
 * is captured by the next view, say {@code rest}, which shows the zoom it stopped at once settled).
 *
 * <p>{@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... dev.netwright.app.ui.canvas.CanvasShots OUTDIR DESIGN VIEW...}
 */
public final class CanvasShots {
  private static final int WIDTH = Integer.getInteger("shots.width", 1600);
  private static final int HEIGHT = Integer.getInteger("shots.height", 1000);

  private CanvasShots() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    String design = args[1];
    Document document = design.startsWith("large:") ? LargeDesign.of(Integer.parseInt(design.substring(6)))
        : new DesignFile().read(Path.of(design));
    String name = design.startsWith("large:") ? design.replace(':', '-')
        : Path.of(design).getFileName().toString().replaceFirst("\\.json$", "");
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    up.await();
    CompletableFuture<DesignCanvas> ready = new CompletableFuture<>();
    Platform.runLater(() -> {
      DesignCanvas canvas = new DesignCanvas(new DesignSession(document, null));
      Stage stage = new Stage();
      stage.setScene(new Scene(canvas, WIDTH, HEIGHT));
      stage.setX(0);
      stage.setY(0);
      stage.show();
      ready.complete(canvas);
    });
    DesignCanvas canvas = ready.get(60, TimeUnit.SECONDS);
    for (int i = 2; i < args.length; i++) {
      String view = args[i];
      if (view.startsWith("zooming")) {
        // during a zoom: zooms by the factor every pulse about the centre, captured while it goes on
        double factor = Double.parseDouble(view.substring(7));
        javafx.animation.AnimationTimer zoom = new javafx.animation.AnimationTimer() {
          @Override
          public void handle(long now) {
            canvas.zoomAbout(factor, WIDTH / 2.0, HEIGHT / 2.0);
          }
        };
        Platform.runLater(zoom::start);
        Thread.sleep(Long.getLong("shots.zooming", 700));
        capture(out.resolve(name + "-" + view + ".png").toAbsolutePath(), canvas);
        Platform.runLater(zoom::stop);
        continue;
      }
      long before = onFx(canvas::paintCount);
      Platform.runLater(() -> show(canvas, view));
      // painted, and no frame painted for a while (the tiles are painted once the view settles)
      long painted = before;
      long seen;
      do {
        seen = painted;
        Thread.sleep(Long.getLong("shots.settle", 1500));
        painted = onFx(canvas::paintCount);
      } while (painted == before || painted != seen);
      capture(out.resolve(name + "-" + view.replace('+', '_') + ".png").toAbsolutePath(), canvas);
    }
    Platform.exit();
  }

  private static void capture(Path shot, DesignCanvas canvas) throws Exception {
    Process capture = new ProcessBuilder("import", "-window", "root", shot.toString()).inheritIO().start();
    if (!capture.waitFor(60, TimeUnit.SECONDS) || capture.exitValue() != 0) {
      throw new IllegalStateException("import did not write " + shot);
    }
    System.out.printf(Locale.ROOT, "wrote %s (zoom %.0f %%)%n", shot, onFx(() -> canvas.viewport().scale()) * 100);
  }

  private static <T> T onFx(java.util.function.Supplier<T> question) throws Exception {
    CompletableFuture<T> answer = new CompletableFuture<>();
    Platform.runLater(() -> answer.complete(question.get()));
    return answer.get(60, TimeUnit.SECONDS);
  }

  private static void show(DesignCanvas canvas, String view) {
    if (view.equals("rest")) {
      canvas.requestRedraw();
      return;
    }
    if (view.equals("fit")) {
      canvas.fit();
      return;
    }
    String[] parts = view.split("\\+");
    canvas.viewport().setScaleAt(Double.parseDouble(parts[0]) / 100, 0, 0);
    canvas.requestRedraw();
    canvas.panBy(-canvas.viewport().offsetX() + 40, -canvas.viewport().offsetY() + 40);
    if (parts.length == 3) {
      canvas.panBy(-Double.parseDouble(parts[1]), -Double.parseDouble(parts[2]));
    }
  }
}
