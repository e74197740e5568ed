package dev.netwright.model.check;

import static dev.netwright.model.check.Baseline.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcScopesTest {
  private final Vpc a = Baseline.vpc("A", "10.0.0.0/16");
  private final Vpc b = Baseline.vpc("B", "10.1.0.0/16");
  private final Subnet subnet = Baseline.subnet("S", "A", "10.0.1.0/24", "us-east-1a");
  private final NatGateway nat = new NatGateway(id("Nat"), "", subnet.id(), false, "");
  private final PeeringConnection peering = new PeeringConnection(id("Pcx"), "", a.id(), b.id());

  @Test
  void group_elementsListedBeforeTheirVpc_stillJoinIt() {
    VpcScopes.Grouping grouping = VpcScopes.group(Topology.of(List.of(nat, peering, subnet, b, a)));
    assertEquals(List.of("A", "Nat", "Pcx", "S"), ids(grouping.byVpc().get(a.id())), "the late ones after the VPC, in design order");
    assertEquals(List.of("B", "Pcx"), ids(grouping.byVpc().get(b.id())));
    assertEquals(List.of(), grouping.outside());
  }

  @Test
  void group_elementsOfAMissingVpcAndOpaqueResources_areOutside() {
    Subnet lost = Baseline.subnet("Lost", "Gone", "10.9.0.0/24", "us-east-1a");
    NatGateway lostNat = new NatGateway(id("LostNat"), "", lost.id(), false, "");
    OpaqueResource instance = new OpaqueResource(id("Instance"), "", "AWS::EC2::Instance", "{}");
    VpcScopes.Grouping grouping = VpcScopes.group(Topology.of(List.of(a, lost, lostNat, instance)));
    assertEquals(List.of("Lost", "LostNat", "Instance"), ids(grouping.outside()));
    assertEquals(List.of("A"), ids(grouping.byVpc().get(a.id())));
  }

  @Test
  void group_peeringWithOneSideMissing_joinsTheSideThatExists() {
    PeeringConnection half = new PeeringConnection(id("Half"), "", a.id(), id("Gone"));
    VpcScopes.Grouping grouping = VpcScopes.group(Topology.of(List.of(a, half)));
    assertEquals(List.of("A", "Half"), ids(grouping.byVpc().get(a.id())));
  }

  private static List<String> ids(List<Element> elements) {
    return elements.stream().map(Element::id).map(ElementId::value).toList();
  }
}
