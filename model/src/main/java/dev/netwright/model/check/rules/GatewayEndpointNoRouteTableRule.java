package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.GatewayEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * GATEWAY-ENDPOINT-NO-ROUTE-TABLE (warning): a gateway endpoint on no route table. Traffic reaches a
 * gateway endpoint only through the prefix-list route it adds to its tables, so no subnet uses it.
 */
public final class GatewayEndpointNoRouteTableRule implements VpcRule {
  public static final String ID = "GATEWAY-ENDPOINT-NO-ROUTE-TABLE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      if (endpoint.routeTableIds().isEmpty()) {
        findings.add(new Finding(ID, Severity.WARNING, List.of(endpoint.id(), scope.vpc().id()),
            "Gateway endpoint " + Labels.of(endpoint) + " is associated with no route table, so no subnet sends traffic"
                + " through it; associate it with the route tables of the subnets that use " + endpoint.service() + "."));
      }
    }
    return findings;
  }
}
