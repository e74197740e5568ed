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

/** CIDR-SIZE: a VPC block or a subnet outside the /16 to /28 that AWS accepts. */
public final class CidrSizeRule implements VpcRule {
  public static final String ID = "CIDR-SIZE";
  static final int WIDEST = 16;
  static final int NARROWEST = 28;

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
    List<Finding> findings = new ArrayList<>();
    Vpc vpc = scope.vpc();
    for (Cidr block : vpc.cidrBlocks()) {
      if (outOfRange(block)) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(vpc.id()),
            "VPC " + Labels.of(vpc) + " has the block " + block + ", but AWS accepts only /16 to /28 for a VPC block; "
                + advice(block) + "."));
      }
    }
    for (Subnet subnet : scope.subnets()) {
      if (outOfRange(subnet.cidr())) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(subnet.id(), vpc.id()),
            "Subnet " + Labels.of(subnet) + " has the block " + subnet.cidr() + ", but AWS accepts only /16 to /28 for a subnet; "
                + advice(subnet.cidr()) + "."));
      }
    }
    return findings;
  }

  private static boolean outOfRange(Cidr cidr) {
    return cidr.prefixLength() < WIDEST || cidr.prefixLength() > NARROWEST;
  }

  private static String advice(Cidr cidr) {
    return cidr.prefixLength() < WIDEST
        ? "split it into /16 blocks or narrower (a /16 holds 65,536 addresses)"
        : "widen it to /28 or wider (a /28 holds 16 addresses, 11 usable)";
  }
}
