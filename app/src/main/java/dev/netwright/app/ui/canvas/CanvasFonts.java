package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.DejaVuMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The bundled DejaVu Sans for the canvas, loaded once: the font whose widths sized the drawing's
 * boxes, so that text on screen fits them exactly as in the SVG and PNG.
 */
final class CanvasFonts {
  private static final Font[] REGULAR = new Font[64];
  private static final Font[] BOLD = new Font[64];
  /** Fonts at other sizes (the summary's names at 9 px on screen), by size and weight; cleared when large. */
  private static final Map<Long, Font> OTHER = new HashMap<>();
  private static boolean loaded;

  private CanvasFonts() {
  }

  /** The font at a size (cached by half points, and the last few other sizes). */
  static synchronized Font font(double size, boolean bold) {
    load();
    int key = (int) Math.max(1, Math.min(63, Math.round(size * 2)));
    Font[] cache = bold ? BOLD : REGULAR;
    if (size * 2 != key) {
      long other = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
      Font font = OTHER.get(other);
      if (font == null) {
        if (OTHER.size() > 256) {
          OTHER.clear();
        }
        font = Font.font(DejaVuMetrics.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        OTHER.put(other, font);
      }
      return font;
    }
    if (cache[key] == null) {
      cache[key] = Font.font(DejaVuMetrics.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
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
