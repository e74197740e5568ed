package dev.netwright.model.diagram.quality;

import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.TextMetrics;
import dev.netwright.model.diagram.quality.SvgPicture.Connection;
import dev.netwright.model.diagram.quality.SvgPicture.DrawnBox;
import dev.netwright.model.diagram.quality.SvgPicture.Label;
import dev.netwright.model.diagram.quality.SvgPicture.Text;
import dev.netwright.model.diagram.quality.SvgPicture.TextLine;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a semantic diagram SVG the way a reviewer looks at it: connections that run through a
 * box they neither connect nor start inside, sibling boxes on top of each other, names cut (an
 * ellipsis, a name wider or taller than its box, or a name other than the design's), and
 * connection labels on boxes, on the boxes' text or on each other. Half a point of overlap is
 * forgiven (rounding in the SVG's numbers).
 */
public final class DiagramQuality {
  private static final double TOLERANCE = 0.5;
  private final TextMetrics metrics;
  private final double ascent;
  private final double descent;

  DiagramQuality(TextMetrics metrics, double ascent, double descent) {
    this.metrics = metrics;
    this.ascent = ascent;
    this.descent = descent;
  }

  /** The measurer for drawings set in the drawing's own font. */
  public static DiagramQuality forDrawingFont() {
    return new DiagramQuality(DejaVuMetrics.get(), DejaVuMetrics.ASCENT, DejaVuMetrics.DESCENT);
  }

  /** Measures {@code svg}; {@code names} (element id → name in the design) may be empty. */
  public QualityReport measure(String svg, Map<String, String> names) {
    SvgPicture picture = SvgPicture.parse(svg);
    return new QualityReport(crossings(picture), siblingOverlaps(picture), namesCut(picture, names),
        labelOverlaps(picture));
  }

  private List<String> crossings(SvgPicture picture) {
    List<String> found = new ArrayList<>();
    for (Connection connection : picture.connections()) {
      Set<Integer> allowed = endsAndContainers(picture, connection);
      for (DrawnBox box : picture.boxes()) {
        if (!allowed.contains(box.index()) && crosses(connection.points(), box.box())) {
          found.add(connection.describe() + " runs through " + box.kind() + " " + box.id());
        }
      }
    }
    return found;
  }

  private List<String> siblingOverlaps(SvgPicture picture) {
    List<String> found = new ArrayList<>();
    List<DrawnBox> boxes = picture.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        DrawnBox a = boxes.get(i);
        DrawnBox b = boxes.get(j);
        if (a.parent() == b.parent() && overlap(a.box(), b.box())) {
          found.add(a.kind() + " " + a.id() + " overlaps " + b.kind() + " " + b.id());
        }
      }
    }
    return found;
  }

  private List<String> namesCut(SvgPicture picture, Map<String, String> names) {
    List<String> found = new ArrayList<>();
    for (DrawnBox box : picture.boxes()) {
      for (Text text : box.texts()) {
        if (text.whole().contains("…") || text.whole().contains("...")) {
          found.add(box.id() + ": \"" + text.whole() + "\" is cut");
        }
      }
      if (box.texts().isEmpty()) {
        continue;
      }
      Text name = box.texts().get(0);
      for (TextLine line : name.lines()) {
        Box drawn = bounds(line);
        if (drawn.x() < box.box().x() - TOLERANCE || drawn.maxX() > box.box().maxX() + TOLERANCE) {
          found.add(String.format(java.util.Locale.ROOT, "%s: \"%s\" is %.1f wide, wider than its box (%.1f)", box.id(),
              line.text(), drawn.width(), box.box().width()));
        } else if (drawn.y() < box.box().y() - TOLERANCE || drawn.maxY() > box.box().maxY() + TOLERANCE) {
          found.add(box.id() + ": \"" + line.text() + "\" runs out of its box at the top or bottom");
        }
      }
      String expected = names.get(box.id());
      if (expected != null && !squeezed(expected).equals(squeezed(name.whole()))) {
        found.add(box.id() + ": drawn as \"" + name.whole() + "\", named \"" + expected + "\"");
      }
    }
    return found;
  }

  private List<String> labelOverlaps(SvgPicture picture) {
    List<String> found = new ArrayList<>();
    List<Label> labels = picture.labels();
    List<Box> labelBoxes = labels.stream().map(label -> bounds(label.text())).toList();
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      Box area = labelBoxes.get(i);
      String name = "label \"" + label.text().whole() + "\"";
      Set<Integer> containers = label.connection() < 0 ? Set.of()
          : endsAndContainers(picture, picture.connections().get(label.connection()));
      Set<Integer> ends = label.connection() < 0 ? Set.of() : ends(picture, picture.connections().get(label.connection()));
      for (DrawnBox box : picture.boxes()) {
        boolean holds = containers.contains(box.index()) && !ends.contains(box.index()) && within(area, box.box());
        if (overlap(area, box.box()) && !holds) {
          found.add(name + " lies on " + box.kind() + " " + box.id());
        }
        for (Text text : box.texts()) {
          if (overlap(area, bounds(text))) {
            found.add(name + " covers \"" + text.whole() + "\" of " + box.id());
          }
        }
      }
      for (int j = i + 1; j < labels.size(); j++) {
        if (overlap(area, labelBoxes.get(j))) {
          found.add(name + " overlaps label \"" + labels.get(j).text().whole() + "\"");
        }
      }
    }
    return found;
  }

  /** The boxes drawn for the connection's two elements (each place of each). */
  private static Set<Integer> ends(SvgPicture picture, Connection connection) {
    Set<Integer> ends = new HashSet<>();
    for (DrawnBox box : picture.boxes()) {
      if (box.id().equals(connection.from()) || box.id().equals(connection.to())) {
        ends.add(box.index());
      }
    }
    return ends;
  }

  /** The ends and every box that contains one, by nesting or by geometry. */
  private static Set<Integer> endsAndContainers(SvgPicture picture, Connection connection) {
    Set<Integer> ends = ends(picture, connection);
    Set<Integer> allowed = new HashSet<>(ends);
    for (int end : ends) {
      for (int up = picture.boxes().get(end).parent(); up >= 0; up = picture.boxes().get(up).parent()) {
        allowed.add(up);
      }
      for (DrawnBox box : picture.boxes()) {
        if (within(picture.boxes().get(end).box(), box.box())) {
          allowed.add(box.index());
        }
      }
    }
    return allowed;
  }

  private Box bounds(Text text) {
    Box all = null;
    for (TextLine line : text.lines()) {
      Box box = bounds(line);
      all = all == null ? box : all.union(box);
    }
    return all;
  }

  private Box bounds(TextLine line) {
    double width = metrics.width(line.text(), line.size(), line.bold());
    double x = switch (line.anchor()) {
      case "middle" -> line.x() - width / 2;
      case "end" -> line.x() - width;
      default -> line.x();
    };
    return new Box(x, line.y() - ascent * line.size(), width, (ascent + descent) * line.size());
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Whether two boxes share more than the tolerance in both directions. */
  static boolean overlap(Box a, Box b) {
    return Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > TOLERANCE
        && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > TOLERANCE;
  }

  private static boolean within(Box inner, Box outer) {
    return inner.x() >= outer.x() - TOLERANCE && inner.maxX() <= outer.maxX() + TOLERANCE
        && inner.y() >= outer.y() - TOLERANCE && inner.maxY() <= outer.maxY() + TOLERANCE;
  }

  /** Whether a segment of the polyline runs through the inside of the box (deeper than the tolerance). */
  static boolean crosses(List<Point> points, Box box) {
    Box inside = new Box(box.x() + TOLERANCE, box.y() + TOLERANCE, box.width() - 2 * TOLERANCE,
        box.height() - 2 * TOLERANCE);
    if (inside.width() <= 0 || inside.height() <= 0) {
      return false;
    }
    for (int k = 0; k + 1 < points.size(); k++) {
      if (segmentMeets(points.get(k), points.get(k + 1), inside)) {
        return true;
      }
    }
    return false;
  }

  /** Liang–Barsky: whether the segment has a part strictly inside the box. */
  private static boolean segmentMeets(Point a, Point b, Box box) {
    double t0 = 0;
    double t1 = 1;
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a.x() - box.x(), box.maxX() - a.x(), a.y() - box.y(), box.maxY() - a.y()};
    for (int k = 0; k < 4; k++) {
      if (p[k] == 0) {
        if (q[k] <= 0) {
          return false;
        }
      } else {
        double t = q[k] / p[k];
        if (p[k] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 < t1;
  }

}
