package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DiagramColors;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.Pen;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A VPC as a card when the design is seen too small to read: its name, CIDR blocks, how many
 * public, private and isolated subnets it has, and its findings, at a size readable on screen.
 * The card sits in the VPC's title band, beside its icon, and never over what the VPC holds: of
 * the ways to set the lines (four rows, two, the facts in as many rows as the VPC's width needs,
 * one; fewer facts) the fullest that fits the band is painted, the name alone last, nothing when
 * not even the name fits. In the overview, where what the VPC holds is patches without text, the
 * card may lie over them, down to the VPC's lower border.
 */
final class VpcCard {
  private static final double NAME_PIXELS = 13;
  private static final double LINE_PIXELS = 11;
  private static final double PAD_PIXELS = 3;
  private static final String SEPARATOR = " · ";
  private static final Tint BACK = Tint.WHITE.withOpacity(0.92);

  /** One piece of a row: the name (bold, larger) or facts. */
  private record Piece(String text, boolean name) {
  }

  private VpcCard() {
  }

  /** The card's background and its lines of text, as painted. */
  record Card(Box back, double arc, List<TextRun> runs) {
    void paint(Pen pen) {
      pen.rect(back, arc, BACK, null, 0, false);
      pen.text(runs);
    }
  }

  /**
   * The card of {@code box} at {@code scale}, clear of {@code inside} (the boxes drawn in the VPC):
   * the fullest layout that fits its title band; empty when not even the name fits.
   */
  static Optional<Card> layout(DrawnBox box, List<DrawnBox> inside, Topology topology, Map<ElementId, Integer> findings,
      double scale) {
    Vpc vpc = topology.find(ElementId.of(box.id()), Vpc.class).orElse(null);
    if (vpc == null) {
      return Optional.empty();
    }
    List<String> lines = lines(vpc, topology, findings.getOrDefault(vpc.id(), 0));
    double room = box.box().maxX() - 2 * PAD_PIXELS / scale - left(box, scale);
    for (List<List<Piece>> layout : layouts(lines, room, scale)) {
      Optional<Card> card = place(layout, box, inside, scale);
      if (card.isPresent()) {
        return card;
      }
    }
    return Optional.empty();
  }

  /**
   * The ways to set the card's lines, fullest first; {@code width} is the room across the VPC, in
   * the drawing's units, for the facts set in as many rows as that room needs.
   */
  private static List<List<List<Piece>>> layouts(List<String> lines, double width, double scale) {
    Piece name = new Piece(lines.get(0), true);
    String cidr = lines.get(1);
    String subnets = lines.get(2);
    String findings = lines.get(3);
    List<List<Piece>> flowed = new ArrayList<>();
    flowed.add(List.of(name));
    flow(List.of(cidr, subnets, findings), width, scale).forEach(row -> flowed.add(List.of(facts(row))));
    return List.of(
        List.of(List.of(name), List.of(facts(cidr)), List.of(facts(subnets)), List.of(facts(findings))),
        List.of(List.of(name, facts(cidr)), List.of(facts(subnets + SEPARATOR + findings))),
        flowed,
        List.of(List.of(name), List.of(facts(subnets + SEPARATOR + findings))),
        List.of(List.of(name, facts(cidr + SEPARATOR + subnets + SEPARATOR + findings))),
        List.of(List.of(name, facts(subnets + SEPARATOR + findings))),
        List.of(List.of(name, facts(cidr))),
        List.of(List.of(name)));
  }

  /**
   * The facts of {@code lines} (each a list of facts joined by the separator) set in rows no wider
   * than {@code width}: facts are joined while they fit; a fact wider than the room on its own (an
   * account id beside a narrow VPC) is left out, so that the others still show.
   */
  private static List<String> flow(List<String> lines, double width, double scale) {
    DejaVuMetrics metrics = DejaVuMetrics.get();
    double size = LINE_PIXELS / scale;
    List<String> rows = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    for (String line : lines) {
      for (String fact : line.split(SEPARATOR)) {
        if (metrics.width(fact, size, false) > width) {
          continue;
        }
        String joined = row.length() == 0 ? fact : row + SEPARATOR + fact;
        if (row.length() > 0 && metrics.width(joined, size, false) > width) {
          rows.add(row.toString());
          row.setLength(0);
          row.append(fact);
        } else {
          row.setLength(0);
          row.append(joined);
        }
      }
    }
    if (row.length() > 0) {
      rows.add(row.toString());
    }
    return rows;
  }

