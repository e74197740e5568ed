package dev.netwright.model.diagram.route;

/** A point in drawing coordinates. */
public record Point(double x, double y) {
}
