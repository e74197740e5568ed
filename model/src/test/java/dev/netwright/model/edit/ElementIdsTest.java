package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static dev.netwright.model.edit.TestDesigns.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementIdsTest {
  private static Subnet subnet(String id) {
    return new Subnet(id(id), "", MAIN, cidr("10.0.0.0/24"), zone('a'));
  }

  @Test
  void next_inAnEmptyTopology_startsAtOne() {
    assertEquals(id("Subnet1"), ElementIds.next(Topology.empty(), "Subnet"));
  }

  @Test
  void next_followsTheHighestNumberInUse() {
    Topology topology = Topology.of(List.of(subnet("Subnet1"), subnet("Subnet7"), subnet("Subnet3")));

    assertEquals(id("Subnet8"), ElementIds.next(topology, "Subnet"));
  }

  @Test
  void next_ignoresIdsThatOnlyStartWithThePrefix() {
    Topology topology = Topology.of(List.of(subnet("SubnetA9"), subnet("Subnet2x"), subnet("Subnets")));

    assertEquals(id("Subnet1"), ElementIds.next(topology, "Subnet"));
  }

  @Test
  void allocator_handsOutDistinctIdsPerPrefix() {
    ElementIds ids = ElementIds.of(Topology.of(List.of(subnet("Subnet2"))));

    assertEquals(List.of(id("Subnet3"), id("Subnet4"), id("Vpc1"), id("RouteTable1")),
        List.of(ids.next("Subnet"), ids.next(ElementKind.SUBNET), ids.next(ElementKind.VPC), ids.next(ElementKind.ROUTE_TABLE)));
  }

  @Test
  void editorNextId_usesTheKindsPrefix() {
    DesignEditor editor = TestDesigns.editor();

    assertEquals(id("InterfaceEndpoint1"), editor.nextId(ElementKind.INTERFACE_ENDPOINT));
    assertEquals(id("Resource1"), editor.nextId(ElementKind.OPAQUE));
  }

  @Test
  void next_withAPrefixThatCannotStartAnId_isRefused() {
    assertThrows(InvalidValueException.class, () -> ElementIds.next(Topology.empty(), "-bad"));
  }
}
