package dev.netwright.model.diagram;

/**
 * How wide a run of text is drawn, without a window: the drawing sizes its boxes and places its
 * labels with it, so that the canvas, the SVG and the PNG all fit the same text in the same boxes.
 */
public interface TextMetrics {
  /** The advance width of {@code text} at {@code size} points. */
  double width(String text, double size, boolean bold);

  /** The distance between two baselines at {@code size} points. */
  double lineHeight(double size);
}
