package dev.netwright.model.diagram.route;

import dev.netwright.model.diagram.TextMetrics;

/** Text metrics for tests: every character is 0.6 of the size wide, lines 1.2 of the size apart. */
final class FixedWidthMetrics implements TextMetrics {
  @Override
  public double width(String text, double size, boolean bold) {
    return text.length() * size * 0.6;
  }

  @Override
  public double lineHeight(double size) {
    return size * 1.2;
  }
}
