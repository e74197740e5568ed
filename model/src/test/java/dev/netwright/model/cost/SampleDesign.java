package dev.netwright.model.cost;

import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;

/** Reads a sample design from the folder surefire names in {@code netwright.samples}. */
final class SampleDesign {
  private SampleDesign() {
  }

  static Document read(String name) {
    return new DesignFile().read(Path.of(System.getProperty("netwright.samples", "../samples"), name));
  }
}
