package dev.netwright.model.diagram;

/**
 * How a box is drawn: fill, border, corner arc, and an optional stripe of colour down its left
 * side (null for none).
 */
public record BoxStyle(Tint fill, Tint stroke, double strokeWidth, boolean dashed, double arc, Tint stripe) {
}
