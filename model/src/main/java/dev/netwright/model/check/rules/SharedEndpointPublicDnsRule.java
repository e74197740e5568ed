package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignRule;
import dev.netwright.model.check.DesignScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SHARED-ENDPOINT-PUBLIC-DNS: a spoke (a VPC whose default route goes to the transit gateway of a
 * shared interface endpoint
 * (one a private hosted zone answers for, associated with other VPCs)) that is not associated with
 * that zone and has no endpoint of its own with private DNS for the service: there the service's
 * name resolves to its public addresses, so the traffic the design meant to keep private leaves by
 * the VPC's default route (through a NAT gateway, paying its processing) instead.
 */
public final class SharedEndpointPublicDnsRule implements DesignRule {
  public static final String ID = "SHARED-ENDPOINT-PUBLIC-DNS";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(DesignScope design) {
    Topology topology = design.topology();
    List<Finding> findings = new ArrayList<>();
    if (topology.hostedZones().isEmpty() || topology.transitGateways().isEmpty()) {
      return findings;
    }
    Set<String> spokes = new HashSet<>();
    for (dev.netwright.model.topology.RouteTable table : topology.routeTables()) {
      for (dev.netwright.model.topology.Route route : table.routes()) {
        if (route.destination().text().equals("0.0.0.0/0")) {
          spokes.add(table.vpcId() + " " + route.target());
        }
      }
    }
    for (HostedZone zone : topology.hostedZones()) {
      for (AliasRecord record : zone.records()) {
        if (!record.recordName().equals(zone.domain())) {
          continue;
        }
        topology.find(record.endpointId(), InterfaceEndpoint.class).ifPresent(endpoint -> {
          Set<ElementId> associated = new HashSet<>(zone.vpcIds());
          for (TransitGatewayVpcAttachment hub : topology.attachmentsOfVpc(endpoint.vpcId())) {
            for (var attachment : topology.attachmentsOf(hub.transitGatewayId())) {
              if (attachment instanceof TransitGatewayVpcAttachment spoke && !associated.contains(spoke.vpcId())
                  && !spoke.vpcId().equals(endpoint.vpcId()) && spokes.contains(spoke.vpcId() + " " + hub.transitGatewayId())
                  && resolvesPublicly(topology, spoke.vpcId(), endpoint, zone.domain())) {
                findings.add(new Finding(ID, Severity.WARNING, List.of(spoke.vpcId(), zone.id(), endpoint.id()), "VPC " + spoke.vpcId()
                    + " is attached to transit gateway " + hub.transitGatewayId() + " with the shared endpoint " + Labels.of(endpoint)
                    + ", but private hosted zone " + Labels.of(zone) + " is not associated with it, so " + zone.domain()
                    + " resolves to the public service there and its traffic leaves by the VPC's default route (a NAT gateway's"
                    + " processing, the internet) instead of the endpoint. Associate the zone with " + spoke.vpcId() + "."));
              }
            }
          }
        });
      }
    }
    return findings;
  }

  private static boolean resolvesPublicly(Topology topology, ElementId vpc, InterfaceEndpoint shared, String domain) {
    if (TransitChecks.zoneFor(topology, vpc, domain).isPresent()) {
      return false;
    }
    String service = ServiceName.shortName(shared.service());
    return topology.interfaceEndpoints().stream().noneMatch(own -> own.vpcId().equals(vpc) && own.privateDns()
        && ServiceName.shortName(own.service()).equals(service));
  }
}
