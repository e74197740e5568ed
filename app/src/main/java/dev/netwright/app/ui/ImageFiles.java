package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DiagramImage;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.format.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes the design as a PNG or an SVG file, each in one step (see {@link AtomicFile}). */
final class ImageFiles {
  private ImageFiles() {
  }

  static void writePng(Drawing drawing, int scale, Path file) {
    write(file, DiagramImage.png(drawing, scale));
  }

  static void writeSvg(Drawing drawing, Path file) {
    write(file, DiagramImage.svg(drawing).getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      AtomicFile.replace(file, bytes);
    } catch (IOException e) {
      throw new NetwrightException(file + ": the image was not written: " + e.getMessage(), e);
    }
  }
}
