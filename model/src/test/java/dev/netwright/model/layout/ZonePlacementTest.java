package dev.netwright.model.layout;

import static dev.netwright.model.layout.LayoutFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZonePlacementTest {
  private final Topology topology = LayoutFixtures.twoPeeredVpcs();
  private final Document document = Document.empty("test", Region.US_EAST_1).with(topology, AutoLayout.layout(topology));

  @Test
  void aSubnetGivenAZoneInUse_goesUnderThatColumnsLastSubnet_insideItsVpc() {
    ElementId moved = id("PrivateSubnetB");
    AvailabilityZone a = topology.require(id("PublicSubnetA"), Subnet.class).zone();

    Map<ElementId, Bounds> bounds = ZonePlacement.boundsFor(document, moved, a);

    Layout after = document.layout().with(bounds);
    Topology rezoned = topology.with(topology.require(moved, Subnet.class).withZone(a));
    Lane column = Lanes.laneOf(rezoned, after, id("AppVpc"), a).orElseThrow();
    Bounds box = after.find(moved).orElseThrow();
    assertTrue(column.body().contains(box), box + " " + column);
    for (Subnet other : rezoned.inVpc(id("AppVpc"), Subnet.class)) {
      if (!other.id().equals(moved)) {
        assertFalse(after.find(other.id()).orElseThrow().intersects(box), other.id() + " is under " + box);
      }
    }
    assertTrue(after.find(id("AppVpc")).orElseThrow().contains(box));
    for (Lane lane : Lanes.of(rezoned, after, id("AppVpc"))) {
      if (!lane.zone().equals(a)) {
        assertFalse(lane.bounds().intersects(box), "it straddles " + lane.zone());
      }
    }
  }

  @Test
  void aSubnetGivenANewZone_startsAColumnRightOfTheOthers_andTheVpcGrowsToHoldIt() {
    ElementId moved = id("PrivateSubnetB");
    AvailabilityZone f = Region.US_EAST_1.zone('f');
    double columnsRight = Lanes.of(topology, document.layout(), id("AppVpc")).stream().mapToDouble(l -> l.bounds().maxX()).max()
        .orElseThrow();

    Map<ElementId, Bounds> bounds = ZonePlacement.boundsFor(document, moved, f);

    Bounds box = bounds.get(moved);
    assertTrue(box.x() > columnsRight, box + " right of " + columnsRight);
    Bounds vpc = bounds.getOrDefault(id("AppVpc"), document.layout().find(id("AppVpc")).orElseThrow());
    assertTrue(vpc.contains(box));
    assertEquals(document.layout().find(moved).orElseThrow().width(), box.width());
  }
}
