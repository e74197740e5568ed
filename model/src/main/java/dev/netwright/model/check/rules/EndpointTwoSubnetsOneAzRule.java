package dev.netwright.model.check.rules;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** ENDPOINT-TWO-SUBNETS-ONE-AZ: an interface endpoint given two subnets of one Availability Zone. */
public final class EndpointTwoSubnetsOneAzRule implements VpcRule {
  public static final String ID = "ENDPOINT-TWO-SUBNETS-ONE-AZ";

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
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (endpoint.subnetIds().size() < 2) {
        continue;
      }
      Map<AvailabilityZone, List<Subnet>> byZone = new TreeMap<>();
      for (ElementId subnetId : endpoint.subnetIds()) {
        scope.find(subnetId, Subnet.class)
            .ifPresent(subnet -> byZone.computeIfAbsent(subnet.zone(), zone -> new ArrayList<>()).add(subnet));
      }
      byZone.forEach((zone, subnets) -> {
        if (subnets.size() > 1) {
          List<ElementId> elements = new ArrayList<>();
          elements.add(endpoint.id());
          subnets.forEach(subnet -> elements.add(subnet.id()));
          findings.add(new Finding(ID, Severity.ERROR, elements,
              "Interface endpoint " + Labels.of(endpoint) + " has " + subnets.size() + " subnets in " + zone + " ("
                  + String.join(", ", subnets.stream().map(Labels::of).toList())
                  + "), but AWS allows one subnet per Availability Zone; keep one of them."));
        }
      });
    }
    return findings;
  }
}
