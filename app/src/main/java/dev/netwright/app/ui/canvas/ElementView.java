package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import java.util.List;

/**
 * An element as the canvas sees it for clicks, drags and selection: its box in the drawing (the
 * first place it is drawn in) and every place it is drawn in (an interface endpoint in each of its
 * subnets). The drawing itself comes from the model's drawing; views never change the model.
 */
public class ElementView {
  /** Layers, back to front: VPCs hold subnets, subnets hold NAT gateways and endpoint interfaces. */
  public static final int LAYER_VPC = 0;
  public static final int LAYER_SUBNET = 1;
  public static final int LAYER_NODE = 2;
  public static final int LAYER_INNER = 3;

  private final Element element;
  private final List<Bounds> places;
  private final int layer;
  private final List<ElementId> members;

  ElementView(Element element, List<Bounds> places, int layer) {
    this(element, places, layer, List.of(element.id()));
  }

  /** A view that stands for several elements drawn as one ({@code 12 instances}); {@code element} is the first of them. */
  ElementView(Element element, List<Bounds> places, int layer, List<ElementId> members) {
    this.element = element;
    this.places = List.copyOf(places);
    this.layer = layer;
    this.members = List.copyOf(members);
  }

  public ElementId id() {
    return element.id();
  }

  public Element element() {
    return element;
  }

  /** The elements a click on it selects: itself, or every workload of a group drawn as one. */
  public List<ElementId> members() {
    return members;
  }

  /** Its box where it is first drawn. */
  public Bounds bounds() {
    return places.get(0);
  }

  /** Every box it is drawn in. */
  public List<Bounds> places() {
    return places;
  }

  /** Which layer it is in; higher layers are drawn later and hit first. */
  public int layer() {
    return layer;
  }

  /** True when a click at (x, y) is on this element, in any of its places. */
  public boolean hit(double x, double y) {
    return places.stream().anyMatch(place -> place.contains(x, y));
  }

  /** True for views that hold others (VPCs, subnets) and may be resized. */
  public boolean isContainer() {
    return element.kind() == ElementKind.VPC || element.kind() == ElementKind.SUBNET;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + element.id() + " " + bounds() + "]";
  }
}
