package dev.netwright.model.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code fonts/dejavu-widths.txt} from the bundled fonts: the advance width of every
 * character of the Basic Multilingual Plane the font draws, in font units (2048 to the em), as
 * Java2D measures it without hinting. Run {@code main} after changing the bundled fonts; {@link
 * DejaVuMetricsTest} checks that the table still agrees with the fonts.
 */
final class FontWidthTable {
  static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

  private FontWidthTable() {
  }

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "model/src/main/resources/fonts/dejavu-widths.txt");
    Files.writeString(target, table(), StandardCharsets.UTF_8);
  }

  static Font font(boolean bold) {
    String resource = bold ? "/fonts/DejaVuSans-Bold.ttf" : "/fonts/DejaVuSans.ttf";
    try (InputStream in = FontWidthTable.class.getResourceAsStream(resource)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | java.awt.FontFormatException e) {
      throw new UncheckedIOException(new IOException(resource, e));
    }
  }

  /** The advance of one character at 2048 points: its width in font units. */
  static double advance(Font font, int codePoint) {
    return font.deriveFont(2048f).getStringBounds(new String(Character.toChars(codePoint)), UNHINTED).getWidth();
  }

  static String table() {
    StringBuilder out = new StringBuilder("# code point (hex), regular advance, bold advance, in units of 1/2048 em\n");
    Font regular = font(false);
    Font bold = font(true);
    for (int c = 0x20; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c) || !regular.canDisplay(c)) {
        continue;
      }
      out.append(Integer.toHexString(c)).append(' ').append(Math.round(advance(regular, c))).append(' ')
          .append(Math.round(bold.canDisplay(c) ? advance(bold, c) : advance(regular, c))).append('\n');
    }
    return out.toString();
  }
}
