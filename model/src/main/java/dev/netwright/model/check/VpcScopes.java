package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a topology into one element list per VPC, in two passes over the elements. An element whose
 * VPC does not exist belongs to no scope (the structure rule reports it); a peering connection
 * belongs to the scopes of both its VPCs; opaque resources belong to none.
 */
public final class VpcScopes {
  private VpcScopes() {
  }

  /**
   * A topology cut by VPC: each VPC's elements (the VPC first) keyed by VPC id in design order,
   * and the elements of no VPC (opaque resources, and elements whose VPC or subnet is missing).
   */
  public record Grouping(Map<ElementId, List<Element>> byVpc, List<Element> outside) {
  }

  /** The topology cut by VPC, in two passes over its elements. */
  public static Grouping group(Topology topology) {
    Map<ElementId, List<Element>> groups = new LinkedHashMap<>();
    List<Element> outside = new ArrayList<>();
    Map<ElementId, ElementId> vpcOfSubnet = new HashMap<>();
    for (Element element : topology.elements()) {
      if (element instanceof Vpc vpc) {
        List<Element> members = new ArrayList<>();
        members.add(vpc);
        groups.put(vpc.id(), members);
      } else if (element instanceof Subnet subnet) {
        vpcOfSubnet.put(subnet.id(), subnet.vpcId());
      }
    }
    for (Element element : topology.elements()) {
      if (element instanceof Vpc) {
        continue;
      }
      boolean placed;
      if (element instanceof PeeringConnection peering) {
        placed = add(groups, peering.requesterVpcId(), peering) | add(groups, peering.accepterVpcId(), peering);
      } else if (element instanceof NatGateway nat) {
        placed = add(groups, vpcOfSubnet.get(nat.subnetId()), nat);
      } else {
        placed = add(groups, vpcIdOf(element), element);
      }
      if (!placed) {
        outside.add(element);
      }
    }
    return new Grouping(groups, outside);
  }

  /** A scope for every VPC of the topology, in design order. */
  public static List<VpcScope> of(Topology topology) {
    List<VpcScope> scopes = new ArrayList<>();
    for (List<Element> members : group(topology).byVpc().values()) {
      scopes.add(new VpcScope((Vpc) members.get(0), members));
    }
    return scopes;
  }

  private static boolean add(Map<ElementId, List<Element>> groups, ElementId vpc, Element element) {
    List<Element> members = vpc == null ? null : groups.get(vpc);
    if (members == null) {
      return false;
    }
    members.add(element);
    return true;
  }

  private static ElementId vpcIdOf(Element element) {
    if (element instanceof Subnet subnet) {
      return subnet.vpcId();
    }
    if (element instanceof RouteTable table) {
      return table.vpcId();
    }
    if (element instanceof InternetGateway gateway) {
      return gateway.vpcId();
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof SecurityGroup group) {
      return group.vpcId();
    }
    if (element instanceof VpnGateway vpn) {
      return vpn.vpcId();
    }
    return null;
  }
}
