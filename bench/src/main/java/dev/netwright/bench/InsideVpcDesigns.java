package dev.netwright.bench;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.path.Traffic;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DesignGenerator}'s designs with what lives inside the subnets: a network ACL of its own on
 * every subnet (everything within 10.0.0.0/8 both ways, HTTPS out and the ephemeral replies in) and
 * two workloads in each (an EC2 instance in the app group, an ECS task in the web group).
 */
public final class InsideVpcDesigns {
  private InsideVpcDesigns() {
  }

  public static Topology generate(int subnets) {
    Topology base = DesignGenerator.generate(subnets);
    List<Element> added = new ArrayList<>();
    for (Subnet subnet : base.subnets()) {
      String vpcIndex = subnet.vpcId().value().substring("Vpc-".length());
      added.add(new NetworkAcl(ElementId.of(subnet.id().value() + "-acl"), "", subnet.vpcId(), false, inbound(), outbound(),
          List.of(subnet.id())));
      added.add(new Workload(ElementId.of(subnet.id().value() + "-i1"), "", WorkloadType.EC2_INSTANCE, subnet.id(), null, false,
          List.of(ElementId.of("AppSg-" + vpcIndex))));
      added.add(new Workload(ElementId.of(subnet.id().value() + "-t1"), "", WorkloadType.ECS_TASK, subnet.id(), null, false,
          List.of(ElementId.of("WebSg-" + vpcIndex))));
    }
    return base.with(added, List.of());
  }

  static List<AclRule> inbound() {
    return List.of(new AclRule(100, dev.netwright.model.Protocol.ALL, null, -1, Cidr.parse("10.0.0.0/8"), AclAction.ALLOW),
        AclRule.tcp(110, Traffic.EPHEMERAL, Cidr.ANYWHERE, AclAction.ALLOW));
  }

  static List<AclRule> outbound() {
    return List.of(new AclRule(100, dev.netwright.model.Protocol.ALL, null, -1, Cidr.parse("10.0.0.0/8"), AclAction.ALLOW),
        AclRule.tcp(110, PortRange.single(443), Cidr.ANYWHERE, AclAction.ALLOW),
        AclRule.tcp(120, Traffic.EPHEMERAL, Cidr.ANYWHERE, AclAction.ALLOW));
  }

  /** The one edit: the ACL of the middle VPC's private zone-a subnet loses its HTTPS rule. */
  public static Topology dropHttpsOut(Topology design) {
    int v = design.vpcs().size() / 2;
    NetworkAcl acl = design.require(ElementId.of("PrivateA-" + v + "-acl"), NetworkAcl.class);
    return design.with(acl.withRules(acl.inbound(), List.of(acl.outbound().get(0), acl.outbound().get(2))));
  }
}
