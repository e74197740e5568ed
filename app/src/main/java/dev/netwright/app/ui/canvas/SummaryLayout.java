package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the summary paints of one drawing at one zoom: each box's name set at a readable size and
 * each VPC's card, worked out the first time a box is painted and kept for as long as the drawing,
 * the zoom and the findings stay, so that a pan, and each tile of the canvas, only paints them.
 * Measuring text and trying the card's layouts was most of the canvas's work per frame with the
 * whole design in view.
 */
final class SummaryLayout {
  private final Drawing drawing;
  private final Topology topology;
  private final Map<ElementId, Integer> findings;
  private final double scale;
  private final double readable;
  private final Map<String, List<DrawnBox>> inside;
  private final Map<DrawnBox, List<TextRun>> names = new IdentityHashMap<>();
  private final Map<DrawnBox, Optional<VpcCard.Card>> cards = new IdentityHashMap<>();

  SummaryLayout(Drawing drawing, Topology topology, Map<ElementId, Integer> findings, double scale,
      Map<String, List<DrawnBox>> inside) {
    this.drawing = drawing;
    this.topology = topology;
    this.findings = findings;
    this.scale = scale;
    this.readable = CanvasPen.MIN_TEXT_PIXELS / scale + 0.01;
    this.inside = inside;
  }

  /** The summary of a drawing at {@code scale}, nothing worked out yet. */
  static SummaryLayout of(Drawing drawing, Topology topology, Map<ElementId, Integer> findings, double scale) {
    return new SummaryLayout(drawing, topology, findings, scale, byParent(drawing));
  }

  /** The boxes drawn directly in each box, by the key of the box they are in. */
  static Map<String, List<DrawnBox>> byParent(Drawing drawing) {
    Map<String, List<DrawnBox>> children = new HashMap<>();
    for (DrawnBox box : drawing.boxes()) {
      if (box.parentKey() != null) {
        children.computeIfAbsent(box.parentKey(), key -> new ArrayList<>()).add(box);
      }
    }
    return children;
  }

  /** Whether this is the summary of {@code drawing} at {@code scale} with these findings. */
  boolean isOf(Drawing drawing, double scale, Map<ElementId, Integer> findings) {
    return this.drawing == drawing && this.scale == scale && this.findings.equals(findings);
  }

  Drawing drawing() {
    return drawing;
  }

  double scale() {
    return scale;
  }

  /** The box's name at a readable size (see {@link SummaryPainter#name}); empty when it does not fit. */
  List<TextRun> name(DrawnBox box) {
    return names.computeIfAbsent(box, key -> SummaryPainter.name(key, readable));
  }

  /**
   * The card of a VPC's box; empty when not even its name fits the title band. In the overview
   * the boxes are patches without text, and the card may lie over them.
   */
  Optional<VpcCard.Card> card(DrawnBox vpc) {
    return cards.computeIfAbsent(vpc, key -> VpcCard.layout(key,
        scale >= DiagramPainter.OVERVIEW_SCALE ? inside.getOrDefault(key.key(), List.of()) : List.of(), topology, findings,
        scale));
  }
}
