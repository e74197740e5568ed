package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
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
public final class SharedEndpointPublicDnsRule implements PartedRule {
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
  public List<Finding> check(VpcScope scope, DesignReads design) {
    return spoke(scope.vpc().id(), scope.routeTables(), scope.interfaceEndpoints(), design);
  }

  /** The attached VPCs that do not exist (their route tables and endpoints name them). */
  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    Set<ElementId> missing = new java.util.LinkedHashSet<>();
    for (var attachment : design.transitGatewayAttachments()) {
      if (attachment instanceof TransitGatewayVpcAttachment vpcAttachment && design.scope(vpcAttachment.vpcId()).isEmpty()) {
        missing.add(vpcAttachment.vpcId());
      }
    }
    missing.forEach(vpc -> findings.addAll(spoke(vpc, design.routeTablesOf(vpc), design.interfaceEndpointsOf(vpc), design)));
    return findings;
  }

  private static List<Finding> spoke(ElementId vpc, List<RouteTable> tables, List<InterfaceEndpoint> own, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    if (design.hostedZones().isEmpty() || !design.hasTransitGateways()) {
      return findings;
    }
    Set<ElementId> defaultTargets = new HashSet<>();
    for (RouteTable table : tables) {
      for (Route route : table.routes()) {
        if (route.destination().text().equals("0.0.0.0/0")) {
          defaultTargets.add(route.target());
        }
      }
    }
    if (defaultTargets.isEmpty()) {
      return findings;
    }
    List<HostedZone> associated = design.hostedZonesOf(vpc);
    for (HostedZone zone : design.hostedZones()) {
      if (associated.stream().anyMatch(mine -> mine == zone)) {
        continue;
      }
      for (AliasRecord record : zone.records()) {
        if (!record.recordName().equals(zone.domain())) {
          continue;
        }
        design.find(record.endpointId(), InterfaceEndpoint.class).ifPresent(endpoint -> {
          if (endpoint.vpcId().equals(vpc)) {
            return;
          }
          for (TransitGatewayVpcAttachment hub : design.attachmentsOfVpc(endpoint.vpcId())) {
            for (TransitGatewayVpcAttachment spoke : design.attachmentsOfVpc(vpc)) {
              if (spoke.transitGatewayId().equals(hub.transitGatewayId()) && defaultTargets.contains(hub.transitGatewayId())
                  && resolvesPublicly(design, vpc, own, endpoint, zone.domain())) {
                findings.add(new Finding(ID, Severity.WARNING, List.of(vpc, zone.id(), endpoint.id()), "VPC " + vpc
                    + " is attached to transit gateway " + hub.transitGatewayId() + " with the shared endpoint " + Labels.of(endpoint)
                    + ", but private hosted zone " + Labels.of(zone) + " is not associated with it, so " + zone.domain()
                    + " resolves to the public service there and its traffic leaves by the VPC's default route (a NAT gateway's"
                    + " processing, the internet) instead of the endpoint. Associate the zone with " + vpc + "."));
              }
            }
          }
        });
      }
    }
    return findings;
  }

  private static boolean resolvesPublicly(DesignReads design, ElementId vpc, List<InterfaceEndpoint> own, InterfaceEndpoint shared,
      String domain) {
    if (design.hostedZonesOf(vpc).stream().anyMatch(zone -> zone.covers(domain))) {
      return false;
    }
    String service = ServiceName.shortName(shared.service());
    return own.stream().noneMatch(mine -> mine.privateDns() && ServiceName.shortName(mine.service()).equals(service));
  }
}
