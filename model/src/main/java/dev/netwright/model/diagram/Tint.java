package dev.netwright.model.diagram;

import java.util.Locale;

/** A colour of the drawing: red, green and blue (0-255) and an opacity (0-1). */
public record Tint(int red, int green, int blue, double opacity) {
  public static final Tint WHITE = of("#ffffff");

  /** A colour from {@code #rrggbb}, opaque. */
  public static Tint of(String hex) {
    int value = Integer.parseInt(hex.substring(1), 16);
    return new Tint((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 1);
  }

  public Tint withOpacity(double newOpacity) {
    return new Tint(red, green, blue, newOpacity);
  }

  /** This colour moved {@code amount} (0-1) of the way towards {@code other}. */
  public Tint mix(Tint other, double amount) {
    return new Tint(blend(red, other.red, amount), blend(green, other.green, amount), blend(blue, other.blue, amount),
        opacity + (other.opacity - opacity) * amount);
  }

  private static int blend(int from, int to, double amount) {
    return (int) Math.round(from + (to - from) * amount);
  }

  /** {@code #rrggbb}, without the opacity. */
  public String hex() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }
}
