package dev.netwright.app.ui.panels;

import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared sample designs, from the folder surefire names in {@code netwright.samples}. */
final class SampleDesigns {
  private SampleDesigns() {
  }

  static Path file(String name) {
    String property = System.getProperty("netwright.samples");
    Path folder = property != null ? Path.of(property) : Path.of("..", "samples");
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no sample " + file.toAbsolutePath());
    }
    return file;
  }

  static Document load(String name) {
    return new DesignFile().read(file(name));
  }
}
