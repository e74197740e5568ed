package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of packets as address blocks × port ranges (for ICMP: type ranges), cut into pieces as
 * rules decide parts of it. Blocks nest or are disjoint, so a piece minus a part of it is a few
 * blocks and at most two port ranges: the cuts stay small.
 */
final class PacketSpace {
  private PacketSpace() {
  }

  /** One piece: every address of {@code cidr} on every port of {@code ports}. */
  record Piece(Cidr cidr, PortRange ports) {
    @Override
    public String toString() {
      return cidr.toString();
    }
  }

  /** The public address space: everything but the private ranges of RFC 1918, which the internet does not carry. */
  static final List<Cidr> PUBLIC = publicSpace();

  private static List<Cidr> publicSpace() {
    List<Cidr> space = List.of(Cidr.ANYWHERE);
    for (String reserved : List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")) {
      List<Cidr> next = new ArrayList<>();
      Cidr cut = Cidr.parse(reserved);
      for (Cidr block : space) {
        next.addAll(block.contains(cut) ? minus(block, cut) : List.of(block));
      }
      space = next;
    }
    return List.copyOf(space);
  }

  static List<Piece> of(List<Cidr> blocks, PortRange ports) {
    if (blocks.size() == 1) {
      return List.of(new Piece(blocks.get(0), ports));
    }
    Piece[] pieces = new Piece[blocks.size()];
    for (int i = 0; i < pieces.length; i++) {
      pieces[i] = new Piece(blocks.get(i), ports);
    }
    return List.of(pieces);
  }

  /** The part of {@code piece} inside {@code cidr} × {@code ports}, or null when they do not meet. */
  static Piece overlap(Piece piece, Cidr cidr, PortRange ports) {
    if (!piece.cidr().overlaps(cidr)) {
      return null;
    }
    int from = Math.max(piece.ports().from(), ports.from());
    int to = Math.min(piece.ports().to(), ports.to());
    if (from > to) {
      return null;
    }
    Cidr block = piece.cidr().contains(cidr) ? cidr : piece.cidr();
    return new Piece(block, new PortRange(from, to));
  }

  /** {@code piece} without {@code part}, which lies inside it. */
  static List<Piece> minus(Piece piece, Piece part) {
    List<Piece> rest = new ArrayList<>();
    minusInto(piece, part, rest);
    return rest;
  }

  /** Adds {@code piece} without {@code part}, which lies inside it, to {@code rest}. */
  static void minusInto(Piece piece, Piece part, List<Piece> rest) {
    if (!piece.cidr().equals(part.cidr())) {
      for (Cidr block : minus(piece.cidr(), part.cidr())) {
        rest.add(new Piece(block, piece.ports()));
      }
    }
    PortRange ports = piece.ports();
    if (ports.from() < part.ports().from()) {
      rest.add(new Piece(part.cidr(), new PortRange(ports.from(), part.ports().from() - 1)));
    }
    if (part.ports().to() < ports.to()) {
      rest.add(new Piece(part.cidr(), new PortRange(part.ports().to() + 1, ports.to())));
    }
  }

  /** {@code block} without {@code inner}, which lies inside it: the sibling of each step down from one to the other. */
  static List<Cidr> minus(Cidr block, Cidr inner) {
    List<Cidr> rest = new ArrayList<>();
    Cidr current = block;
    while (current.prefixLength() < inner.prefixLength()) {
      Cidr low = current.subnet(current.prefixLength() + 1, 0);
      Cidr high = current.subnet(current.prefixLength() + 1, 1);
      if (low.contains(inner)) {
        rest.add(high);
        current = low;
      } else {
        rest.add(low);
        current = high;
      }
    }
    return rest;
  }
}
