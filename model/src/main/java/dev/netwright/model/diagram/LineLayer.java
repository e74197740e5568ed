package dev.netwright.model.diagram;

/** Which association, route and attachment lines the drawing shows; the highlighted path always shows. */
public enum LineLayer {
  /** Every line. */
  ALL,
  /** The lines that touch the selection. */
  SELECTION,
  /** No lines: route tables and security groups read as chips on the elements. */
  NONE
}
