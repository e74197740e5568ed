package dev.netwright.model.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines no wider than a width: after a hyphen, underscore, dot, slash or
 * space where one is near enough, else between two characters. Nothing is ever cut.
 */
public final class TextLines {
  /** Names up to this many characters are drawn on one line. */
  public static final int ONE_LINE_NAME = 40;

  private TextLines() {
  }

  public static List<String> wrap(String text, double maxWidth, double size, boolean bold, TextMetrics metrics) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (!rest.isEmpty() && metrics.width(rest, size, bold) > maxWidth) {
      int fits = longestFit(rest, maxWidth, size, bold, metrics);
      int cut = fits;
      for (int i = fits; i > fits / 2; i--) {
        if ("-_./ :".indexOf(rest.charAt(i - 1)) >= 0) {
          cut = i;
          break;
        }
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || lines.isEmpty()) {
      lines.add(rest);
    }
    return lines;
  }

  private static int longestFit(String text, double maxWidth, double size, boolean bold, TextMetrics metrics) {
    int fits = 1;
    while (fits < text.length() && metrics.width(text.substring(0, fits + 1), size, bold) <= maxWidth) {
      fits++;
    }
    return fits;
  }
}
