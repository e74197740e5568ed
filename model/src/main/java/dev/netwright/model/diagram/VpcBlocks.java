package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drawn VPCs of the last drawing, kept so that the next drawing (after an edit) draws again
 * only the VPCs the edit touched. A VPC's block (its box, zone columns, subnets and everything in
 * them, their captions measured by their text) is taken again as it was when the VPC, every
 * element in it and their places in the layout are the same instances and values as then, and
 * nothing that VPCs read across their borders changed (elements in no VPC, such as peerings and
 * transit gateways, and elements that refer to another VPC's elements, with what they refer to):
 * the document is immutable, so such a block is what drawing it again would give. Held by one
 * canvas and used on its thread only; a drawing without it draws every VPC.
 */
public final class VpcBlocks {
  /** A VPC as drawn, with what it was drawn from. */
  record Block(Element vpc, List<Element> members, List<Bounds> places, String regionKey, boolean dropLane,
      List<DrawnBox> boxes, List<Placed> placed, Box box) {
  }

  /** One element's first place recorded while the block was drawn; {@code ifAbsent}: only when none was recorded before. */
  record Placed(ElementId id, String key, boolean ifAbsent) {
  }

  private Map<ElementId, Block> blocks = new HashMap<>();
  private List<Element> shared = List.of();
  private TextMetrics metrics;
  private int reused;

  /**
   * Begins a drawing with {@code shared} (what VPCs read across their borders, in a fixed order):
   * when it or the metrics differ from the last drawing's, no block is taken again.
   */
  Map<ElementId, Block> begin(List<Element> shared, TextMetrics metrics) {
    Map<ElementId, Block> last = blocks;
    if (metrics != this.metrics || !sameInstances(shared, this.shared)) {
      last = Map.of();
    }
    this.shared = shared;
    this.metrics = metrics;
    blocks = new HashMap<>();
    reused = 0;
    return last;
  }

  /** Keeps a block for the next drawing; {@code again}: it was taken from the last one. */
  void keep(ElementId vpc, Block block, boolean again) {
    blocks.put(vpc, block);
    if (again) {
      reused++;
    }
  }

  /** How many VPCs the last drawing took as they were (for tests and the benchmark). */
  public int reusedLastTime() {
    return reused;
  }

  static boolean sameInstances(List<? extends Object> a, List<? extends Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
