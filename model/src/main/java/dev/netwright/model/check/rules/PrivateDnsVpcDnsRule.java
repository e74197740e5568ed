package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * PRIVATE-DNS-VPC-DNS: an interface endpoint with private DNS on in a VPC without DNS support or DNS
 * hostnames. AWS refuses to enable private DNS then.
 */
public final class PrivateDnsVpcDnsRule implements VpcRule {
  public static final String ID = "PRIVATE-DNS-VPC-DNS";

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
    Vpc vpc = scope.vpc();
    if (vpc.dnsSupport() && vpc.dnsHostnames()) {
      return List.of();
    }
    String missing = !vpc.dnsSupport() && !vpc.dnsHostnames() ? "DNS support and DNS hostnames"
        : !vpc.dnsSupport() ? "DNS support" : "DNS hostnames";
    List<Finding> findings = new ArrayList<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (endpoint.privateDns()) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(endpoint.id(), vpc.id()),
            "Interface endpoint " + Labels.of(endpoint) + " has private DNS on, but VPC " + Labels.of(vpc) + " has " + missing
                + " off, and AWS enables private DNS only when both are on; turn on " + missing
                + " for the VPC, or turn private DNS off."));
      }
    }
    return findings;
  }
}
