package dev.netwright.model.check;

import static dev.netwright.model.check.Baseline.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckSessionTest {
  @Test
  void check_afterEachOfManyRandomEdits_givesWhatAFreshRunGives() {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int seed = 1; seed <= 8; seed++) {
      Random random = new Random(seed);
      // odd seeds list every element before its VPC, so grouping takes its second look
      Topology topology = seed % 2 == 0 ? design() : reversed(design());
      CheckSession session = new CheckSession(Checks.all());
      assertEquals(Checks.run(topology), session.check(topology));
      for (int step = 0; step < 30; step++) {
        topology = edit(topology, random);
        List<Finding> fresh = Checks.run(topology);
        assertEquals(fresh, session.check(topology), "seed " + seed + ", step " + step);
        fresh.forEach(finding -> seen.add(finding.rule()));
      }
    }
    assertFalse(seen.size() < 12, "the random edits should exercise many rules, saw " + seen);
    assertTrue(seen.contains(StructureRule.ID), "the random edits should break references too, saw " + seen);
  }

  @Test
  void check_sameTopologyTwice_returnsEqualFindings() {
    Topology topology = Baseline.with(Baseline.NAT.withConnectivity(true, ""));
    CheckSession session = new CheckSession(Checks.all());
    List<Finding> first = session.check(topology);
    assertEquals(first, session.check(topology));
    assertEquals(1, first.size());
  }

  @Test
  void check_findingsOfAnUntouchedVpc_areReusedNotRecomputed() {
    Topology topology = design();
    CheckSession session = new CheckSession(Checks.all());
    List<Finding> before = session.check(topology);
    Subnet subnet = topology.require(id("B-S1"), Subnet.class);
    List<Finding> after = session.check(topology.with(subnet.withName("renamed")));
    List<Finding> ofA = before.stream().filter(finding -> finding.elements().get(0).value().startsWith("A-")).toList();
    for (Finding finding : ofA) {
      assertSame(finding, after.stream().filter(finding::equals).findFirst().orElseThrow());
    }
  }

  @Test
  void check_afterEachOfManyRandomAclAndWorkloadEdits_givesWhatAFreshRunGives() {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int seed = 1; seed <= 8; seed++) {
      Random random = new Random(seed);
      Topology topology = insideVpcDesign("A", "B", "C");
      CheckSession session = new CheckSession(Checks.all());
      assertEquals(Checks.run(topology), session.check(topology));
      for (int step = 0; step < 40; step++) {
        topology = random.nextInt(5) == 0 ? edit(topology, random) : insideVpcEdit(topology, random);
        List<Finding> fresh = Checks.run(topology);
        assertEquals(fresh, session.check(topology), "seed " + seed + ", step " + step);
        fresh.forEach(finding -> seen.add(finding.rule()));
      }
    }
    for (String rule : List.of("ACL-BLOCKS-ENDPOINT", "WORKLOAD-SG-BLOCKS-ENDPOINT", "ACL-REPLIES-BLOCKED", "ACL-RULE-SHADOWED")) {
      assertTrue(seen.contains(rule), "the random edits should bring up " + rule + ", saw " + seen);
    }
  }

  @Test
  void check_manyVpcsFromScratchAndAfterAnEdit_givesWhatEachRuleGivesAlone() {
    // enough VPCs for the session to check them on every core
    List<String> names = new ArrayList<>();
    for (int vpc = 0; vpc < 36; vpc++) {
      names.add("V" + vpc);
    }
    Topology topology = insideVpcDesign(names.toArray(String[]::new));
    List<Finding> expected = new ArrayList<>();
    for (Rule rule : Checks.all()) {
      expected.addAll(rule.check(topology));
    }
    expected.sort(Checks.ORDER);
    CheckSession session = new CheckSession(Checks.all());
    assertEquals(expected, session.check(topology));
    Topology edited = insideVpcEdit(topology, new Random(3));
    assertEquals(Checks.run(edited), session.check(edited));
  }

  /** {@link #design()} with network ACLs on every subnet, two kinds of workload group and workloads in the private subnets. */
  static Topology insideVpcDesign(String... names) {
    List<Element> elements = new ArrayList<>(design(names).elements());
    for (String p : names) {
      ElementId vpc = id(p);
      elements.add(new NetworkAcl(id(p + "-Acl"), "", vpc, false,
          List.of(aclRule(100, "0-65535", "10.0.0.0/8", true), aclRule(110, "1024-65535", "0.0.0.0/0", true)),
          List.of(aclRule(100, "0-65535", "10.0.0.0/8", true), aclRule(110, "443", "0.0.0.0/0", true)),
          List.of(id(p + "-S1"), id(p + "-S2"))));
      elements.add(new NetworkAcl(id(p + "-Open"), "", vpc, true, List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)),
          List.of(id(p + "-S0"), id(p + "-S3"))));
      elements.add(new SecurityGroup(id(p + "-App"), "", vpc, "", List.of(), List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")))));
      elements.add(new SecurityGroup(id(p + "-Web"), "", vpc, "", List.of(SecurityRule.tcp(443, RulePeer.parse("0.0.0.0/0"))),
          List.of(SecurityRule.tcp(443, RulePeer.parse("10.0.0.0/8")))));
      elements.add(new Workload(id(p + "-W1"), "", WorkloadType.EC2_INSTANCE, id(p + "-S1"), null, false, List.of(id(p + "-App"))));
      elements.add(new Workload(id(p + "-W2"), "", WorkloadType.ECS_TASK, id(p + "-S2"), null, false, List.of(id(p + "-Web"))));
      elements.add(new Workload(id(p + "-W3"), "", WorkloadType.LAMBDA, id(p + "-S1"), null, false, List.of(id(p + "-Web"), id(p + "-App"))));
    }
    return Topology.of(elements);
  }

  private static AclRule aclRule(int number, String ports, String cidr, boolean allow) {
    return AclRule.tcp(number, PortRange.parse(ports), Cidr.parse(cidr), allow ? AclAction.ALLOW : AclAction.DENY);
  }

  /** One random edit of an ACL, a workload or a workload's group: rules, associations, groups, subnets, additions and deletions. */
  static Topology insideVpcEdit(Topology topology, Random random) {
    List<NetworkAcl> acls = topology.networkAcls();
    List<Workload> workloads = topology.workloads();
    List<SecurityGroup> groups = topology.securityGroups();
    List<Subnet> subnets = topology.subnets();
    int choice = random.nextInt(12);
    if (choice < 4 && !acls.isEmpty()) {
      NetworkAcl acl = acls.get(random.nextInt(acls.size()));
      List<AclRule> inbound = new ArrayList<>(acl.inbound());
      List<AclRule> outbound = new ArrayList<>(acl.outbound());
      List<AclRule> side = random.nextBoolean() ? inbound : outbound;
      if (choice == 0 && !side.isEmpty()) {
        side.remove(random.nextInt(side.size()));
      } else if (choice == 1) {
        String[] ports = {"443", "22", "0-65535", "1024-65535", "3389"};
        String[] cidrs = {"0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "52.0.0.0/8"};
        int number = 10 * (1 + random.nextInt(25));
        if (side.stream().noneMatch(rule -> rule.number() == number)) {
          side.add(aclRule(number, ports[random.nextInt(ports.length)], cidrs[random.nextInt(cidrs.length)], random.nextBoolean()));
        }
      } else if (choice == 2) {
        // move a subnet of the VPC from another ACL to this one: two ACLs change in one edit
        List<Subnet> own = subnets.stream().filter(subnet -> subnet.vpcId().equals(acl.vpcId())).toList();
        if (own.isEmpty()) {
          return topology;
        }
        ElementId subnet = own.get(random.nextInt(own.size())).id();
        List<Element> changed = new ArrayList<>();
        for (NetworkAcl other : acls) {
          if (other != acl && other.subnetIds().contains(subnet)) {
            changed.add(other.withSubnetIds(other.subnetIds().stream().filter(id -> !id.equals(subnet)).toList()));
          }
        }
        if (!acl.subnetIds().contains(subnet)) {
          List<ElementId> mine = new ArrayList<>(acl.subnetIds());
          mine.add(subnet);
          changed.add(acl.withSubnetIds(mine));
        }
        return topology.with(changed, List.of());
      } else {
        return topology.with(acl.withDefault(!acl.isDefault()));
      }
      inbound.sort(null);
      outbound.sort(null);
      return topology.with(acl.withRules(inbound, outbound));
    }
    if (choice < 9 && !workloads.isEmpty()) {
      Workload workload = workloads.get(random.nextInt(workloads.size()));
      Subnet subnet = subnets.get(random.nextInt(subnets.size()));
      return switch (choice) {
        case 4 -> topology.with(workload.withSecurityGroups(random.nextBoolean() ? List.of()
            : List.of(groups.get(random.nextInt(groups.size())).id())));
        case 5 -> topology.with(new Workload(workload.id(), workload.name(), workload.type(), subnet.id(), null, false,
            workload.securityGroupIds()));
        case 6 -> topology.with(workload.withAddress(new IpAddress(subnet.cidr().firstAddress() + 9), random.nextBoolean()));
        case 7 -> topology.without(workload.id());
        default -> topology.with(new Workload(id("New" + random.nextInt(1000)), "", WorkloadType.EC2_INSTANCE, subnet.id(), null, false,
            List.of(groups.get(random.nextInt(groups.size())).id())));
      };
    }
    SecurityGroup group = groups.get(random.nextInt(groups.size()));
    List<SecurityRule> egress = random.nextBoolean() ? List.of(SecurityRule.tcp(443, RulePeer.parse("10.0.0.0/8")))
        : List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")));
    return topology.with(new SecurityGroup(group.id(), group.name(), group.vpcId(), group.description(),
        random.nextBoolean() ? group.ingress() : List.of(), egress));
  }

  /** Three VPCs (two peered, one behind a VPN) with a few of everything, some findings included. */
  static Topology design() {
    return design("A", "B", "C");
  }

  /** {@link #design()} with these VPCs: the first two peered, the third behind a VPN gateway. */
  private static Topology design(String... names) {
    List<Element> elements = new ArrayList<>();
    for (int v = 0; v < names.length; v++) {
      String p = names[v];
      Cidr block = Cidr.parse("10." + v + ".0.0/16");
      elements.add(Baseline.vpc(p, block.toString()));
      elements.add(new InternetGateway(id(p + "-Igw"), "", id(p)));
      for (int s = 0; s < 4; s++) {
        elements.add(new Subnet(id(p + "-S" + s), "", id(p), block.subnet(24, s), AvailabilityZone.of("us-east-1" + "abc".charAt(s % 3))));
      }
      elements.add(new NatGateway(id(p + "-Nat"), "", id(p + "-S0"), true, "eipalloc-1"));
      elements.add(Baseline.table(p + "-Pub", p, false, List.of(Route.of("0.0.0.0/0", p + "-Igw")), p + "-S0"));
      elements.add(Baseline.table(p + "-Priv", p, true, List.of(Route.of("0.0.0.0/0", p + "-Nat")), p + "-S1", p + "-S2"));
      elements.add(new GatewayEndpoint(id(p + "-S3e"), "", id(p), "com.amazonaws.us-east-1.s3", List.of(id(p + "-Priv")), ""));
      elements.add(Baseline.group(p + "-Sg", p, dev.netwright.model.topology.SecurityRule.tcp(443,
          dev.netwright.model.topology.RulePeer.parse(block.toString()))));
      elements.add(new InterfaceEndpoint(id(p + "-Ssm"), "", id(p), "com.amazonaws.us-east-1.ssm",
          List.of(id(p + "-S1"), id(p + "-S2")), List.of(id(p + "-Sg")), true, ""));
    }
    elements.add(new PeeringConnection(id("Pcx"), "", id(names[0]), id(names[1])));
    elements.add(new VpnGateway(id(names[2] + "-Vgw"), "", id(names[2]), List.of(Cidr.parse("192.168.0.0/16"))));
    return Topology.of(elements);
  }

  private static Topology reversed(Topology topology) {
    List<Element> elements = new ArrayList<>(topology.elements());
    java.util.Collections.reverse(elements);
    return Topology.of(elements);
  }

  /** One random edit of the kinds a person makes: CIDRs, zones, routes, associations, flags, deletions. */
  static Topology edit(Topology topology, Random random) {
    List<Element> all = new ArrayList<>(topology.elements());
    Element target = all.get(random.nextInt(all.size()));
    int choice = random.nextInt(10);
    if (choice == 0) {
      return deleteLeaf(topology, target);
    }
    if (choice == 1 && !(target instanceof Vpc) && !(target instanceof Subnet)) {
      // a careless delete that leaves references dangling: only the structure rule catches it
      return topology.without(target.id());
    }
    if (target instanceof Subnet subnet) {
      if (choice < 5) {
        Vpc vpc = topology.require(subnet.vpcId(), Vpc.class);
        int prefix = 22 + random.nextInt(9);
        return topology.with(subnet.withCidr(vpc.primaryCidr().subnet(prefix, random.nextInt(8))));
      }
      return topology.with(subnet.withZone(AvailabilityZone.of((random.nextBoolean() ? "us-east-1" : "us-west-2") + "abc".charAt(random.nextInt(3)))));
    }
    if (target instanceof RouteTable table) {
      List<Route> routes = new ArrayList<>(table.routes());
      String[] targets = {"A-Igw", "B-Igw", "C-Nat", "A-Nat", "Pcx", "Gone", "A-S1", "C-Vgw"};
      String[] destinations = {"0.0.0.0/0", "10.1.0.0/16", "169.254.169.0/24", "172.16.0.0/12", "10.0.0.0/16"};
      if (choice < 5 || routes.isEmpty()) {
        routes.add(Route.of(destinations[random.nextInt(destinations.length)], targets[random.nextInt(targets.length)]));
      } else {
        routes.remove(random.nextInt(routes.size()));
      }
      List<ElementId> subnets = new ArrayList<>(table.subnetIds());
      if (choice > 7 && !subnets.isEmpty()) {
        subnets.remove(0);
      } else if (choice == 7) {
        subnets.add(id(random.nextBoolean() ? "B-S3" : "A-S3"));
        subnets = subnets.stream().distinct().toList();
      }
      return topology.with(table.withRoutes(routes).withSubnetIds(subnets).withMain(choice == 6 || table.main()));
    }
    if (target instanceof Vpc vpc) {
      if (choice < 4) {
        return topology.with(vpc.withDns(random.nextBoolean(), random.nextBoolean()));
      }
      List<Cidr> blocks = new ArrayList<>(vpc.cidrBlocks());
      blocks.add(Cidr.parse(random.nextBoolean() ? "10.0.128.0/17" : "10.9.0.0/16"));
      return topology.with(vpc.withCidrBlocks(blocks));
    }
    if (target instanceof NatGateway nat) {
      if (choice == 9) {
        return topology.with(nat.withSubnet(id(random.nextBoolean() ? "Nowhere" : "C-S2")));
      }
      return topology.with(nat.withConnectivity(random.nextBoolean(), random.nextBoolean() ? "" : "eipalloc-2"));
    }
    if (target instanceof GatewayEndpoint endpoint) {
      return topology.with(random.nextBoolean() ? endpoint.withRouteTables(List.of())
          : endpoint.withService(random.nextBoolean() ? "com.amazonaws.eu-west-1.s3" : "com.amazonaws.us-east-1.sqs"));
    }
    if (target instanceof InterfaceEndpoint endpoint) {
      if (choice == 9) {
        return topology.with(endpoint.withSubnets(List.of(id("B-S1"), id("A-S2"))));
      }
      return topology.with(random.nextBoolean() ? endpoint.withSecurityGroups(List.of()) : endpoint.withPrivateDns(!endpoint.privateDns()));
    }
    if (target instanceof InternetGateway gateway) {
      return topology.with(new InternetGateway(id(gateway.id().value() + "x"), "", gateway.vpcId()));
    }
    return topology.with(target.withName("renamed " + random.nextInt(100)));
  }

  private static Topology deleteLeaf(Topology topology, Element target) {
    if (target instanceof Vpc || target instanceof Subnet) {
      return topology;
    }
    List<Element> changed = new ArrayList<>();
    for (Element element : topology.elements()) {
      if (!element.id().equals(target.id()) && element.references().contains(target.id())) {
        changed.add(element.withoutReference(target.id()));
      }
    }
    return topology.with(changed, List.of(target.id()));
  }
}
