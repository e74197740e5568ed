package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SUBNET-OUTSIDE-VPC: a subnet whose block lies in none of its VPC's blocks. */
public final class SubnetOutsideVpcRule implements VpcRule {
  public static final String ID = "SUBNET-OUTSIDE-VPC";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    Vpc vpc = scope.vpc();
    List<Finding> findings = new ArrayList<>();
    for (Subnet subnet : scope.subnets()) {
      if (vpc.cidrBlocks().stream().noneMatch(block -> block.contains(subnet.cidr()))) {
        String blocks = vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", "));
        findings.add(new Finding(ID, Severity.ERROR, List.of(subnet.id(), vpc.id()),
            "Subnet " + Labels.of(subnet) + " has the block " + subnet.cidr() + ", which lies outside VPC " + Labels.of(vpc)
                + " (" + blocks + "); give the subnet a block inside the VPC's, or add a VPC block that holds "
                + subnet.cidr() + "."));
      }
    }
    return findings;
  }
}
