package dev.netwright.app.ui;

import dev.netwright.app.ui.panels.PathPanel;
import dev.netwright.model.ElementId;
import dev.netwright.model.path.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the README's screenshot from the real window (run under Xvfb, see docs/performance.md):
 * opens the default sample, asks the path panel for PrivateSubnetA to S3 so that the canvas
 * highlights the path hop by hop, then captures the screen with ImageMagick's {@code import}.
 *
 * With a design file as a second argument it shows that design at Fit instead, in the default
 * window size (1280 x 820), to look at how a sample reads there; with a third argument {@code 100}, at 100 %.
 *
 * <p>{@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... dev.netwright.app.ui.ReadmeScreenshot docs/screenshot.png}
 */
public final class ReadmeScreenshot {
  private ReadmeScreenshot() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshot.png").toAbsolutePath();
    System.setProperty("netwright.prefs", "dev/netwright/designer-screenshot");
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    up.await();
    CompletableFuture<Void> shown = new CompletableFuture<>();
    Platform.runLater(() -> {
      Stage stage = new Stage();
      UserSettings settings = UserSettings.load();
      settings.clear();
      MainWindow window = MainWindow.create(stage, DesignSession.empty(), settings, out.getParent().resolve(".autosave-shot"));
      Scene scene = new Scene(window.root());
      scene.getStylesheets().add(NetwrightApplication.class.getResource("netwright.css").toExternalForm());
      window.installPanels();
      window.show(scene);
      stage.setX(0);
      stage.setY(0);
      if (args.length > 1) {
        stage.setWidth(1280);
        stage.setHeight(820);
        window.open(Path.of(args[1]));
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        settle.setOnFinished(event -> {
          window.canvas().fit();
          if (args.length > 2 && args[2].equals("100")) {
            window.canvas().zoomActual();
          }
          PauseTransition painted = new PauseTransition(Duration.millis(800));
          painted.setOnFinished(done -> shown.complete(null));
          painted.play();
        });
        settle.play();
        return;
      }
      stage.setWidth(1600);
      stage.setHeight(1000);
      window.open(DesignerApp.defaultSample());
      PathPanel paths = (PathPanel) scene.getRoot().lookupAll("*").stream().filter(PathPanel.class::isInstance).findFirst()
          .orElseThrow(() -> new IllegalStateException("the path panel is not installed"));
      scene.getRoot().lookupAll(".tab-pane").stream().map(TabPane.class::cast)
          .forEach(tabs -> tabs.getTabs().stream().filter(tab -> tab.getContent() == paths).findFirst()
              .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
      paths.showPath(ElementId.of("PrivateSubnetA"), Target.S3);
      paths.whenSettled().whenComplete((done, error) -> Platform.runLater(() -> {
        window.canvas().fit();
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(event -> shown.complete(null));
        settle.play();
      }));
    });
    shown.get(60, TimeUnit.SECONDS);
    Process capture = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
    if (!capture.waitFor(60, TimeUnit.SECONDS) || capture.exitValue() != 0 || !Files.isRegularFile(out)) {
      throw new IllegalStateException("import did not write " + out);
    }
    System.out.println("wrote " + out);
    Platform.exit();
  }
}
