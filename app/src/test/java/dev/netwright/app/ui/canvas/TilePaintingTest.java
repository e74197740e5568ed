package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DrawingPainter;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.IconPlace;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tile of the canvas (or the view) paints exactly what painting the whole drawing, culled to
 * the tile, paints: the same shapes and texts in the same order, at every level of detail, though
 * it looks only at the boxes and lines its index finds there and reuses the summary worked out
 * for the zoom.
 */
class TilePaintingTest {
  /** Every call a painter made, as text. */
  private static final class Recorded implements Pen {
    final List<String> calls = new ArrayList<>();

    @Override
    public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
      calls.add("rect " + box + " " + arc + " " + fill + " " + stroke + " " + strokeWidth + " " + dashed);
    }

    @Override
    public void text(List<TextRun> lines) {
      calls.add("text " + lines);
    }

    @Override
    public void icon(IconPlace icon) {
      calls.add("icon " + icon);
    }

    @Override
    public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
      calls.add("line " + points + " " + stroke + " " + width + " " + dashed);
    }

    @Override
    public void polygon(List<Point> corners, Tint fill) {
      calls.add("polygon " + corners + " " + fill);
    }
  }

  /** The whole drawing painted, culled to the area, as the canvas did before it had tiles. */
  private static List<String> whole(Diagram diagram, Map<ElementId, Integer> findings, Box area, double scale) {
    Recorded pen = new Recorded();
    DrawingPainter.Detail detail = scale < DiagramPainter.OVERVIEW_SCALE ? DrawingPainter.Detail.BOXES
        : scale < DiagramPainter.SUMMARY_SCALE ? DrawingPainter.Detail.OUTLINE : DrawingPainter.Detail.FULL;
    DrawingPainter.paint(diagram.drawing(), pen, area, detail);
    if (scale < DiagramPainter.SUMMARY_SCALE) {
      SummaryPainter.paint(pen, diagram.drawing(), diagram.document().topology(), findings, area, scale);
    }
    return pen.calls;
  }

  private static List<String> tile(Diagram diagram, Map<ElementId, Integer> findings, Box area, double scale) {
    Recorded pen = new Recorded();
    DiagramPainter.paintDrawing(pen, diagram, findings, new Bounds(area.x(), area.y(), area.width(), area.height()), scale);
    return pen.calls;
  }

  private static void assertEveryTilePaintsAsTheWhole(Diagram diagram, Map<ElementId, Integer> findings) {
    Box extent = diagram.drawing().extent().orElseThrow();
    int compared = 0;
    for (double scale : new double[] {1, 0.5, 0.35, 0.1}) {
      double side = TileLayer.SIZE / scale;
      for (double y = extent.y() - side / 3; y < extent.maxY(); y += side) {
        for (double x = extent.x() - side / 3; x < extent.maxX(); x += side) {
          Box area = new Box(x, y, side, side);
          List<String> expected = whole(diagram, findings, area, scale);
          assertEquals(expected, tile(diagram, findings, area, scale), "the tile at " + area + " at " + scale);
          // twice: the second time from what the summary kept
          assertEquals(expected, tile(diagram, findings, area, scale), "again, the tile at " + area + " at " + scale);
          compared += expected.isEmpty() ? 0 : 1;
        }
      }
    }
    assertFalse(compared == 0, "some tiles paint something");
  }

  @Test
  void theTilesOfTheBenchmarksDesign_paintWhatTheWholeDrawingPaintsThere() {
    Diagram diagram = Diagram.of(LargeDesign.of(400));

    assertEveryTilePaintsAsTheWhole(diagram, Map.of(ElementId.of("V0"), 3));
  }

  @Test
  void theTilesOfEverySample_paintWhatTheWholeDrawingPaintsThere() {
    for (String sample : List.of("three-tier.json", "peered-vpcs.json", "onprem-vpn-s3-interface.json",
        "s3-gateway-endpoints.json")) {
      Diagram diagram = Diagram.of(new DesignFile().read(Path.of(System.getProperty("netwright.samples", "samples"), sample)));

      assertEveryTilePaintsAsTheWhole(diagram, Map.of());
    }
  }
}
