package dev.netwright.model.path;

import static dev.netwright.model.path.Net.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The path matrix: its targets, its answers, and re-answering after an edit without redoing untouched work. */
class PathMatrixTest {

  /** Three VPCs: A (with NAT, S3 endpoint, SSM endpoint, VPN) peered with B (S3 endpoint); C stands alone. */
  static Topology design() {
    return Topology.of(List.of(
        vpc("A", "10.0.0.0/16"), vpc("B", "10.1.0.0/16"), vpc("C", "10.2.0.0/16"),
        subnet("APub", "A", "10.0.0.0/24", "us-east-1a"),
        subnet("A1", "A", "10.0.1.0/24", "us-east-1a"),
        subnet("A2", "A", "10.0.2.0/24", "us-east-1b"),
        subnet("B1", "B", "10.1.1.0/24", "us-east-1a"),
        subnet("B2", "B", "10.1.2.0/24", "us-east-1b"),
        subnet("C1", "C", "10.2.1.0/24", "us-east-1c"),
        igw("AIgw", "A"), nat("ANat", "APub"), igw("CIgw", "C"),
        peering("Pcx", "A", "B"),
        vpn("Vgw", "A", "192.168.0.0/16"),
        table("APubRt", "A", List.of("0.0.0.0/0>AIgw"), "APub"),
        table("ART", "A", List.of("0.0.0.0/0>ANat", "10.1.0.0/16>Pcx", "192.168.0.0/16>Vgw"), "A1", "A2"),
        table("BRT", "B", List.of("10.0.0.0/16>Pcx", "0.0.0.0/0>Pcx"), "B1", "B2"),
        table("CRT", "C", List.of("0.0.0.0/0>CIgw"), "C1"),
        gatewayEndpoint("AS3", "A", "s3", "ART"),
        gatewayEndpoint("BS3", "B", "s3"),
        httpsFrom("ASg", "A", "10.0.0.0/16", "192.168.0.0/16"),
        interfaceEndpoint("ASsm", "A", "ssm", true, List.of("A1", "A2"), "ASg")));
  }

  @Test
  void matrix_targetsEveryServiceAndOnPremisesNetworkTheDesignMentions() {
    PathMatrix matrix = PathMatrix.of(design());

    assertEquals(List.of("s3", "dynamodb", "internet", "service:ssm", "Vgw"), matrix.targets().stream().map(Target::text).toList());
    assertEquals(6 * 5, matrix.size());
    assertEquals(6 * 5, matrix.answers().size());
    assertEquals(6 * 5, matrix.answersComputed());
  }

  @Test
  void matrix_answersAsTheEngineDoesForEachCell() {
    Topology topology = design();
    PathMatrix matrix = PathMatrix.of(topology);
    PathEngine engine = PathEngine.of(topology);

    for (Subnet subnet : topology.subnets()) {
      for (Target target : matrix.targets()) {
        assertEquals(engine.reach(subnet.id(), target), matrix.answer(subnet.id(), target).orElseThrow(), subnet.id() + " -> " + target);
      }
    }
    assertTrue(matrix.answer(id("A1"), Target.S3).orElseThrow().reachable());
    assertFalse(matrix.answer(id("B1"), Target.S3).orElseThrow().reachable());
  }

  @Test
  void update_afterTheFirstSubnetOfAnEmptyVpc_answersForIt() {
    PathMatrix before = PathMatrix.of(Topology.of(List.of(vpc("E", "10.9.0.0/16"))));
    Topology next = Topology.of(List.of(vpc("E", "10.9.0.0/16"), subnet("E1", "E", "10.9.1.0/24", "us-east-1a")));

    PathMatrix after = before.update(next);

    assertTrue(after.answer(id("E1"), Target.S3).isPresent());
    assertEquals(PathMatrix.of(next).answers(), after.answers());
  }

  @Test
  void update_afterAnEditInOneVpc_reanswersOnlyThatVpc() {
    PathMatrix before = PathMatrix.of(design());
    Topology next = design().with(table("CRT", "C", List.of(), "C1"));

    PathMatrix after = before.update(next);

    assertEquals(1 * 5, after.answersComputed(), "C has one subnet, five targets");
    assertEquals(PathMatrix.of(next).answers(), after.answers());
    assertFalse(after.answer(id("C1"), Target.INTERNET).orElseThrow().reachable());
  }

