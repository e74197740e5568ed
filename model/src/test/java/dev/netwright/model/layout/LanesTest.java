package dev.netwright.model.layout;

import static dev.netwright.model.layout.LayoutFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanesTest {
  private static final Bounds VPC_BOX = new Bounds(100, 50, 900, 500);
  private final Topology empty = Topology.of(List.of(
      new Vpc(id("Vpc"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.of("eu-west-1"))));
  private final Layout layout = Layout.of(Map.of(id("Vpc"), VPC_BOX));

  @Test
  void aVpcWithoutSubnets_hasNoColumns_andADropAnywhereInItStartsZoneA() {
    assertEquals(List.of(), Lanes.of(empty, layout, id("Vpc")));
    assertEquals(Optional.of(AvailabilityZone.of("eu-west-1a")), Lanes.zoneAt(empty, layout, id("Vpc"), 300, 300));
  }

  @Test
  void columns_areTheZonesInUse_aroundTheirSubnets_leftToRight_withoutOverlap() {
    Layout drawn = layout.with(Map.of(id("SubnetD"), new Bounds(150, 150, 220, 100), id("SubnetB"), new Bounds(450, 150, 220, 100),
        id("SubnetB2"), new Bounds(450, 280, 220, 100)));

    List<Lane> lanes = Lanes.of(withSubnets(), drawn, id("Vpc"));

    assertEquals(List.of("eu-west-1d", "eu-west-1b"), lanes.stream().map(lane -> lane.zone().name()).toList());
    Lane b = lanes.get(1);
    assertTrue(b.body().contains(new Bounds(450, 150, 220, 100)) && b.body().contains(new Bounds(450, 280, 220, 100)), b.toString());
    assertTrue(lanes.get(0).bounds().maxX() < b.bounds().x());
    assertEquals(lanes.get(0).bounds().maxY(), b.bounds().maxY(), 1e-9);
  }

  @Test
  void zoneAt_namesTheColumnUnderAPoint_theNextUnusedZoneElsewhereInTheVpc_andNothingOutsideIt() {
    Layout drawn = layout.with(Map.of(id("SubnetD"), new Bounds(150, 150, 220, 100), id("SubnetB"), new Bounds(450, 150, 220, 100),
        id("SubnetB2"), new Bounds(450, 280, 220, 100)));
    Topology topology = withSubnets();

    assertEquals(Optional.of(AvailabilityZone.of("eu-west-1b")), Lanes.zoneAt(topology, drawn, id("Vpc"), 500, 400));
    assertEquals(Optional.of(AvailabilityZone.of("eu-west-1a")), Lanes.zoneAt(topology, drawn, id("Vpc"), 900, 300));
    assertEquals(Optional.empty(), Lanes.zoneAt(topology, drawn, id("Vpc"), 5000, 5000));
  }

  private Topology withSubnets() {
    return empty.with(LayoutFixtures.subnet("SubnetD", "Vpc", "10.0.0.0/24", "eu-west-1d"))
        .with(LayoutFixtures.subnet("SubnetB", "Vpc", "10.0.1.0/24", "eu-west-1b"))
        .with(LayoutFixtures.subnet("SubnetB2", "Vpc", "10.0.2.0/24", "eu-west-1b"));
  }

  @Test
  void aVpcThatIsNotDrawn_hasNoLanes() {
    assertEquals(List.of(), Lanes.of(empty, Layout.empty(), id("Vpc")));
  }
}
