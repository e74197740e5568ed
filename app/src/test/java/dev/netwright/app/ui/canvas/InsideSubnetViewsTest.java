package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.Chip;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the canvas can click inside a subnet: a workload's item selects it, a group of workloads
 * selects them all, the ACL chip selects the ACL; a path blocked by an ACL is marked on the chip
 * of the subnet where it blocks.
 */
class InsideSubnetViewsTest {
  private static final ElementId ACL = ElementId.of("LockedAcl");
  private final Document design = new DesignFile().read(Path.of("..", "samples", "locked-down-acl.json"));

  private static Bounds bounds(dev.netwright.model.diagram.route.Box box) {
    return new Bounds(box.x(), box.y(), box.width(), box.height());
  }

  private Chip aclChip(Diagram diagram, String subnet) {
    DrawnBox box = diagram.drawing().placesOf(subnet).get(0);
    return box.chips().stream().filter(chip -> chip.id() != null).findFirst().orElseThrow();
  }

  @Test
  void aClickOnAWorkloadsItem_findsTheWorkload_andOnTheAclChip_theAcl() {
    Diagram diagram = Diagram.of(design);
    Bounds web = bounds(diagram.drawing().placesOf("Web1").get(0).box());
    Bounds chip = bounds(aclChip(diagram, "AppSubnet").box());

    assertEquals(ElementId.of("Web1"), diagram.viewAt(web.centerX(), web.centerY()).orElseThrow().id());
    assertEquals(ACL, diagram.viewAt(chip.centerX(), chip.centerY()).orElseThrow().id());
    assertEquals(ElementId.of("AppSubnet"), diagram.viewAt(chip.maxX() + 40, chip.centerY()).orElseThrow().id(),
        "beside the chip is the subnet");
  }

  @Test
  void aGroupOfWorkloads_isOneViewThatSelectsEveryOneItCounts() {
    Workload web = design.topology().require(ElementId.of("Web1"), Workload.class);
    List<Element> more = new ArrayList<>();
    for (int i = 2; i <= 12; i++) {
      more.add(new Workload(ElementId.of("Web" + i), "web-" + i, WorkloadType.EC2_INSTANCE, web.subnetId(), null, false,
          web.securityGroupIds()));
    }
    Diagram diagram = Diagram.of(design.withTopology(design.topology().with(more, List.of())));

    ElementView group = diagram.view(ElementId.of("Web7")).orElseThrow();
    assertEquals(12, group.members().size());
    Bounds box = group.bounds();
    assertEquals(group, diagram.viewAt(box.centerX(), box.centerY()).orElseThrow());
    assertEquals(group, diagram.view(ElementId.of("Web1")).orElseThrow(), "every member shows its selection on the group");
  }

  @Test
  void aBlockedPath_isMarkedOnTheAclChipOfTheSubnetWhereItBlocks() {
    Diagram diagram = Diagram.of(design);
    ElementView acl = diagram.view(ACL).orElseThrow();
    Bounds appChip = bounds(aclChip(diagram, "AppSubnet").box());

    Bounds marked = BlockedPlace.of(diagram, acl, HighlightedPath.blocked(List.of(), ACL, ElementId.of("AppSubnet")));

    assertEquals(appChip, marked);
    assertTrue(diagram.view(ElementId.of("DefaultAcl")).orElseThrow().places().size() >= 2,
        "the default ACL's chip is on each subnet that uses it");
  }
}
