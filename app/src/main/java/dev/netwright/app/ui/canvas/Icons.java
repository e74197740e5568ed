package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.IconShapes;
import dev.netwright.model.topology.ElementKind;
import javafx.scene.Group;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** The project's icons ({@link IconShapes}) as JavaFX nodes, for the palette and menus. */
public final class Icons {
  private Icons() {
  }

  /** The icon as a node of {@code size} pixels. */
  public static Group node(ElementKind kind, double size) {
    Group group = new Group();
    for (IconShapes.IconPath path : IconShapes.of(kind)) {
      SVGPath shape = new SVGPath();
      shape.setContent(path.data());
      shape.setFill(CanvasPen.color(path.fill()));
      shape.setFillRule(path.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
      group.getChildren().add(shape);
    }
    group.setScaleX(size / IconShapes.GRID);
    group.setScaleY(size / IconShapes.GRID);
    return new Group(group);
  }
}
