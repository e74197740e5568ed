package dev.netwright.app.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The cost panel's marks are drawn over the diagram when asked for, and not otherwise. */
class CostMarksPainterTest {
  private static final Bounds EVERYWHERE = new Bounds(-10_000, -10_000, 100_000, 100_000);
  private final Diagram diagram = Diagram.of(new DesignFile().read(Path.of(System.getProperty("netwright.samples", "samples"),
      "s3-cost-leak.json")));

  /** The texts a painter wrote. */
  private static final class TextsWritten implements Sketch {
    final List<String> texts = new ArrayList<>();

    @Override
    public void rect(double x, double y, double width, double height, double arc, Color fill, Color stroke, double strokeWidth,
        boolean dashed) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
    }

    @Override
    public void circle(double centerX, double centerY, double radius, Color fill, Color stroke, double strokeWidth) {
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color color) {
      texts.add(text);
    }
  }

  private List<String> drawn(CostMarks marks) {
    TextsWritten sketch = new TextsWritten();
    CostMarksPainter.paint(sketch, diagram, marks, EVERYWHERE);
    return sketch.texts;
  }

  @Test
  void aFlowLabel_isDrawnWhereItsPathStarts_andTheCostliestElement_withItsFigure() {
    CostMarks marks = new CostMarks(List.of(new CostMarks.FlowLabel(List.of(ElementId.of("AppSubnetA"), ElementId.of("AppRouteTable"),
        ElementId.of("NatGateway")), "AppSubnetA-s3 · 20000 GB · $900.00")), Map.of(ElementId.of("NatGateway"), "$32.85/mo"));

    List<String> texts = drawn(marks);

    assertTrue(texts.contains("AppSubnetA-s3 · 20000 GB · $900.00"), "the flow's label: " + texts);
    assertTrue(texts.contains("$32.85/mo"), "the costliest element's figure: " + texts);
  }

  @Test
  void withoutMarks_nothingOfTheCostIsDrawn() {
    assertTrue(drawn(CostMarks.NONE).isEmpty());
    assertFalse(drawn(CostMarks.NONE).contains("$32.85/mo"));
  }
}
