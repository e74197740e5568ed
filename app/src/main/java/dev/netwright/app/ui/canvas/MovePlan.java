package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.Lanes;
import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a drag's new bounds before they become a command: a subnet stays in a lane of its VPC
 * (and takes the zone of the lane it lands in), a NAT gateway stays in its subnet, what belongs to
 * a VPC stays on it, and a container is not made smaller than what it holds.
 */
final class MovePlan {
  private static final double EDGE_SLACK = Geometry.NODE_HEIGHT;

  private final DesignSession session;
  private final Diagram diagram;
  private final Map<ElementId, Bounds> moved;
  private final Topology topology;

  MovePlan(DesignSession session, Diagram diagram, Map<ElementId, Bounds> moved) {
    this.session = session;
    this.diagram = diagram;
    this.moved = moved;
    this.topology = diagram.document().topology();
  }

  /** Records the move as one command (a subnet that changes lane also changes zone, in the same step). */
  void commit() {
    Subnet rezoned = null;
    for (Map.Entry<ElementId, Bounds> entry : moved.entrySet()) {
      Element element = topology.find(entry.getKey()).orElseThrow();
      Bounds to = entry.getValue();
      if (element instanceof Subnet subnet && !moved.containsKey(subnet.vpcId())) {
        Subnet inLane = subnetLandingAt(subnet, to);
        if (!inLane.equals(subnet)) {
          rezoned = inLane;
        }
      } else if (element instanceof NatGateway nat && !moved.containsKey(nat.subnetId())) {
        Bounds subnet = boundsOf(nat.subnetId());
        if (!subnet.contains(to.centerX(), to.centerY())) {
          throw new NetwrightException(nat.label() + " lives in its subnet; to put a NAT gateway elsewhere, add a new one there");
        }
      } else if (!(element instanceof Vpc) && !(element instanceof PeeringConnection)
          && !(element instanceof OpaqueResource) && !(element instanceof NatGateway)) {
        Optional<ElementId> vpcId = topology.vpcOf(element.id());
        if (vpcId.isPresent() && !moved.containsKey(vpcId.get())) {
          Bounds vpc = boundsOf(vpcId.get());
          Bounds reach = new Bounds(vpc.x() - EDGE_SLACK, vpc.y() - EDGE_SLACK, vpc.width() + 2 * EDGE_SLACK,
              vpc.height() + 2 * EDGE_SLACK);
          if (!reach.contains(to.centerX(), to.centerY())) {
            throw new NetwrightException(element.label() + " belongs to " + label(vpcId.get()) + " and stays inside it");
          }
        }
      }
    }
    if (rezoned != null && moved.size() == Contents.withContents(topology, List.of(rezoned.id())).size()) {
      // one drag, one undo: the new zone and the new place together
      session.editor().moveToZone(rezoned.id(), rezoned.zone(), moved);
      return;
    } else if (rezoned != null) {
      throw new NetwrightException("Move one subnet at a time into another zone's lane");
    }
    session.editor().move(moved);
  }

  /** Records a resize as one command, refusing a VPC or subnet smaller than its contents. */
  void commitResize(ElementId id) {
    Bounds to = moved.get(id);
    for (ElementId inner : Contents.withContents(topology, List.of(id))) {
      Element element = topology.find(inner).orElseThrow();
      if (inner.equals(id) || element instanceof InternetGateway) {
        continue;
      }
      Optional<Bounds> box = diagram.view(inner).map(ElementView::bounds);
      if (box.isPresent() && !to.contains(box.get())) {
        throw new NetwrightException(label(id) + " cannot be smaller than what it holds (" + element.label() + ")");
      }
    }
    session.editor().move(moved);
  }

  private Subnet subnetLandingAt(Subnet subnet, Bounds to) {
    Document document = diagram.document();
    Optional<AvailabilityZone> zone = Lanes.zoneAt(topology, document.layout(), subnet.vpcId(), to.centerX(), to.centerY());
    if (zone.isEmpty()) {
      throw new NetwrightException(subnet.label() + " stays in " + label(subnet.vpcId())
          + ": drop it into one of its zone columns");
    }
    return zone.get().equals(subnet.zone()) ? subnet : subnet.withZone(zone.get());
  }

  private Bounds boundsOf(ElementId id) {
    return diagram.view(id).map(ElementView::bounds).orElseThrow();
  }

  private String label(ElementId id) {
    return topology.find(id).map(Element::label).orElse(id.value());
  }
}
