package dev.netwright.app.ui.canvas;

import dev.netwright.app.image.PngImage;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawingOptions;
import dev.netwright.model.diagram.LineLayer;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Document;
import java.util.List;
import java.util.Set;

/**
 * The design as an image file, by the same code as {@code netwright diagram}: the model's drawing
 * with every line and the highlighted path, as semantic SVG or as PNG at 1, 2 or 3 pixels per unit.
 */
public final class DiagramImage {
  private DiagramImage() {
  }

  /** The drawing an exported image shows: all lines, the path, no selection (a document, not a screenshot). */
  public static Drawing drawing(Document document, List<ElementId> pathHops) {
    return DrawingBuilder.draw(document, new DrawingOptions(LineLayer.ALL, Set.of(), pathHops, null), DejaVuMetrics.get(),
        new ConnectorRouter(DejaVuMetrics.get()));
  }

  public static String svg(Drawing drawing) {
    return SvgWriter.write(drawing);
  }

  public static byte[] png(Drawing drawing, int scale) {
    return PngImage.of(drawing, scale);
  }
}
