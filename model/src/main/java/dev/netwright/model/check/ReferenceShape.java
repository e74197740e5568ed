package dev.netwright.model.check;

import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether an edit of one element changed what a {@link ReferenceRule} reads: its kind, id,
 * references in order, and the few own fields the structure checks look at.
 */
final class ReferenceShape {
  private ReferenceShape() {
  }

  static boolean same(Element a, Element b) {
    if (a == b) {
      return true;
    }
    if (a.getClass() != b.getClass() || !a.id().equals(b.id())
        || !new ArrayList<>(a.references()).equals(new ArrayList<>(b.references()))) {
      return false;
    }
    if (a instanceof Subnet subnet) {
      return subnet.zone().equals(((Subnet) b).zone());
    }
    if (a instanceof Vpc vpc) {
      return vpc.region().equals(((Vpc) b).region());
    }
    if (a instanceof RouteTable table) {
      RouteTable other = (RouteTable) b;
      return table.main() == other.main() && table.subnetIds().equals(other.subnetIds()) && targets(table).equals(targets(other));
    }
    return true;
  }

  private static List<Object> targets(RouteTable table) {
    List<Object> targets = new ArrayList<>();
    for (Route route : table.routes()) {
      targets.add(route.target());
    }
    return targets;
  }
}