  private static Piece facts(String text) {
    return new Piece(text, false);
  }

  /**
   * The text runs of {@code layout} placed in the VPC's title band, with the card behind them;
   * empty when the card would leave the VPC or cover a box in it.
   */
  private static Optional<Card> place(List<List<Piece>> layout, DrawnBox box, List<DrawnBox> inside, double scale) {
    DejaVuMetrics metrics = DejaVuMetrics.get();
    double pad = PAD_PIXELS / scale;
    double gap = 6 / scale;
    double left = left(box, scale);
    double y = box.box().y() + pad;
    double width = 0;
    List<TextRun> runs = new ArrayList<>();
    for (List<Piece> row : layout) {
      double rowSize = row.stream().mapToDouble(piece -> size(piece, scale)).max().orElse(0);
      double baseline = y + rowSize * DejaVuMetrics.ASCENT;
      double x = left;
      for (Piece piece : row) {
        double size = size(piece, scale);
        runs.add(new TextRun(piece.text(), x, baseline, size, piece.name(),
            piece.name() ? DiagramColors.TEXT : DiagramColors.MUTED_TEXT, piece.name()));
        x += metrics.width(piece.text(), size, piece.name()) + gap;
      }
      width = Math.max(width, x - gap - left);
      y += metrics.lineHeight(rowSize);
    }
    if (inside.isEmpty()) {
      // over patches (or nothing): as wide as the VPC, so that no patch shows a sliver beside it
      width = Math.max(width, box.box().maxX() - 2 * pad - left);
    }
    Box card = new Box(left - pad, box.box().y() + pad / 2, width + 2 * pad, y - box.box().y());
    // a card made as wide as the VPC ends exactly at its border: rounding must not refuse it
    double slack = 1e-6;
    if (card.maxX() > box.box().maxX() - pad + slack || card.maxY() > box.box().maxY() - pad
        || inside.stream().anyMatch(other -> other.box().overlaps(card))) {
      return Optional.empty();
    }
    return Optional.of(new Card(card, 6 / scale, List.copyOf(runs)));
  }

  /** Where the card's text starts: at the VPC's name, beside its icon. */
  private static double left(DrawnBox box, double scale) {
    List<TextRun> title = box.nameLines();
    return title.isEmpty() ? box.box().x() + 2 * PAD_PIXELS / scale : title.get(0).x();
  }

  private static double size(Piece piece, double scale) {
    return (piece.name() ? NAME_PIXELS : LINE_PIXELS) / scale;
  }

  static List<String> lines(Vpc vpc, Topology topology, int findings) {
    Map<SubnetExposure, Integer> counts = new EnumMap<>(SubnetExposure.class);
    for (Subnet subnet : topology.inVpc(vpc.id(), Subnet.class)) {
      counts.merge(SubnetExposure.of(topology, subnet), 1, Integer::sum);
    }
    String subnets = counts.isEmpty() ? "no subnets" : counts.entrySet().stream()
        .map(entry -> entry.getValue() + " " + entry.getKey().label()).collect(Collectors.joining(SEPARATOR)) + " subnets";
    String blocks = vpc.cidrBlocks().stream().map(Object::toString).collect(Collectors.joining(", "));
    String where = blocks + SEPARATOR + vpc.region() + (vpc.hasAccount() ? SEPARATOR + "account " + vpc.accountId() : "");
    return List.of(vpc.label(), where, subnets,
        findings == 0 ? "no findings" : findings + (findings == 1 ? " finding" : " findings"));
  }
}
