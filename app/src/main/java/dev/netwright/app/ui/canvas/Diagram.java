package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.Chip;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawingOptions;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.VpcBlocks;
import dev.netwright.model.diagram.WorkloadGroup;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.Lanes;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the canvas shows of a document: the model's {@link Drawing} (which it paints) and one view
 * per drawn element, back to front, for clicks, drags and selection. Immutable; it keeps, as
 * caches, an index of where its boxes are and the summary it last worked out (see {@link #summary}).
 */
public final class Diagram {
  private final Document document;
  private final Drawing drawing;
  private final List<ElementView> views;
  private final Map<ElementId, ElementView> byId;
  private Map<String, List<DrawnBox>> byParent;
  private SummaryLayout summary;
  private DrawingIndex index;

  private Diagram(Document document, Drawing drawing, List<ElementView> views) {
    this.document = document;
    this.drawing = drawing;
    this.views = List.copyOf(views);
    this.byId = new HashMap<>();
    for (ElementView view : views) {
      // a group of workloads is the view of every workload it counts
      view.members().forEach(member -> byId.put(member, view));
    }
  }

  /** The diagram with every line, routed by a router of its own. */
  public static Diagram of(Document document) {
    return of(document, DrawingOptions.ALL_LINES, new ConnectorRouter(DejaVuMetrics.get()));
  }

  public static Diagram of(Document document, DrawingOptions options, ConnectorRouter router) {
    return of(document, options, router, null);
  }

  /** The diagram, drawing again only the VPCs that changed since the last drawing made with {@code kept} (null: all). */
  public static Diagram of(Document document, DrawingOptions options, ConnectorRouter router, VpcBlocks kept) {
    Drawing drawing = DrawingBuilder.draw(document, options, DejaVuMetrics.get(), router, kept);
    Topology topology = document.topology();
    Map<String, Element> elements = new HashMap<>(topology.size() * 2);
    topology.elements().forEach(element -> elements.put(element.id().value(), element));
    // keyed by the element's id, whose hash is kept, not by the element (a record hashes all it holds)
    Map<String, Place> places = new LinkedHashMap<>(topology.size() * 2);
    List<ElementView> groups = new ArrayList<>();
    for (DrawnBox box : drawing.boxes()) {
      Element element = elements.get(box.id());
      if (element != null) {
        places.computeIfAbsent(box.id(), key -> new Place(element)).boxes.add(bounds(box.box()));
      } else if (WorkloadGroup.KIND.equals(box.kind())) {
        List<ElementId> members = WorkloadGroup.members(box, topology);
        if (!members.isEmpty()) {
          groups.add(new ElementView(topology.require(members.get(0), dev.netwright.model.topology.Workload.class), List.of(bounds(box.box())), ElementView.LAYER_INNER, members));
        }
      }
      for (Chip chip : box.chips()) {
        // a chip that stands for an element (the network ACL of a subnet) is one of its places
        Element chipped = chip.id() == null ? null : elements.get(chip.id());
        if (chipped != null) {
          places.computeIfAbsent(chip.id(), key -> new Place(chipped)).boxes.add(bounds(chip.box()));
        }
      }
    }
    List<ElementView> views = new ArrayList<>(places.size() + groups.size());
    places.values().forEach(place -> views.add(viewOf(place.element, place.boxes, topology, document)));
    views.addAll(groups);
    views.sort(Comparator.comparingInt(ElementView::layer));
    return new Diagram(document, drawing, views);
  }

  /** The places an element is drawn in, in drawing order. */
  private static final class Place {
    final Element element;
    final List<Bounds> boxes = new ArrayList<>(1);

    Place(Element element) {
      this.element = element;
    }
  }

  private static ElementView viewOf(Element element, List<Bounds> places, Topology topology, Document document) {
    if (element instanceof Vpc vpc) {
      return new VpcView(vpc, places.get(0), () -> Lanes.of(topology, document.layout(), vpc.id()));
    }
    if (element instanceof Subnet subnet) {
      return new SubnetView(subnet, places.get(0));
    }
    boolean inner = element.kind() == ElementKind.NAT_GATEWAY || element.kind() == ElementKind.WORKLOAD
        || element.kind() == ElementKind.NETWORK_ACL || element.kind() == ElementKind.INTERFACE_ENDPOINT && !topology.find(element.id(),
            dev.netwright.model.topology.InterfaceEndpoint.class).orElseThrow().subnetIds().isEmpty()
        || element instanceof dev.netwright.model.topology.ResolverEndpoint resolver && !resolver.subnetIds().isEmpty();
    return new ElementView(element, places, inner ? ElementView.LAYER_INNER : ElementView.LAYER_NODE);
  }

  static Bounds bounds(Box box) {
    return new Bounds(box.x(), box.y(), box.width(), box.height());
  }

  public Document document() {
    return document;
  }

  /** What is painted: the model's drawing of the document. */
  public Drawing drawing() {
    return drawing;
  }

  /** Where the drawing's boxes and lines are, to paint only what meets an area (built when first asked for). */
  DrawingIndex index() {
    if (index == null) {
      index = new DrawingIndex(drawing);
    }
    return index;
  }

  /**
   * The summary of the drawing at {@code scale} with these findings per VPC: the one asked for
   * last when it is the same, so that it is worked out once for all the frames and tiles at a zoom.
   */
  SummaryLayout summary(double scale, Map<ElementId, Integer> findings) {
    if (summary == null || !summary.isOf(drawing, scale, findings)) {
      if (byParent == null) {
        byParent = SummaryLayout.byParent(drawing);
      }
      summary = new SummaryLayout(drawing, document.topology(), findings, scale, byParent);
    }
    return summary;
  }

  /** Every view, back to front. */
  public List<ElementView> views() {
    return views;
  }

  public Optional<ElementView> view(ElementId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The frontmost view at a point in design coordinates. */
  public Optional<ElementView> viewAt(double x, double y) {
    for (int i = views.size() - 1; i >= 0; i--) {
      ElementView view = views.get(i);
      if (view.hit(x, y)) {
        return Optional.of(view);
      }
    }
    return Optional.empty();
  }

  /** The frontmost view of a type at a point (to find the container under a drop). */
  public <T extends ElementView> Optional<T> viewAt(double x, double y, Class<T> type) {
    for (int i = views.size() - 1; i >= 0; i--) {
      ElementView view = views.get(i);
      if (type.isInstance(view) && view.hit(x, y)) {
        return Optional.of(type.cast(view));
      }
    }
    return Optional.empty();
  }

  /** The views lying wholly inside a box (a rubber band). */
  public List<ElementView> viewsInside(Bounds box) {
    return views.stream().filter(view -> box.contains(view.bounds())).toList();
  }

  /** The box around everything drawn; empty for an empty design. */
  public Optional<Bounds> extent() {
    return drawing.extent().map(Diagram::bounds);
  }
}
