package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.FreeBlocks;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.OverlapSweep;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;

/** CIDR-OVERLAP: two subnets of one VPC whose blocks overlap (AWS refuses the second). */
public final class SubnetOverlapRule implements VpcRule {
  public static final String ID = "CIDR-OVERLAP";

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
    List<OverlapSweep.Pair<Subnet>> pairs = OverlapSweep.pairs(scope.subnets(), Subnet::cidr);
    if (pairs.isEmpty()) {
      return List.of();
    }
    List<Cidr> used = scope.subnets().stream().map(Subnet::cidr).toList();
    List<Finding> findings = new ArrayList<>();
    for (OverlapSweep.Pair<Subnet> pair : pairs) {
      Subnet wider = pair.first();
      Subnet inner = pair.second();
      String room = FreeBlocks.first(scope.vpc().cidrBlocks(), used, inner.cidr().prefixLength())
          .map(free -> " such as " + free).orElse(" (the VPC has no free /" + inner.cidr().prefixLength() + " left: add a block)");
      findings.add(new Finding(ID, Severity.ERROR, List.of(inner.id(), wider.id(), scope.vpc().id()),
          "Subnets " + Labels.of(inner) + " (" + inner.cidr() + ") and " + Labels.of(wider) + " (" + wider.cidr()
              + ") overlap in VPC " + Labels.of(scope.vpc()) + "; move " + Labels.of(inner)
              + " to a block no other subnet of the VPC uses" + room + "."));
    }
    return findings;
  }
}
