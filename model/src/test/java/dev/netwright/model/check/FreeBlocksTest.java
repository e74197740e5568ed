package dev.netwright.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.Cidr;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeBlocksTest {
  @Test
  void first_skipsTheBlocksInUseAndAlignsToTheSize() {
    assertEquals(Optional.of(Cidr.parse("10.0.3.0/24")),
        FreeBlocks.first(cidrs("10.0.0.0/16"), cidrs("10.0.0.0/23", "10.0.2.0/24", "10.0.2.128/25"), 24));
  }

  @Test
  void first_findsAGapBetweenBlocksInUse() {
    assertEquals(Optional.of(Cidr.parse("10.0.1.0/24")),
        FreeBlocks.first(cidrs("10.0.0.0/16"), cidrs("10.0.0.0/24", "10.0.2.0/24"), 24));
  }

  @Test
  void first_movesOnToTheNextVpcBlockWhenOneIsFull() {
    assertEquals(Optional.of(Cidr.parse("10.1.0.0/28")),
        FreeBlocks.first(cidrs("10.1.0.0/16", "10.0.0.0/28"), cidrs("10.0.0.0/28"), 28));
  }

  @Test
  void first_inAFullVpc_findsNothing() {
    assertEquals(Optional.empty(), FreeBlocks.first(cidrs("10.0.0.0/24"), cidrs("10.0.0.0/25", "10.0.0.128/25"), 26));
  }

  @Test
  void first_blockWiderThanTheVpc_findsNothing() {
    assertEquals(Optional.empty(), FreeBlocks.first(cidrs("10.0.0.0/24"), List.of(), 20));
  }

  private static List<Cidr> cidrs(String... texts) {
    return Arrays.stream(texts).map(Cidr::parse).toList();
  }
}
