package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;

/** The size the box of an element of its own (not a VPC or subnet) needs for its text. */
public final class NodeSize {
  private NodeSize() {
  }

  /** A box at (0, 0) just big enough for the element's name, details and chips. */
  public static Box of(Element element, Topology topology, TextMetrics metrics) {
    Face face = Captions.of(element, topology);
    double width = face.width(metrics);
    return new Box(0, 0, width, face.height(width, metrics));
  }

  /** The height of a VPC's header at a width, and the width its text needs. */
  public static Box header(Element vpc, Topology topology, TextMetrics metrics) {
    Face face = Captions.of(vpc, topology);
    double width = face.width(metrics);
    return new Box(0, 0, width, face.height(width, metrics));
  }
}
