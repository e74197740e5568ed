package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import javafx.scene.paint.Color;

/**
 * The 150 x 56 box of an element that holds nothing: its kind's icon, its name, and one line that
 * says what matters about it (the service of an endpoint, the routes of a table, ...).
 */
public abstract class NodeView extends ElementView {
  protected NodeView(Element element, Bounds bounds) {
    super(element, bounds);
  }

  /** The second line of the box. */
  protected abstract String detail();

  @Override
  public int layer() {
    return LAYER_NODE;
  }

  @Override
  public void draw(Sketch sketch) {
    Bounds b = bounds();
    sketch.rect(b.x(), b.y(), b.width(), b.height(), 10, Color.WHITE, accent(), 1.5, false);
    sketch.rect(b.x(), b.y(), 5, b.height(), 4, accent(), null, 0, false);
    double icon = Math.min(28, b.height() - 12);
    sketch.icon(element().kind(), b.x() + 12, b.y() + (b.height() - icon) / 2, icon);
    double textX = b.x() + 18 + icon;
    double textWidth = b.maxX() - textX - 6;
    sketch.text(element().label(), textX, b.y() + b.height() / 2 - 3, 12, true, KindStyle.TEXT, textWidth);
    sketch.text(detail(), textX, b.y() + b.height() / 2 + 13, 10.5, false, KindStyle.MUTED_TEXT, textWidth);
  }
}
