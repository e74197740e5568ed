package dev.netwright.model.diagram.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.diagram.ConnectorKind;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawingPainter;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.IconPlace;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zoomed out to the summary (what Fit shows of a hub and its spokes), the lines that join VPCs
 * stay: each attachment's line to the transit gateway, drawn wider so that it is a line on screen;
 * the lines inside VPCs (associations, routes) are left to the full drawing.
 */
class OverviewLinesTest {
  private final Drawing drawing = DrawingBuilder.draw(HubAndSpokeDesign.of(4));

  /** The connections a painter draws, with the widths it draws them at. */
  private static final class Lines implements Pen {
    final List<ConnectorKind> kinds = new ArrayList<>();
    final List<Double> widths = new ArrayList<>();

    @Override
    public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
    }

    @Override
    public void text(List<TextRun> lines) {
    }

    @Override
    public void icon(IconPlace icon) {
    }

    @Override
    public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
      kinds.add(connector.kind());
      widths.add(width);
    }

    @Override
    public void polygon(List<Point> corners, Tint fill) {
    }
  }

  private Lines paint(DrawingPainter.Detail detail) {
    Lines lines = new Lines();
    DrawingPainter.paint(drawing, lines, null, detail);
    return lines;
  }

  @Test
  void atTheSummary_everyLineIsDrawn_theAttachmentsWider_andFartherOut_theAttachmentLinesAlone() {
    long attachments = drawing.connectors().stream().filter(line -> line.kind() == ConnectorKind.TRANSIT).count();
    assertTrue(attachments >= 5, "4 spokes and the shared VPC are attached: " + attachments);
    assertTrue(drawing.connectors().stream().anyMatch(line -> line.kind() == ConnectorKind.ROUTE));

    Lines outline = paint(DrawingPainter.Detail.OUTLINE);
    assertEquals(drawing.connectors().size(), outline.kinds.size());
    assertEquals(ConnectorKind.TRANSIT.width() * 2, outline.widths.get(outline.kinds.indexOf(ConnectorKind.TRANSIT)));
    assertEquals(ConnectorKind.ROUTE.width(), outline.widths.get(outline.kinds.indexOf(ConnectorKind.ROUTE)));

    Lines boxes = paint(DrawingPainter.Detail.BOXES);
    assertEquals(List.of(ConnectorKind.TRANSIT), boxes.kinds.stream().distinct().toList());
    assertEquals(attachments, boxes.kinds.size());
    assertEquals(ConnectorKind.TRANSIT.width() * 4, boxes.widths.get(0));

    Lines full = paint(DrawingPainter.Detail.FULL);
    assertEquals(drawing.connectors().size(), full.kinds.size());
    assertEquals(ConnectorKind.TRANSIT.width(), full.widths.get(full.kinds.indexOf(ConnectorKind.TRANSIT)));
  }
}
