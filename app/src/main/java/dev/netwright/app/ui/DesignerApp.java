package dev.netwright.app.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the designer window. The launcher ({@code dev.netwright.app.Main}, which must not touch
 * JavaFX) calls {@link #open(Path)}; the JavaFX application class is {@link NetwrightApplication},
 * deliberately not the jar's main class so that the JavaFX runtime starts from the class path.
 */
public final class DesignerApp {
  /** The sample opened when no file is named. */
  public static final String DEFAULT_SAMPLE = "s3-gateway-endpoints.json";

  // held so that the level set below stays: JUL keeps loggers only weakly
  private static final java.util.logging.Logger PLATFORM_LOG =
      java.util.logging.Logger.getLogger("javafx");

  private DesignerApp() {
  }

  /**
   * Opens the designer and returns when its window is closed. With null it opens the default
   * sample when one is found (in {@code samples/} of the working directory, or the folder named by
   * the {@code netwright.samples} property), else an empty design.
   */
  public static void open(Path fileOrNull) {
    Path file = fileOrNull != null ? fileOrNull : defaultSample();
    // JavaFX warns that it runs from the class path; that is how this one jar is meant to run
    PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
    NetwrightApplication.startedAt(System.nanoTime());
    Application.launch(NetwrightApplication.class, file == null ? new String[0] : new String[] {file.toString()});
  }

  static Path defaultSample() {
    return Samples.find(DEFAULT_SAMPLE).orElse(null);
  }
}
