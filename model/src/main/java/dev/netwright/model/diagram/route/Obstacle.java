package dev.netwright.model.diagram.route;

/**
 * A drawn box connectors must go around, unless it is one end of the connector or contains one
 * (a connector leaves the VPC its subnet lies in). {@code parentId} is the box it is drawn in, or
 * null at the top.
 */
public record Obstacle(String id, String parentId, Box box) {
}
