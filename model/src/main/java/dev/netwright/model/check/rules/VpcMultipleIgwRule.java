package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InternetGateway;
import java.util.ArrayList;
import java.util.List;

/** VPC-MULTIPLE-IGW: more than one internet gateway attached to a VPC (AWS attaches one at most). */
public final class VpcMultipleIgwRule implements VpcRule {
  public static final String ID = "VPC-MULTIPLE-IGW";

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
    List<InternetGateway> gateways = scope.internetGateways();
    if (gateways.size() < 2) {
      return List.of();
    }
    List<ElementId> elements = new ArrayList<>();
    gateways.forEach(gateway -> elements.add(gateway.id()));
    elements.add(scope.vpc().id());
    List<String> extra = gateways.subList(1, gateways.size()).stream().map(Labels::of).toList();
    return List.of(new Finding(ID, Severity.ERROR, elements,
        "VPC " + Labels.of(scope.vpc()) + " has " + gateways.size() + " internet gateways ("
            + String.join(", ", gateways.stream().map(Labels::of).toList())
            + "), but AWS attaches at most one to a VPC; delete " + String.join(", ", extra)
            + " and point its routes at " + Labels.of(gateways.get(0)) + "."));
  }
}