  @Test
  void update_afterRemovingThePeersGatewayEndpoint_reanswersTheBlocksThatMentionedIt() {
    PathMatrix before = PathMatrix.of(design());
    Topology next = design().without(id("AS3")).with(table("ART", "A", List.of("0.0.0.0/0>Pcx"), "A1", "A2"));
    PathMatrix peeredThrough = before.update(next);
    assertTrue(peeredThrough.answer(id("A1"), Target.S3).orElseThrow().blockedBy().reason().endsWith("not to its gateway endpoint BS3"));

    Topology withoutBs3 = next.without(id("BS3"));
    PathMatrix after = peeredThrough.update(withoutBs3);

    assertEquals(PathMatrix.of(withoutBs3).answers(), after.answers());
    assertFalse(after.answer(id("A1"), Target.S3).orElseThrow().blockedBy().reason().contains("BS3"));
    assertTrue(after.answersComputed() < after.size(), "C's answers read nothing of B");
  }

  @Test
  void update_afterChangingTheVpnNetworks_reanswersTheVpnColumnEverywhereAndAOnly() {
    PathMatrix before = PathMatrix.of(design());
    Topology next = design().with(vpn("Vgw", "A", "172.16.0.0/12"));

    PathMatrix after = before.update(next);

    // B's s3 and dynamodb answers stop at the peering and name A's gateway endpoints, so they read A too
    assertEquals(3 * 5 + 3 * 1 + 2 * 2, after.answersComputed(), "all of A, the Vgw column of B and C, B's s3 and dynamodb");
    assertEquals(PathMatrix.of(next).answers(), after.answers());
  }

  @Test
  void update_addingAnEndpointForANewService_addsItsColumn() {
    PathMatrix before = PathMatrix.of(design());
    Topology next = design().with(interfaceEndpoint("CSts", "C", "sts", true, List.of("C1"), "ASg"));

    PathMatrix after = before.update(next);

    assertEquals(List.of("s3", "dynamodb", "internet", "service:ssm", "service:sts", "Vgw"),
        after.targets().stream().map(Target::text).toList());
    assertEquals(PathMatrix.of(next).answers(), after.answers());
    assertEquals(1 * 6 + 5 * 1, after.answersComputed(), "all of C, and the new column elsewhere");
  }

  @Test
  void update_addingAVpcAfterTheSubnetsThatNameIt_answersForThoseSubnets() {
    Topology orphans = design().with(subnet("D1", "D", "10.3.1.0/24", "us-east-1a")).with(table("DRT", "D", List.of(), "D1"));
    PathMatrix before = PathMatrix.of(orphans);
    Topology next = orphans.with(vpc("D", "10.3.0.0/16"));

    PathMatrix after = before.update(next);

    assertEquals(PathMatrix.of(next).answers(), after.answers());
    assertTrue(after.answer(id("D1"), Target.S3).isPresent());
  }

  /** The design with C peered to an external VPC of another account, and a route to it from C's subnets. */
  static Topology withExternalPeer(String block) {
    return design().with(Vpc.external(id("vpc-0partner"), List.of(Cidr.parse(block)), Region.of("eu-west-1"), "444455556666"))
        .with(peering("PartnerPcx", "C", "vpc-0partner"))
        .with(table("CRT", "C", List.of("0.0.0.0/0>CIgw", block + ">PartnerPcx"), "C1"));
  }

  @Test
  void matrix_targetsEachExternalVpc_answeringUpToThePeering() {
    PathMatrix matrix = PathMatrix.of(withExternalPeer("10.8.0.0/16"));

    assertEquals(List.of("s3", "dynamodb", "internet", "service:ssm", "Vgw", "vpc-0partner"),
        matrix.targets().stream().map(Target::text).toList());
    assertTrue(matrix.answer(id("C1"), Target.element(id("vpc-0partner"))).orElseThrow().reachable());
    assertFalse(matrix.answer(id("A1"), Target.element(id("vpc-0partner"))).orElseThrow().reachable());
    assertEquals(6 * 6, matrix.answers().size(), "the external VPC has no subnets: it is a column, not a row");
  }

  @Test
  void update_addingOrChangingAnExternalPeer_answersAsAFreshMatrixWould() {
    PathMatrix before = PathMatrix.of(design());
    Topology peered = withExternalPeer("10.8.0.0/16");

    PathMatrix added = before.update(peered);

    assertEquals(PathMatrix.of(peered).targets(), added.targets(), "the new external VPC is a new column");
    assertEquals(PathMatrix.of(peered).answers(), added.answers());

    Topology moved = peered.with(Vpc.external(id("vpc-0partner"), List.of(Cidr.parse("10.9.0.0/16")), Region.of("eu-west-1"),
        "444455556666"));
    PathMatrix changed = added.update(moved);

    assertEquals(PathMatrix.of(moved).answers(), changed.answers());
    assertFalse(changed.answer(id("C1"), Target.element(id("vpc-0partner"))).orElseThrow().reachable(), "C routes 10.8/16, not 10.9/16");
    assertTrue(changed.answersComputed() < changed.size(), "only what read the external VPC is answered again");
    assertEquals(PathMatrix.of(design()).answers(), changed.update(design()).answers(), "and removing it drops its column");
  }

