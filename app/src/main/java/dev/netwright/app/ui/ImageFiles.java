package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.Decorations;
import dev.netwright.app.ui.canvas.Diagram;
import dev.netwright.app.ui.canvas.DiagramImage;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.format.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes the design as a PNG or an SVG file, each in one step (see {@link AtomicFile}). */
final class ImageFiles {
  private ImageFiles() {
  }

  static void writePng(Diagram diagram, Decorations decorations, Path file) {
    WritableImage image = DiagramImage.bitmap(diagram, decorations);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      if (!ImageIO.write(buffered, "png", png)) {
        throw new NetwrightException(file + ": no PNG writer is available in this Java runtime");
      }
      AtomicFile.replace(file, png.toByteArray());
    } catch (IOException e) {
      throw new NetwrightException(file + ": the image was not written: " + e.getMessage(), e);
    }
  }

  static void writeSvg(Diagram diagram, Decorations decorations, Path file) {
    try {
      AtomicFile.replace(file, DiagramImage.svg(diagram, decorations).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NetwrightException(file + ": the image was not written: " + e.getMessage(), e);
    }
  }
}
