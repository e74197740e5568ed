package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GATEWAY-ENDPOINT-DUPLICATE: two gateway endpoints for one service attached to one route table (AWS refuses the second route). */
public final class GatewayEndpointDuplicateRule implements VpcRule {
  public static final String ID = "GATEWAY-ENDPOINT-DUPLICATE";

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
    Map<String, List<GatewayEndpoint>> byTableAndService = new LinkedHashMap<>();
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      for (ElementId table : endpoint.routeTableIds()) {
        byTableAndService.computeIfAbsent(table + " " + ServiceName.shortName(endpoint.service()), key -> new ArrayList<>()).add(endpoint);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byTableAndService.forEach((key, endpoints) -> {
      if (endpoints.size() > 1) {
        String table = key.substring(0, key.indexOf(' '));
        List<ElementId> ids = new ArrayList<>();
        ids.add(ElementId.of(table));
        endpoints.forEach(endpoint -> ids.add(endpoint.id()));
        findings.add(new Finding(ID, Severity.ERROR, ids, "Route table " + table + " is associated with gateway endpoints "
            + String.join(", ", endpoints.stream().map(Labels::of).toList()) + ", all for " + endpoints.get(0).service()
            + "; a route table takes one route to a service's prefix list, so AWS refuses the second. Detach all but one."));
      }
    });
    return findings;
  }
}