  @Test
  void update_withTheSameTopology_computesNothing() {
    PathMatrix before = PathMatrix.of(design());

    assertEquals(0, before.update(before.topology()).answersComputed());
    assertEquals(0, before.update(design()).answersComputed(), "an equal topology changes nothing");
  }

  @Test
  void update_afterRandomEdits_answersAsAFreshMatrixWould() {
    Random random = new Random(7);
    for (int n = 0; n < 300; n++) {
      Topology topology = RandomDesigns.generate(random);
      PathMatrix matrix = PathMatrix.of(topology);
      for (int step = 0; step < 4; step++) {
        topology = randomEdit(topology, random);
        matrix = matrix.update(topology);
        Topology edited = topology;
        int design = n;
        int edit = step;
        assertEquals(PathMatrix.of(topology).answers(), matrix.answers(), () -> "design #" + design + " step " + edit + ": " + edited);
      }
    }
  }

  @Test
  void update_afterAclEditsAndTheirUndos_answersAsAFreshMatrixWould() {
    Random random = new Random(11);
    Topology topology = design().with(List.of(
        new NetworkAcl(ElementId.of("AAcl"), "", ElementId.of("A"), false,
            List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)), List.of(ElementId.of("A1"), ElementId.of("A2"))),
        new NetworkAcl(ElementId.of("BAcl"), "", ElementId.of("B"), false,
            List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)), List.of(ElementId.of("B1")))), List.of());
    PathMatrix matrix = PathMatrix.of(topology);
    for (int step = 0; step < 40; step++) {
      List<NetworkAcl> acls = topology.networkAcls();
      NetworkAcl acl = acls.get(random.nextInt(acls.size()));
      String[] cidrs = {"0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16"};
      boolean inbound = random.nextBoolean();
      List<AclRule> rules = new ArrayList<>(inbound ? acl.inbound() : acl.outbound());
      if (random.nextBoolean() && rules.size() > 1) {
        rules.remove(0);
      } else {
        int number = 10 * (1 + random.nextInt(9));
        if (rules.stream().noneMatch(rule -> rule.number() == number)) {
          rules.add(AclRule.tcp(number, random.nextBoolean() ? PortRange.single(443) : Traffic.EPHEMERAL,
              Cidr.parse(cidrs[random.nextInt(cidrs.length)]), random.nextBoolean() ? AclAction.ALLOW : AclAction.DENY));
        }
      }
      rules.sort(null);
      Topology next = topology.with(inbound ? acl.withRules(rules, acl.outbound()) : acl.withRules(acl.inbound(), rules));
      matrix = matrix.update(next);
      assertEquals(PathMatrix.of(next).answers(), matrix.answers(), "step " + step);
      if (random.nextInt(3) == 0) {
        // the undo hands back the topology before the edit
        matrix = matrix.update(topology);
        assertEquals(PathMatrix.of(topology).answers(), matrix.answers(), "undo of step " + step);
      } else {
        topology = next;
      }
    }
  }

  private static Topology randomEdit(Topology topology, Random random) {
    List<Element> elements = new ArrayList<>(topology.elements());
    Element chosen = elements.get(random.nextInt(elements.size()));
    switch (random.nextInt(5)) {
      case 0:
        if (chosen instanceof RouteTable table && !table.routes().isEmpty()) {
          return topology.with(table.withRoutes(table.routes().subList(1, table.routes().size())));
        }
        return topology;
      case 1:
        if (chosen instanceof NatGateway nat) {
          return topology.with(nat.withConnectivity(!nat.publicConnectivity(), nat.elasticIp()));
        }
        return topology;
      case 2:
        if (chosen instanceof GatewayEndpoint endpoint) {
          return topology.with(endpoint.withRouteTables(List.of()));
        }
        return topology;
      case 3:
        if (chosen instanceof Subnet subnet && subnet.cidr().prefixLength() < 28 && !topology.contains(ElementId.of(subnet.id() + "x"))) {
          return topology.with(new Subnet(ElementId.of(subnet.id() + "x"), "", subnet.vpcId(),
              subnet.cidr().subnet(subnet.cidr().prefixLength() + 1, 1), subnet.zone()));
        }
        return topology;
      default:
        return chosen.kind() == dev.netwright.model.topology.ElementKind.VPC ? topology : topology.without(chosen.id());
    }
  }
}
