package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DiagramColors;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.SubnetExposure;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A VPC as a card when the design is seen too small to read: its name, CIDR blocks, how many
 * public, private and isolated subnets it has, and its findings, at a size readable on screen.
 * Lines that do not fit the VPC's box are left out, the name last.
 */
final class VpcCard {
  private static final double NAME_PIXELS = 13;
  private static final double LINE_PIXELS = 11;

  private VpcCard() {
  }

  static void paint(CanvasPen pen, DrawnBox box, Topology topology, Map<ElementId, Integer> findings, double scale) {
    Vpc vpc = topology.find(ElementId.of(box.id()), Vpc.class).orElse(null);
    if (vpc == null) {
      return;
    }
    List<String> lines = lines(vpc, topology, findings.getOrDefault(vpc.id(), 0));
    double nameSize = NAME_PIXELS / scale;
    double lineSize = LINE_PIXELS / scale;
    double pad = 6 / scale;
    double available = box.box().width() - 2 * pad;
    List<TextRun> runs = new ArrayList<>();
    double y = box.box().y() + pad;
    double width = 0;
    for (int i = 0; i < lines.size(); i++) {
      double size = i == 0 ? nameSize : lineSize;
      double lineWidth = DejaVuMetrics.get().width(lines.get(i), size, i == 0);
      double height = DejaVuMetrics.get().lineHeight(size);
      if (lineWidth > available || y + height > box.box().maxY() - pad) {
        if (i == 0) {
          return;
        }
        continue;
      }
      runs.add(new TextRun(lines.get(i), box.box().x() + 2 * pad, y + size * DejaVuMetrics.ASCENT, size, i == 0,
          i == 0 ? DiagramColors.TEXT : DiagramColors.MUTED_TEXT, i == 0));
      width = Math.max(width, lineWidth);
      y += height;
    }
    Box card = new Box(box.box().x() + pad, box.box().y() + pad / 2, width + 2 * pad, y - box.box().y());
    pen.rect(card, 10 / scale, Tint.WHITE.withOpacity(0.92), DiagramColors.accent(vpc.kind()), 1.5 / scale, false);
    pen.text(runs);
  }

  static List<String> lines(Vpc vpc, Topology topology, int findings) {
    Map<SubnetExposure, Integer> counts = new EnumMap<>(SubnetExposure.class);
    for (Subnet subnet : topology.inVpc(vpc.id(), Subnet.class)) {
      counts.merge(SubnetExposure.of(topology, subnet), 1, Integer::sum);
    }
    String subnets = counts.isEmpty() ? "no subnets" : counts.entrySet().stream()
        .map(entry -> entry.getValue() + " " + entry.getKey().label()).collect(Collectors.joining(" · ")) + " subnets";
    String blocks = vpc.cidrBlocks().stream().map(Object::toString).collect(Collectors.joining(", "));
    return List.of(vpc.label(), blocks + " · " + vpc.region(), subnets,
        findings == 0 ? "no findings" : findings + (findings == 1 ? " finding" : " findings"));
  }
}
