package dev.netwright.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A box kept inside an area moves as little as it must, and meets the area's top-left side where it is larger. */
class BoundsTest {
  private static final Bounds AREA = new Bounds(100, 100, 800, 500);

  @Test
  void aBoxAlreadyInside_staysWhereItIs() {
    Bounds box = new Bounds(200, 150, 300, 200);

    assertEquals(box, box.keptInside(AREA));
  }

  @Test
  void aBoxRunningPastTheBottomRight_movesBackJustEnough() {
    Bounds box = new Bounds(700, 500, 300, 200);

    assertEquals(new Bounds(600, 400, 300, 200), box.keptInside(AREA));
  }

  @Test
  void aBoxAboveAndLeftOfTheArea_movesIn() {
    assertEquals(new Bounds(100, 100, 50, 50), new Bounds(-40, 20, 50, 50).keptInside(AREA));
  }

  @Test
  void aBoxWiderThanTheArea_meetsItsLeftEdge_andStillMovesInDown() {
    Bounds box = new Bounds(300, 580, 1000, 100);

    assertEquals(new Bounds(100, 500, 1000, 100), box.keptInside(AREA));
  }
}
