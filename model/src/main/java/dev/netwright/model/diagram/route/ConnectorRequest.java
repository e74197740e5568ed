package dev.netwright.model.diagram.route;

/** A connection to draw between two obstacles' boxes, with a label ("" for none). */
public record ConnectorRequest(String id, String fromId, String toId, String label) {
}
