package dev.netwright.model.diagram;

import dev.netwright.model.topology.ElementKind;

/** Where a kind's icon is drawn: a square of {@code size} with its top-left corner at (x, y). */
public record IconPlace(ElementKind kind, double x, double y, double size) {
}
