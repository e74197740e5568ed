package dev.netwright.model.check;

import dev.netwright.model.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds room in a VPC: the first block of a given size inside the VPC's blocks that overlaps no
 * block in use. Messages use it to say where an overlapping subnet could go. One sort and one walk.
 */
public final class FreeBlocks {
  private FreeBlocks() {
  }

  /** The lowest free block of {@code prefix} inside {@code within}, clear of every block of {@code used}. */
  public static Optional<Cidr> first(List<Cidr> within, List<Cidr> used, int prefix) {
    List<Cidr> sortedUsed = new ArrayList<>(used);
    sortedUsed.sort(null);
    List<Cidr> sortedWithin = new ArrayList<>(within);
    sortedWithin.sort(null);
    long size = 1L << (32 - prefix);
    for (Cidr block : sortedWithin) {
      if (block.prefixLength() > prefix) {
        continue;
      }
      long candidate = Integer.toUnsignedLong(block.firstAddress());
      long end = Integer.toUnsignedLong(block.lastAddress());
      for (Cidr taken : sortedUsed) {
        long takenFirst = Integer.toUnsignedLong(taken.firstAddress());
        long takenLast = Integer.toUnsignedLong(taken.lastAddress());
        if (takenLast < candidate) {
          continue;
        }
        if (takenFirst > end || candidate + size - 1 < takenFirst) {
          break;
        }
        candidate = alignUp(takenLast + 1, size);
      }
      if (candidate + size - 1 <= end) {
        return Optional.of(new Cidr((int) candidate, prefix));
      }
    }
    return Optional.empty();
  }

  private static long alignUp(long address, long size) {
    return (address + size - 1) / size * size;
  }
}
