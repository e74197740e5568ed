package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cost panel's marks are drawn over the diagram when asked for, and not otherwise (one drawing: the SVG is the canvas). */
class CostMarksPainterTest {
  private final Diagram diagram = Diagram.of(new DesignFile().read(Path.of(System.getProperty("netwright.samples", "samples"),
      "s3-cost-leak.json")));

  private String drawn(CostMarks marks) {
    return DiagramImage.svg(diagram, new Decorations(Set.of(), Set.of(), HighlightedPath.NONE, marks));
  }

  @Test
  void aFlowLabel_isDrawnAlongItsPath_andTheCostliestElement_withItsFigure() {
    CostMarks marks = new CostMarks(List.of(new CostMarks.FlowLabel(List.of(ElementId.of("AppSubnetA"), ElementId.of("AppRouteTable"),
        ElementId.of("NatGateway")), "AppSubnetA-s3 · 20000 GB · $900.00")), Map.of(ElementId.of("NatGateway"), "$32.85/mo"));

    String svg = drawn(marks);

    assertTrue(svg.contains("AppSubnetA-s3 · 20000 GB · $900.00"), "the flow's label");
    assertTrue(svg.contains("$32.85/mo"), "the costliest element's figure");
  }

  @Test
  void withoutMarks_nothingOfTheCostIsDrawn() {
    String svg = drawn(CostMarks.NONE);

    assertFalse(svg.contains("/mo"));
    assertFalse(svg.contains("20000 GB"));
  }
}
