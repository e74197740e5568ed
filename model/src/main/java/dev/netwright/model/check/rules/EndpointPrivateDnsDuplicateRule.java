package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ENDPOINT-PRIVATE-DNS-DUPLICATE: two interface endpoints for one service with private DNS on in one VPC (cfn-lint E3064). */
public final class EndpointPrivateDnsDuplicateRule implements VpcRule {
  public static final String ID = "ENDPOINT-PRIVATE-DNS-DUPLICATE";

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
    Map<String, List<InterfaceEndpoint>> byVpcAndService = new LinkedHashMap<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (endpoint.privateDns()) {
        byVpcAndService.computeIfAbsent(endpoint.vpcId() + " " + ServiceName.shortName(endpoint.service()), key -> new ArrayList<>())
            .add(endpoint);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byVpcAndService.values().stream().filter(endpoints -> endpoints.size() > 1).forEach(endpoints -> {
      InterfaceEndpoint first = endpoints.get(0);
      List<ElementId> ids = endpoints.stream().map(InterfaceEndpoint::id).toList();
      findings.add(new Finding(ID, Severity.ERROR, ids, "Interface endpoints " + String.join(", ", endpoints.stream().map(Labels::of)
          .toList()) + " of VPC " + first.vpcId() + " are all for " + first.service() + " with private DNS on, but only one endpoint"
          + " per service can hold the service's private DNS name in a VPC; AWS refuses the second. Turn private DNS off on all"
          + " but one, or delete the extra endpoints."));
    });
    return findings;
  }
}
