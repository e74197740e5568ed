package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import javafx.scene.paint.Color;

/**
 * How one element is drawn: its box in design coordinates and its drawing. One subclass per kind
 * of element; views are rebuilt from the document after every edit and never change the model.
 */
public abstract class ElementView {
  /** Drawing layers, back to front: VPCs hold subnets, subnets hold NAT gateways. */
  public static final int LAYER_VPC = 0;
  public static final int LAYER_SUBNET = 1;
  public static final int LAYER_NODE = 2;
  public static final int LAYER_INNER = 3;

  private final Element element;
  private final Bounds bounds;

  protected ElementView(Element element, Bounds bounds) {
    this.element = element;
    this.bounds = bounds;
  }

  public ElementId id() {
    return element.id();
  }

  public Element element() {
    return element;
  }

  public Bounds bounds() {
    return bounds;
  }

  /** Which layer it is drawn in; higher layers are drawn later and hit first. */
  public abstract int layer();

  /** Draws the element in design coordinates. */
  public abstract void draw(Sketch sketch);

  /** Draws the element as one plain box, for the overview at low zoom; {@code pixel} is one screen pixel. */
  public void drawOverview(Sketch sketch, double pixel) {
    // a border on a box a few pixels wide is invisible but costs a second shape to rasterize
    boolean tiny = Math.min(bounds.width(), bounds.height()) < 6 * pixel;
    sketch.rect(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 0, tiny ? accent() : overviewFill(),
        tiny ? null : accent(), pixel, false);
  }

  /** The fill of the overview's box. */
  protected Color overviewFill() {
    return KindStyle.fill(element.kind());
  }

  /** True when a click at (x, y) is on this element. */
  public boolean hit(double x, double y) {
    return bounds.contains(x, y);
  }

  /** True for views that hold others (VPCs, subnets) and may be resized. */
  public boolean isContainer() {
    return false;
  }

  protected Color accent() {
    return KindStyle.accent(element.kind());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + element.id() + " " + bounds + "]";
  }
}
