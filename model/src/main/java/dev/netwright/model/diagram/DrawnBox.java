package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import java.util.List;

/**
 * One box of the drawing: an element (or a region or zone column around elements) in one place.
 * {@code key} is unique in the drawing; {@code id} is the element's id, shared by the places of an
 * element drawn in several (an interface endpoint in each of its subnets). {@code parentKey} is the
 * box it is drawn in, null at the top. {@code kind} is the SVG {@code data-kind}.
 */
public record DrawnBox(String key, String id, String kind, String parentKey, Box box, BoxStyle style, IconPlace icon,
    List<TextRun> texts, List<Chip> chips) {
  public DrawnBox {
    texts = List.copyOf(texts);
    chips = List.copyOf(chips);
  }

  /** The lines of its name, in order. */
  public List<TextRun> nameLines() {
    return texts.stream().filter(TextRun::name).toList();
  }
}
