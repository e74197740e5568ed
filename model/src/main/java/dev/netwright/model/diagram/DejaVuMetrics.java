package dev.netwright.model.diagram;

import dev.netwright.model.NetwrightException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The text metrics of the font the drawing is painted in, DejaVu Sans (bundled under
 * {@code fonts/}), read from a table of advance widths generated from the font files: the canvas,
 * the SVG and the PNG size their text by the same numbers without opening a font. Characters the
 * font lacks are measured as a wide letter, so that a box is never too small for them.
 */
public final class DejaVuMetrics implements TextMetrics {
  /** The family name painters ask for. */
  public static final String FAMILY = "DejaVu Sans";
  /** The font files, as class-path resources. */
  public static final String REGULAR_FILE = "/fonts/DejaVuSans.ttf";
  public static final String BOLD_FILE = "/fonts/DejaVuSans-Bold.ttf";
  /** Ascent and descent of DejaVu Sans, in ems. */
  public static final double ASCENT = 0.928;
  public static final double DESCENT = 0.236;
  private static final double UNITS_PER_EM = 2048;
  private static final int FALLBACK = 'M';

  private static final DejaVuMetrics INSTANCE = new DejaVuMetrics();

  private final short[] regular = new short[0x10000];
  private final short[] bold = new short[0x10000];

  private DejaVuMetrics() {
    try (InputStream in = DejaVuMetrics.class.getResourceAsStream("/fonts/dejavu-widths.txt")) {
      if (in == null) {
        throw new NetwrightException("the font width table is missing from the application");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(" ");
        int codePoint = Integer.parseInt(parts[0], 16);
        regular[codePoint] = Short.parseShort(parts[1]);
        bold[codePoint] = Short.parseShort(parts[2]);
      }
    } catch (IOException e) {
      throw new NetwrightException("cannot read the font width table: " + e.getMessage(), e);
    }
  }

  public static DejaVuMetrics get() {
    return INSTANCE;
  }

  @Override
  public double width(String text, double size, boolean isBold) {
    short[] table = isBold ? bold : regular;
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      short advance = table[c];
      units += advance != 0 || c < 0x20 ? advance : table[FALLBACK];
    }
    return units * size / UNITS_PER_EM;
  }

  @Override
  public double lineHeight(double size) {
    return size * 1.25;
  }
}
