package dev.netwright.model.check.rules;

import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GATEWAY-ENDPOINT-REGION: a gateway endpoint for a service of another region. Gateway endpoints
 * reach their service in the VPC's own region only.
 */
public final class GatewayEndpointRegionRule implements VpcRule {
  public static final String ID = "GATEWAY-ENDPOINT-REGION";

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
    Region home = scope.vpc().region();
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      Optional<Region> region = ServiceName.regionOf(endpoint.service());
      if (region.isPresent() && !region.get().equals(home)) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(endpoint.id(), scope.vpc().id()),
            "Gateway endpoint " + Labels.of(endpoint) + " is for " + endpoint.service() + " in " + region.get() + ", but VPC "
                + Labels.of(scope.vpc()) + " is in " + home + " and gateway endpoints reach only their own region; use "
                + ServiceName.full(home, ServiceName.shortName(endpoint.service()))
                + ", or an interface endpoint for cross-region access."));
      }
    }
    return findings;
  }
}
