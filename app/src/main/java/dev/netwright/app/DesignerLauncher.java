package dev.netwright.app;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the designer window, or says in one line why it cannot. JavaFX is reached by name
 * through reflection so that the command line never loads it.
 */
final class DesignerLauncher {
  static final String DEFAULT_SAMPLE = "samples/s3-gateway-endpoints.json";

  private DesignerLauncher() {
  }

  static int open(String file) {
    PrintStream err = System.err;
    if (file != null && !Files.isRegularFile(Path.of(file))) {
      err.println("error: " + file + ": no such file");
      return 2;
    }
    if (!hasDisplay()) {
      err.println("error: no display to open the designer on (DISPLAY is not set); use a subcommand such as "
          + "'validate FILE', or run under xvfb-run");
      return 2;
    }
    Path path = file != null ? Path.of(file) : defaultSample();
    try {
      Class<?> app = Class.forName("dev.netwright.app.ui.DesignerApp");
      app.getMethod("open", Path.class).invoke(null, path);
      return 0;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      err.println("error: the designer could not start: " + oneLine(cause));
      return 2;
    } catch (ReflectiveOperationException | LinkageError e) {
      err.println("error: the designer is not part of this build: " + oneLine(e));
      return 2;
    }
  }

  private static Path defaultSample() {
    Path sample = Path.of(DEFAULT_SAMPLE);
    return Files.isRegularFile(sample) ? sample : null;
  }

  private static boolean hasDisplay() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") && !os.contains("bsd")) {
      return true;
    }
    if ("Monocle".equals(System.getProperty("glass.platform"))) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static String oneLine(Throwable error) {
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
