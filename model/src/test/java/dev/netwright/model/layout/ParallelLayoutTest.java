package dev.netwright.model.layout;

import static dev.netwright.model.layout.LayoutFixtures.id;
import static dev.netwright.model.layout.LayoutFixtures.subnet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many VPCs' blocks are laid out on all cores: each VPC's contents stand where one after the other puts them. */
class ParallelLayoutTest {
  @Test
  void vpcsLaidOutOnAllCores_placeTheirContentsAsOneAfterTheOther() {
    int many = AutoLayout.PARALLEL_VPCS + 6;
    int few = AutoLayout.PARALLEL_VPCS - 1;
    Topology big = vpcs(many);
    Layout parallel = AutoLayout.layout(big);
    Layout sequential = AutoLayout.layout(vpcs(few));
    for (int v = 0; v < few; v++) {
      Bounds vpcInBig = parallel.find(id("Vpc" + v)).orElseThrow();
      Bounds vpcInSmall = sequential.find(id("Vpc" + v)).orElseThrow();
      assertEquals(vpcInSmall.width(), vpcInBig.width(), "Vpc" + v);
      assertEquals(vpcInSmall.height(), vpcInBig.height(), "Vpc" + v);
      for (Element element : big.elements()) {
        if (!(element instanceof Vpc) && big.vpcOf(element.id()).orElseThrow().equals(id("Vpc" + v))) {
          Bounds inBig = parallel.find(element.id()).orElseThrow();
          Bounds inSmall = sequential.find(element.id()).orElseThrow();
          assertEquals(inSmall.x() - vpcInSmall.x(), inBig.x() - vpcInBig.x(), element.id().value());
          assertEquals(inSmall.y() - vpcInSmall.y(), inBig.y() - vpcInBig.y(), element.id().value());
          assertEquals(inSmall.width(), inBig.width(), element.id().value());
          assertEquals(inSmall.height(), inBig.height(), element.id().value());
        }
      }
    }
    assertEquals(parallel, AutoLayout.layout(big), "the same layout every time");
    for (Element element : big.elements()) {
      assertTrue(parallel.find(element.id()).isPresent(), element.id() + " has no place");
    }
  }

  /** VPCs of different sizes (1 to 3 zones, with or without a NAT gateway), none peered. */
  private static Topology vpcs(int count) {
    Region region = Region.US_EAST_1;
    List<Element> elements = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      String vpc = "Vpc" + v;
      elements.add(new Vpc(id(vpc), "vpc " + v, List.of(Cidr.parse("10." + v + ".0.0/16")), true, true, region));
      String zones = "abc".substring(0, 1 + v % 3);
      List<dev.netwright.model.ElementId> publicSubnets = new ArrayList<>();
      for (int z = 0; z < zones.length(); z++) {
        String zone = "us-east-1" + zones.charAt(z);
        elements.add(subnet("Public" + v + "x" + z, vpc, "10." + v + "." + z + ".0/24", zone));
        elements.add(subnet("Private" + v + "x" + z, vpc, "10." + v + "." + (10 + z) + ".0/24", zone));
        publicSubnets.add(id("Public" + v + "x" + z));
      }
      elements.add(new InternetGateway(id("Igw" + v), "", id(vpc)));
      if (v % 2 == 0) {
        elements.add(new NatGateway(id("Nat" + v), "", id("Public" + v + "x0"), true, "eipalloc-" + v));
      }
      elements.add(new RouteTable(id("Public" + v + "Table"), "", id(vpc), true, List.of(Route.of("0.0.0.0/0", "Igw" + v)), publicSubnets));
    }
    return Topology.of(elements);
  }
}
