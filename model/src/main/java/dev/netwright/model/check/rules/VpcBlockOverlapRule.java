package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.OverlapSweep;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import java.util.ArrayList;
import java.util.List;

/** VPC-BLOCK-OVERLAP: two CIDR blocks of one VPC that overlap (AWS refuses the second). */
public final class VpcBlockOverlapRule implements VpcRule {
  public static final String ID = "VPC-BLOCK-OVERLAP";

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
    for (OverlapSweep.Pair<Cidr> pair : OverlapSweep.pairs(scope.vpc().cidrBlocks(), block -> block)) {
      findings.add(new Finding(ID, Severity.ERROR, List.of(scope.vpc().id()),
          "VPC " + Labels.of(scope.vpc()) + " has the overlapping blocks " + pair.first() + " and " + pair.second()
              + "; remove " + pair.second() + " or replace it with a block that overlaps no other block of the VPC."));
    }
    return findings;
  }
}
