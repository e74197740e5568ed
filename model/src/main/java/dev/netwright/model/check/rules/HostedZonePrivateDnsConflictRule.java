package dev.netwright.model.check.rules;

import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.List;

/**
 * HOSTED-ZONE-PRIVATE-DNS-CONFLICT: a private hosted zone for a service's name associated with a
 * VPC in which an interface endpoint for that service has private DNS on. AWS refuses the
 * conflicting domain; the shared endpoint should have private DNS off, the zone answering for it.
 */
public final class HostedZonePrivateDnsConflictRule implements PartedRule {
  public static final String ID = "HOSTED-ZONE-PRIVATE-DNS-CONFLICT";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    if (design.hostedZones().isEmpty()) {
      return findings;
    }
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (!endpoint.privateDns()) {
        continue;
      }
      String name = ServiceName.hostname(ServiceName.regionOf(endpoint.service()).orElse(scope.vpc().region()),
          ServiceName.shortName(endpoint.service()));
      design.hostedZonesOf(endpoint.vpcId()).stream().filter(zone -> zone.covers(name)).findFirst()
          .ifPresent(zone -> findings.add(new Finding(ID, Severity.ERROR, List.of(zone.id(), endpoint.id()), "Private hosted zone "
              + Labels.of(zone) + " (" + zone.domain() + ") is associated with VPC " + endpoint.vpcId() + ", where interface endpoint "
              + Labels.of(endpoint) + " has private DNS on for the same name; AWS refuses the conflicting domain. Turn private DNS"
              + " off on the endpoint (the zone's alias record answers for it) or take the zone off " + endpoint.vpcId() + ".")));
    }
    return findings;
  }
}
