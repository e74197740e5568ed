package dev.netwright.model.check;

import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;

/**
 * Tells whether an edit of one element changed what a {@link ReferenceRule} reads: its kind, id,
 * and references in order, except a route table's route targets (whether those exist is
 * ROUTE-TARGET-MISSING's question, not the structure rule's), plus a route table's main flag, a
 * network ACL's default flag, a workload's private address and a subnet's block (the structure
 * rule tells a workload whose address is outside its subnet).
 */
final class ReferenceShape {
  private ReferenceShape() {
  }

  static boolean same(Element a, Element b) {
    if (a == b) {
      return true;
    }
    if (a.getClass() != b.getClass() || !a.id().equals(b.id())) {
      return false;
    }
    if (a instanceof RouteTable table) {
      RouteTable other = (RouteTable) b;
      return table.main() == other.main() && table.vpcId().equals(other.vpcId()) && table.subnetIds().equals(other.subnetIds());
    }
    if (a instanceof Subnet subnet) {
      return subnet.cidr().equals(((Subnet) b).cidr()) && a.references().equals(b.references());
    }
    if (a instanceof Vpc) {
      return a.references().equals(b.references());
    }
    if (a instanceof NetworkAcl acl && acl.isDefault() != ((NetworkAcl) b).isDefault()) {
      return false;
    }
    if (a instanceof Workload workload && !java.util.Objects.equals(workload.privateIp(), ((Workload) b).privateIp())) {
      return false;
    }
    return new ArrayList<>(a.references()).equals(new ArrayList<>(b.references()));
  }
}
