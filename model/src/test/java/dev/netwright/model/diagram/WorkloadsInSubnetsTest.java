package dev.netwright.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Workloads are drawn as small items inside their subnets (counted when many); the ACL chip stands for the ACL. */
class WorkloadsInSubnetsTest {
  private final Document design = new DesignFile().read(Path.of("..", "samples", "locked-down-acl.json"));

  @Test
  void eachWorkloadOfASubnetWithFew_isABoxOfItsOwnInsideTheSubnet_withItsName() {
    Drawing drawing = DrawingBuilder.draw(design);

    DrawnBox web = drawing.placesOf("Web1").get(0);
    DrawnBox app = drawing.placesOf("AppSubnet").get(0);
    assertEquals("AppSubnet", web.parentKey());
    assertEquals("workload", web.kind());
    assertTrue(app.box().x() <= web.box().x() && web.box().maxX() <= app.box().maxX() && app.box().y() <= web.box().y()
        && web.box().maxY() <= app.box().maxY(), "drawn inside its subnet");
    assertEquals("web-1", web.nameLines().get(0).text());
    assertEquals("report-fn", drawing.placesOf("ReportFunction").get(0).nameLines().get(0).text());
  }

  @Test
  void theAclChipOfASubnet_namesTheAclItUses() {
    Drawing drawing = DrawingBuilder.draw(design);

    Optional<Chip> acl = drawing.placesOf("AppSubnet").get(0).chips().stream().filter(chip -> chip.id() != null).findFirst();
    assertEquals("LockedAcl", acl.orElseThrow().id());
    assertEquals("acl: locked-acl", acl.get().text().text());
    Chip data = drawing.placesOf("DataSubnet").get(0).chips().stream().filter(chip -> chip.id() != null).findFirst().orElseThrow();
    assertEquals("DefaultAcl", data.id(), "a subnet with no association uses the default ACL");
    assertEquals("acl: default-acl (default)", data.text().text());
  }

  @Test
  void manyWorkloads_areCountedByType_andTheGroupKnowsItsMembers() {
    Workload web = design.topology().require(ElementId.of("Web1"), Workload.class);
    List<Element> more = new ArrayList<>();
    for (int i = 2; i <= 12; i++) {
      more.add(new Workload(ElementId.of("Web" + i), "web-" + i, WorkloadType.EC2_INSTANCE, web.subnetId(), null, false,
          web.securityGroupIds()));
    }
    Document many = design.withTopology(design.topology().with(more, List.of()));

    Drawing drawing = DrawingBuilder.draw(many);

    DrawnBox group = drawing.boxes().stream().filter(box -> WorkloadGroup.KIND.equals(box.kind())).findFirst().orElseThrow();
    assertEquals("12 instances", group.nameLines().get(0).text());
    assertEquals("AppSubnet", group.parentKey());
    assertEquals(12, WorkloadGroup.members(group, many.topology()).size());
    assertTrue(drawing.placesOf("Web7").isEmpty(), "a counted workload has no box of its own");
    assertEquals("report-fn", drawing.placesOf("ReportFunction").get(0).nameLines().get(0).text(),
        "the only one of its type keeps its name");
  }
}
