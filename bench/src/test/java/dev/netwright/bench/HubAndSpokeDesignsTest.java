package dev.netwright.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Severity;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** The generated hub is sound and answers as a hub should, so that the benchmarks time real work. */
class HubAndSpokeDesignsTest {
  @Test
  void aHubOfTwentySpokes_isSound_hasEightTargets_andItsSpokesReachTheSharedEndpointsAndTheInternet() {
    Topology hub = HubAndSpokeDesigns.generate(20);
    assertEquals(java.util.List.of(), StructureCheck.problems(hub));
    assertTrue(Checks.run(hub).stream().noneMatch(finding -> finding.severity() == Severity.ERROR), Checks.run(hub).toString());

    PathMatrix matrix = PathMatrix.of(hub);
    assertEquals(8, matrix.targets().size());
    assertEquals(20 * 6, hub.subnets().stream().filter(subnet -> subnet.vpcId().value().startsWith("Spoke")).count());
    PathAnswer ssm = matrix.answer(HubAndSpokeDesigns.id("Spoke3Appb"), Target.service("ssm")).orElseThrow();
    assertTrue(ssm.reachable(), String.valueOf(ssm.blockedBy()));
    assertEquals("ssmEndpoint", ssm.endpoint());
    assertTrue(matrix.answer(HubAndSpokeDesigns.id("Spoke3Appb"), Target.INTERNET).orElseThrow().viaNat());

    PathMatrix after = matrix.update(HubAndSpokeDesigns.editOneSpoke(hub));
    assertEquals(6 * 8, after.answersComputed(), "one spoke's 6 subnets x 8 targets");
  }
}
