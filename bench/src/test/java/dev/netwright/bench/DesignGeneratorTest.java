package dev.netwright.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.check.CheckSession;
import dev.netwright.model.check.Checks;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import org.junit.jupiter.api.Test;

class DesignGeneratorTest {

  @Test
  void generatedDesign_hasTheShapeOfARealisticVpcPerSixSubnets() {
    Topology design = DesignGenerator.generate(100);

    assertEquals(17, design.vpcs().size());
    assertEquals(102, design.subnets().size());
    assertEquals(17 * 4, design.routeTables().size(), "the main table and a private table per zone");
    assertEquals(17 * 3, design.natGateways().size());
    assertEquals(17 * 2, design.gatewayEndpoints().size());
    assertEquals(17 * 4, design.interfaceEndpoints().size());
    assertEquals(17 * 3, design.securityGroups().size());
    assertEquals(8, design.peeringConnections().size());
    assertEquals(1, design.vpnGateways().size());
    assertEquals(java.util.List.of(), StructureCheck.problems(design));
  }

  @Test
  void generatedDesign_routesAsItsDescriptionSays() {
    PathEngine engine = PathEngine.of(DesignGenerator.generate(100));

    PathAnswer s3 = engine.reach(DesignGenerator.id("PrivateB", 3), Target.S3);
    assertEquals("S3-3", s3.endpoint());
    PathAnswer ssm = engine.reach(DesignGenerator.id("PrivateC", 3), Target.parse("service:ssm"));
    assertEquals("SsmEndpoint-3", ssm.endpoint());
    assertFalse(ssm.crossesAz());
    PathAnswer internet = engine.reach(DesignGenerator.id("PrivateC", 3), Target.INTERNET);
    assertTrue(internet.viaNat() && internet.crossesInternet() && !internet.crossesAz());
    assertTrue(engine.reach(DesignGenerator.id("PrivateA", 0), Target.parse("Vgw-0")).reachable());
    assertTrue(engine.reach(DesignGenerator.id("PrivateA", 4), Target.parse("PublicB-5")).reachable(), "VPCs 4 and 5 are peered");
  }

  @Test
  void edits_changeOneVpcOnly_andTheRecheckFollowsThem() {
    Topology design = DesignGenerator.generate(100);
    Topology edited = Edits.dropDefaultRoute(design);
    PathMatrix matrix = PathMatrix.of(design);
    CheckSession session = new CheckSession(Checks.all());
    session.check(design);

    PathMatrix after = matrix.update(edited);

    assertEquals(PathMatrix.of(edited).answers(), after.answers());
    assertEquals(Checks.run(edited), session.check(edited));
    assertTrue(after.answersComputed() <= 6 * after.targets().size() * 2,
        "at most the edited VPC and its peer: " + after.answersComputed() + " of " + after.size());
    assertFalse(after.answer(DesignGenerator.id("PrivateA", 8), Target.INTERNET).orElseThrow().reachable());
  }
}
