package dev.netwright.model.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Property: on random small designs, the engine and a plain packet walk written apart from it
 * ({@link PlainPacketWalk}) agree on every subnet × (s3, internet, every subnet): reachable or not,
 * NAT, internet and zone crossings, the endpoint, the hops of a reachable path and the element
 * that blocks an unreachable one. Longest-prefix match and NAT chaining are where they could differ.
 */
class EngineAgreesWithPlainWalkTest {
  private static final int DESIGNS = 1_000;

  @Test
  void engine_agreesWithThePlainPacketWalk_onRandomSmallDesigns() {
    Random random = new Random(20261127L);
    int questions = 0;
    int reachable = 0;
    int viaNat = 0;
    for (int n = 0; n < DESIGNS; n++) {
      Topology design = RandomDesigns.generate(random);
      PathEngine engine = PathEngine.of(design);
      List<String> targets = new ArrayList<>(List.of("s3", "internet"));
      design.subnets().forEach(subnet -> targets.add(subnet.id().value()));
      for (Subnet source : design.subnets()) {
        for (String target : targets) {
          PlainPacketWalk.Outcome expected = PlainPacketWalk.walk(design, source, target);
          PathAnswer actual = engine.reach(source.id(), Target.parse(target));
          int number = n;
          Supplier<String> where = () -> "design #" + number + ", " + source.id() + " -> " + target + "\n" + design + "\n" + actual;
          assertEquals(expected.reachable(), actual.reachable(), where);
          assertEquals(expected.viaNat(), actual.viaNat(), where);
          assertEquals(expected.crossesInternet(), actual.crossesInternet(), where);
          assertEquals(expected.crossesAz(), actual.crossesAz(), where);
          assertEquals(expected.endpoint(), actual.endpoint(), where);
          if (expected.reachable()) {
            assertEquals(expected.hops(), actual.hops().stream().map(Hop::id).toList(), where);
            reachable++;
            viaNat += actual.viaNat() ? 1 : 0;
          } else {
            assertEquals(expected.blockedAt(), actual.blockedBy().id(), where);
          }
          questions++;
        }
      }
    }
    // the generator must exercise both outcomes and NAT chains, or the property says little
    assertTrue(reachable > questions / 5 && reachable < questions * 4 / 5, reachable + " of " + questions + " reachable");
    assertTrue(viaNat > 200, viaNat + " of " + questions + " reachable through a NAT gateway");
  }
}
