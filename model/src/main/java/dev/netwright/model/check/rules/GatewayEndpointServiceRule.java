package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** GATEWAY-ENDPOINT-SERVICE: a gateway endpoint for a service other than S3 or DynamoDB. */
public final class GatewayEndpointServiceRule implements VpcRule {
  public static final String ID = "GATEWAY-ENDPOINT-SERVICE";
  /** The only services AWS offers gateway endpoints for. */
  public static final Set<String> GATEWAY_SERVICES = Set.of("s3", "dynamodb");

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
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      String service = ServiceName.shortName(endpoint.service());
      if (!GATEWAY_SERVICES.contains(service)) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(endpoint.id()),
            "Gateway endpoint " + Labels.of(endpoint) + " is for " + endpoint.service()
                + ", but AWS offers gateway endpoints only for S3 and DynamoDB; use an interface endpoint for " + service + "."));
      }
    }
    return findings;
  }
}
