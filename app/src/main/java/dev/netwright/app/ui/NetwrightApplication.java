package dev.netwright.app.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application of the designer: one window on one design. Started by
 * {@link DesignerApp#open(Path)}; the first parameter, when given, is the design to open.
 */
public final class NetwrightApplication extends Application {
  private static volatile long launchedAt = System.nanoTime();

  static void startedAt(long nanos) {
    launchedAt = nanos;
  }

  @Override
  public void start(Stage stage) {
    DesignSession session = DesignSession.empty();
    MainWindow window = MainWindow.create(stage, session, UserSettings.load(), Autosave.defaultFolder());
    Scene scene = new Scene(window.root());
    scene.getStylesheets().add(NetwrightApplication.class.getResource("netwright.css").toExternalForm());
    window.installPanels();
    window.show(scene);
    List<String> parameters = getParameters().getRaw();
    if (!parameters.isEmpty()) {
      window.open(Path.of(parameters.get(0)));
    }
    reportFirstFrame(window);
  }

  /** With {@code -Dnetwright.timing=true}, prints how long the first frame took (docs/performance.md). */
  private static void reportFirstFrame(MainWindow window) {
    if (!Boolean.getBoolean("netwright.timing")) {
      return;
    }
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (window.canvas().paintCount() > 0) {
          stop();
          long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
          long sinceOpen = (System.nanoTime() - launchedAt) / 1_000_000;
          System.err.println(String.format(Locale.ROOT, "first frame: %d ms after JVM start, %d ms after DesignerApp.open",
              sinceJvm, sinceOpen));
        }
      }
    }.start();
  }
}
