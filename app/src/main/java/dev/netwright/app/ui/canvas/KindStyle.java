package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.DiagramColors;
import dev.netwright.model.topology.ElementKind;
import javafx.scene.paint.Color;

/** The drawing's colours ({@link DiagramColors}) as JavaFX colours, for the canvas's overlays and the palette. */
public final class KindStyle {
  public static final Color TEXT = CanvasPen.color(DiagramColors.TEXT);
  public static final Color MUTED_TEXT = CanvasPen.color(DiagramColors.MUTED_TEXT);
  public static final Color SELECTION = CanvasPen.color(DiagramColors.SELECTION);
  public static final Color ERROR = CanvasPen.color(DiagramColors.ERROR);
  public static final Color PATH = CanvasPen.color(DiagramColors.PATH);
  public static final Color BACKGROUND = CanvasPen.color(DiagramColors.BACKGROUND);
  public static final Color GRID = Color.web("#e4e7eb");
  public static final Color PUBLIC = CanvasPen.color(DiagramColors.PUBLIC);
  public static final Color PRIVATE = CanvasPen.color(DiagramColors.PRIVATE);
  public static final Color ISOLATED = CanvasPen.color(DiagramColors.ISOLATED);

  private KindStyle() {
  }

  /** The colour that marks a kind: borders, icons, the palette. */
  public static Color accent(ElementKind kind) {
    return CanvasPen.color(DiagramColors.accent(kind));
  }

  /** A pale fill of the kind's colour for its box. */
  public static Color fill(ElementKind kind) {
    return CanvasPen.color(DiagramColors.fill(kind));
  }
}
