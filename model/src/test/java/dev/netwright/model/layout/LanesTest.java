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
  void aVpcWithoutSubnets_showsItsRegionsZonesAtoC() {
    List<Lane> lanes = Lanes.of(empty, layout, id("Vpc"));

    assertEquals(List.of(AvailabilityZone.of("eu-west-1a"), AvailabilityZone.of("eu-west-1b"), AvailabilityZone.of("eu-west-1c")),
        lanes.stream().map(Lane::zone).toList());
  }

  @Test
  void aSubnetInAnotherZone_addsItsLane_inNameOrder() {
    Topology withD = empty.with(LayoutFixtures.subnet("SubnetD", "Vpc", "10.0.0.0/24", "eu-west-1d"));

    List<Lane> lanes = Lanes.of(withD, layout, id("Vpc"));

    assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c", "eu-west-1d"), lanes.stream().map(lane -> lane.zone().name()).toList());
  }

  @Test
  void lanes_haveEqualWidth_lieBetweenHeaderAndBand_andDoNotOverlap() {
    List<Lane> lanes = Lanes.of(empty, layout, id("Vpc"));

    for (int i = 0; i < lanes.size(); i++) {
      Bounds lane = lanes.get(i).bounds();
      assertEquals(lanes.get(0).bounds().width(), lane.width(), 1e-9);
      assertEquals(VPC_BOX.y() + DrawingSizes.VPC_HEADER, lane.y());
      assertEquals(VPC_BOX.maxY() - DrawingSizes.VPC_BAND, lane.maxY(), 1e-9);
      assertTrue(VPC_BOX.contains(lane));
      if (i > 0) {
        assertTrue(lanes.get(i - 1).bounds().maxX() < lane.x());
      }
    }
    assertEquals(DrawingSizes.LANE_HEADER, lanes.get(0).bounds().height() - lanes.get(0).body().height(), 1e-9);
  }

  @Test
  void zoneAt_namesTheLaneUnderAPoint_andNothingOutsideTheLanes() {
    Lane second = Lanes.of(empty, layout, id("Vpc")).get(1);

    assertEquals(Optional.of(AvailabilityZone.of("eu-west-1b")),
        Lanes.zoneAt(empty, layout, id("Vpc"), second.bounds().centerX(), second.bounds().centerY()));
    assertEquals(Optional.empty(), Lanes.zoneAt(empty, layout, id("Vpc"), VPC_BOX.x() + 1, VPC_BOX.y() + 1));
    assertEquals(Optional.empty(), Lanes.zoneAt(empty, layout, id("Vpc"), 5000, 5000));
  }

  @Test
  void aVpcThatIsNotDrawn_hasNoLanes() {
    assertEquals(List.of(), Lanes.of(empty, Layout.empty(), id("Vpc")));
  }
}
