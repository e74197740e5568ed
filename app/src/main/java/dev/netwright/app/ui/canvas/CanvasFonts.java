package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.DejaVuMetrics;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The bundled DejaVu Sans for the canvas, loaded once: the font whose widths sized the drawing's
 * boxes, so that text on screen fits them exactly as in the SVG and PNG.
 */
final class CanvasFonts {
  private static final Font[] REGULAR = new Font[64];
  private static final Font[] BOLD = new Font[64];
  private static boolean loaded;

  private CanvasFonts() {
  }

  /** The font at a size (rounded to a tenth of a point above 6 points, cached by half points). */
  static synchronized Font font(double size, boolean bold) {
    load();
    int key = (int) Math.max(1, Math.min(63, Math.round(size * 2)));
    Font[] cache = bold ? BOLD : REGULAR;
    if (size * 2 != key || cache[key] == null) {
      Font font = Font.font(DejaVuMetrics.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
      if (size * 2 != key) {
        return font;
      }
      cache[key] = font;
    }
    return cache[key];
  }

  private static void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    for (String file : new String[] {DejaVuMetrics.REGULAR_FILE, DejaVuMetrics.BOLD_FILE}) {
      try (InputStream in = CanvasFonts.class.getResourceAsStream(file)) {
        if (in != null) {
          Font.loadFont(in, 12);
        }
      } catch (IOException e) {
        // the system's sans-serif stands in; boxes may then fit their text less exactly
      }
    }
  }
}
