package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * INTERFACE-ENDPOINT-DEFAULT-SG (warning): an interface endpoint with no security group named. AWS
 * then silently attaches the VPC's default security group, whose rules the design does not show.
 */
public final class InterfaceEndpointDefaultSgRule implements VpcRule {
  public static final String ID = "INTERFACE-ENDPOINT-DEFAULT-SG";

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
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (endpoint.securityGroupIds().isEmpty()) {
        findings.add(new Finding(ID, Severity.WARNING, List.of(endpoint.id(), scope.vpc().id()),
            "Interface endpoint " + Labels.of(endpoint) + " names no security group, so AWS attaches the default security"
                + " group of VPC " + Labels.of(scope.vpc()) + "; give it a security group that admits TCP 443 from its clients."));
      }
    }
    return findings;
  }
}
