package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What moves with a container: a VPC carries everything drawn in it, a subnet its NAT gateways. */
final class Contents {
  private Contents() {
  }

  /** The elements and everything they contain. */
  static Set<ElementId> withContents(Topology topology, Collection<ElementId> ids) {
    Set<ElementId> all = new LinkedHashSet<>(ids);
    for (ElementId id : ids) {
      Optional<Element> element = topology.find(id);
      if (element.isPresent() && element.get() instanceof Vpc) {
        for (Element inner : topology.elements()) {
          if (!(inner instanceof PeeringConnection) && topology.vpcOf(inner.id()).map(id::equals).orElse(false)) {
            all.add(inner.id());
          }
        }
      } else if (element.isPresent() && element.get() instanceof Subnet) {
        for (NatGateway nat : topology.natGateways()) {
          if (nat.subnetId().equals(id)) {
            all.add(nat.id());
          }
        }
      }
    }
    return all;
  }

  /**
   * The new bounds of the elements and their contents, all moved by (dx, dy). Workloads and network
   * ACLs are drawn where their subnets are, whatever bounds they have: dragging one moves nothing.
   */
  static Map<ElementId, Bounds> movedBy(Document document, Collection<ElementId> ids, double dx, double dy) {
    Map<ElementId, Bounds> moved = new LinkedHashMap<>();
    for (ElementId id : withContents(document.topology(), ids)) {
      if (document.topology().find(id).map(Contents::drawnInSubnet).orElse(false)) {
        continue;
      }
      document.layout().find(id).ifPresent(bounds -> moved.put(id, bounds.movedBy(dx, dy)));
    }
    return moved;
  }

  private static boolean drawnInSubnet(Element element) {
    return element instanceof dev.netwright.model.topology.Workload || element instanceof dev.netwright.model.topology.NetworkAcl;
  }
}
