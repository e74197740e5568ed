package dev.netwright.model.diagram.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawingOptions;
import dev.netwright.model.diagram.VpcBlocks;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.History;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A drawing that takes again the VPCs an edit did not touch ({@link VpcBlocks}) is the drawing made
 * from scratch, after every edit of a series (move, rename, a subnet added and removed, an
 * association changed, a VPC deleted, undo), on samples and on a generated design.
 */
class IncrementalDrawingTest {
  static Stream<Arguments> designs() {
    Path samples = Path.of("..", "samples");
    return Stream.of(
        Arguments.of("three-tier", new DesignFile().read(samples.resolve("three-tier.json"))),
        Arguments.of("peered-vpcs", new DesignFile().read(samples.resolve("peered-vpcs.json"))),
        Arguments.of("hub-and-spoke", new DesignFile().read(samples.resolve("hub-and-spoke.json"))),
        Arguments.of("onprem-vpn-s3-interface", new DesignFile().read(samples.resolve("onprem-vpn-s3-interface.json"))),
        Arguments.of("10 generated VPCs", GeneratedDesigns.ofVpcs(10)));
  }

  /** Draws each document with the kept VPCs and without them (each with a router of its own, fed the same documents). */
  private static final class Both {
    final VpcBlocks kept = new VpcBlocks();
    final ConnectorRouter keeping = new ConnectorRouter(DejaVuMetrics.get());
    final ConnectorRouter anew = new ConnectorRouter(DejaVuMetrics.get());
    int drawings;

    void check(String what, Document document) {
      Drawing incremental = DrawingBuilder.draw(document, DrawingOptions.ALL_LINES, DejaVuMetrics.get(), keeping, kept);
      Drawing whole = DrawingBuilder.draw(document, DrawingOptions.ALL_LINES, DejaVuMetrics.get(), anew);
      assertEquals(whole.boxes(), incremental.boxes(), what + ": the boxes");
      assertEquals(whole.connectors(), incremental.connectors(), what + ": the lines");
      assertEquals(DrawingBuilder.draw(document).boxes(), incremental.boxes(), what + ": the boxes of a drawing from scratch");
      drawings++;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void afterEveryEdit_theDrawingIsTheOneFromScratch(String name, Document design) {
    DesignEditor editor = new DesignEditor(new History(design));
    Both both = new Both();
    both.check("the design as read", editor.document());

    List<Vpc> vpcs = editor.document().topology().vpcs();
    Vpc first = vpcs.get(0);
    SecurityGroup group = editor.document().topology().securityGroups().stream().findFirst().orElse(null);
    ElementId moved = group != null ? group.id() : editor.document().topology().routeTables().get(0).id();
    Bounds at = editor.document().layout().find(moved).orElseThrow();
    editor.move(Map.of(moved, at.movedBy(40, 20)));
    both.check("moved " + moved, editor.document());
    if (vpcs.size() > 1) {
      assertEquals(vpcs.size() - 1, both.kept.reusedLastTime(), "a move draws again only the VPC it is in");
    }

    Subnet subnet = editor.document().topology().subnets().get(0);
    editor.update(subnet.withName("renamed " + subnet.label()));
    both.check("renamed " + subnet.id(), editor.document());

    Subnet added = new Subnet(editor.nextId(ElementKind.SUBNET), "added", first.id(), lastBlock(first), subnet.zone());
    Bounds beside = editor.document().layout().find(subnet.id()).orElseThrow();
    editor.add(added, beside.movedBy(0, beside.height() + 40));
    both.check("added a subnet", editor.document());

    List<RouteTable> tables = editor.document().topology().inVpc(first.id(), RouteTable.class);
    if (!tables.isEmpty()) {
      editor.associate(added.id(), tables.get(tables.size() - 1).id());
      both.check("associated the new subnet", editor.document());
      editor.disassociate(added.id());
      both.check("disassociated it", editor.document());
    }

    editor.delete(List.of(added.id()));
    both.check("removed the new subnet", editor.document());

    editor.delete(List.of(subnet.id()));
    both.check("deleted " + subnet.id(), editor.document());
    editor.history().undo();
    both.check("undid the delete", editor.document());

    Vpc last = vpcs.get(vpcs.size() - 1);
    editor.update(editor.document().topology().require(last.id(), Vpc.class).withName("renamed VPC"));
    both.check("renamed " + last.id(), editor.document());
    editor.delete(List.of(last.id()));
    both.check("deleted " + last.id(), editor.document());
    editor.history().undo();
    both.check("undid the VPC's delete", editor.document());
    editor.history().undo();
    editor.history().undo();
    both.check("undid two more", editor.document());

    assertTrue(both.drawings >= 12, name);
  }

  /** The last /28 of the VPC's first block, which the samples and generated designs leave free. */
  private static Cidr lastBlock(Vpc vpc) {
    Cidr block = vpc.cidrBlocks().get(0);
    return block.subnet(28, (int) ((1L << (28 - block.prefixLength())) - 1));
  }
}
