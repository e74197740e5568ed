package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.IconPlace;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seen at Fit, the summary names what it can read and sets each VPC's card where it hides nothing. */
class SummaryPainterTest {
  private static final Box EVERYWHERE = new Box(-10_000, -10_000, 100_000, 100_000);

  /** What the summary painted: the cards' rectangles and the texts. */
  private static final class Painted implements Pen {
    final List<Box> rects = new ArrayList<>();
    final List<TextRun> texts = new ArrayList<>();

    @Override
    public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
      rects.add(box);
    }

    @Override
    public void text(List<TextRun> lines) {
      texts.addAll(lines);
    }

    @Override
    public void icon(IconPlace icon) {
    }

    @Override
    public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
    }

    @Override
    public void polygon(List<Point> corners, Tint fill) {
    }

    List<String> words() {
      return texts.stream().map(TextRun::text).toList();
    }
  }

  private static Diagram diagram(String sample) {
    return Diagram.of(new DesignFile().read(Path.of(System.getProperty("netwright.samples", "samples"), sample)));
  }

  private static Painted summary(Diagram diagram, double scale) {
    Painted painted = new Painted();
    SummaryPainter.paint(painted, diagram.drawing(), diagram.document().topology(), Map.of(), EVERYWHERE, scale);
    return painted;
  }

  private static Box extent(TextRun run) {
    double width = DejaVuMetrics.get().width(run.text(), run.size(), run.bold());
    return new Box(run.x(), run.y() - run.size() * DejaVuMetrics.ASCENT, width, run.size());
  }

  private static void assertTheCardsHideNothing(Diagram diagram, double scale) {
    Painted painted = summary(diagram, scale);
    List<DrawnBox> vpcs = diagram.drawing().boxes().stream().filter(box -> box.kind().equals("vpc")).toList();
    assertFalse(vpcs.isEmpty());
    assertEquals(vpcs.size(), painted.rects.size(), "one card a VPC");
    for (DrawnBox vpc : vpcs) {
      assertTrue(painted.words().contains(vpc.nameLines().get(0).text()), "the card names " + vpc.id() + ": " + painted.words());
      for (DrawnBox inside : diagram.drawing().boxes()) {
        if (vpc.key().equals(inside.parentKey())) {
          for (Box card : painted.rects) {
            assertFalse(card.overlaps(inside.box()), "the card " + card + " covers " + inside.key());
          }
        }
      }
    }
  }

  @Test
  void atFit_threeTiersCard_sitsInTheVpcsTitleBand_clearOfItsZoneColumns_andSaysItsCidrAndSubnets() {
    Diagram diagram = diagram("three-tier.json");

    assertTheCardsHideNothing(diagram, 0.65);

    String said = String.join(" ", summary(diagram, 0.65).words());
    assertTrue(said.contains("10.0.0.0/16"), said);
    assertTrue(said.contains("3 public · 3 private · 3 isolated subnets"), said);
  }

  @Test
  void atFit_peeredVpcsCards_hideNeitherVpcsZoneColumns() {
    assertTheCardsHideNothing(diagram("peered-vpcs.json"), 0.52);
  }

  @Test
  void anInternetGatewaysName_tooLongBesideItsIcon_isStillShown_atAReadableSize() {
    Diagram diagram = diagram("three-tier.json");
    DrawnBox gateway = diagram.drawing().boxes().stream().filter(box -> box.kind().equals("internet-gateway")).findFirst()
        .orElseThrow();

    List<TextRun> name = SummaryPainter.name(gateway, CanvasPen.MIN_TEXT_PIXELS / 0.65);

    assertFalse(name.isEmpty(), "the gateway's name is shown");
    assertTrue(String.join("", name.stream().map(TextRun::text).toList()).startsWith("three-tier-"), name.toString());
    for (TextRun line : name) {
      assertTrue(line.size() * 0.65 >= CanvasPen.MIN_TEXT_PIXELS, "readable: " + line);
      assertTrue(gateway.box().encloses(extent(line)), "inside its box: " + line);
    }
  }

  @Test
  void inTheOverview_eachImportedVpcsCard_saysItsCidrSubnetsAndFindings_inRowsAsWideAsTheVpc() {
    // as imported from an organisation: each VPC says its account, which makes the facts too long for one row
    dev.netwright.model.document.Document document = new DesignFile().read(Path.of(System.getProperty("netwright.samples",
        "samples"), "hub-and-spoke.json"));
    dev.netwright.model.topology.Topology topology = document.topology();
    for (dev.netwright.model.topology.Vpc vpc : document.topology().vpcs()) {
      topology = topology.with(vpc.withAccount("111100000006"));
    }
    Diagram diagram = Diagram.of(document.withTopology(topology));
    List<DrawnBox> vpcs = diagram.drawing().boxes().stream().filter(box -> box.kind().equals("vpc")).toList();
    StringBuilder cards = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int percent = 23; percent < 30; percent++) {
      cards.append(percent).append(" %: ").append(summary(diagram, percent / 100.0).rects.size()).append("; ");
      expected.append(percent).append(" %: ").append(vpcs.size()).append("; ");
    }
    assertEquals(expected.toString(), cards.toString(), "one card a VPC at every zoom of the overview");
    double scale = 0.25;

    Painted painted = summary(diagram, scale);

    String said = String.join(" | ", painted.words());
    for (DrawnBox vpc : vpcs) {
      String cidr = diagram.document().topology().find(dev.netwright.model.ElementId.of(vpc.id()),
          dev.netwright.model.topology.Vpc.class).orElseThrow().cidrBlocks().get(0).toString();
      assertTrue(said.contains(cidr), "the card of " + vpc.id() + " says " + cidr + ": " + said);
      Box card = painted.rects.stream().filter(rect -> vpc.box().encloses(rect)).findFirst().orElseThrow();
      assertTrue(card.maxX() <= vpc.box().maxX(), "the card stays in its VPC: " + card);
    }
    assertTrue(said.contains("subnets") && said.contains("finding"), said);
    for (TextRun run : painted.texts) {
      assertTrue(run.size() * scale >= CanvasPen.MIN_TEXT_PIXELS, "readable: " + run);
    }
  }

  @Test
  void aVpcWhoseTitleBandHoldsNoCard_getsNoCard() {
    Diagram diagram = diagram("three-tier.json");

    Painted painted = summary(diagram, 0.05);

    assertTrue(painted.rects.isEmpty(), "at 5% not even the name fits the band: " + painted.rects);
  }
}
