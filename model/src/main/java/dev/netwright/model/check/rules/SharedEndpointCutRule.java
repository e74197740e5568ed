package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.path.TransitRoutes;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TGW-SHARED-ENDPOINT-CUT: a spoke set up to use a shared interface endpoint (a private hosted
 * zone associated with the spoke names the endpoint, in another VPC attached to the same transit
 * gateway) whose attachment's route table has no route to the endpoint, a blackhole for it, or a
 * route to another attachment.
 */
public final class SharedEndpointCutRule implements PartedRule {
  public static final String ID = "TGW-SHARED-ENDPOINT-CUT";

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
    return spoke(scope.vpc().id(), design);
  }

  /** The spokes named by a zone that are no VPC of the design. */
  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    java.util.Set<ElementId> missing = new java.util.LinkedHashSet<>();
    design.hostedZones().forEach(zone -> zone.vpcIds().forEach(vpc -> {
      if (design.scope(vpc).isEmpty()) {
        missing.add(vpc);
      }
    }));
    missing.forEach(vpc -> findings.addAll(spoke(vpc, design)));
    return findings;
  }

  /** The findings of one spoke: for each zone associated with it, each record naming an endpoint of another VPC. */
  private static List<Finding> spoke(ElementId spoke, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    if (design.hostedZones().isEmpty() || !design.hasTransitGateways()) {
      return findings;
    }
    TransitRoutes routes = design.routes();
    for (HostedZone zone : design.hostedZonesOf(spoke)) {
      for (AliasRecord record : zone.records()) {
        Optional<InterfaceEndpoint> endpoint = design.find(record.endpointId(), InterfaceEndpoint.class);
        Optional<Integer> address = endpoint.flatMap(found -> TransitChecks.addressOf(design, found));
        if (address.isEmpty() || spoke.equals(endpoint.get().vpcId())) {
          continue;
        }
        List<TransitGatewayVpcAttachment> hub = design.attachmentsOfVpc(endpoint.get().vpcId());
        for (ElementId member : zone.vpcIds()) {
          if (member.equals(spoke)) {
            TransitChecks.sharedGateway(routes, spoke, hub).ifPresent(attachment ->
                cut(design, routes, zone, record, endpoint.get(), spoke, attachment, address.get()).ifPresent(findings::add));
          }
        }
      }
    }
    return findings;
  }

  private static Optional<Finding> cut(DesignReads design, TransitRoutes routes, HostedZone zone, AliasRecord record,
      InterfaceEndpoint endpoint, ElementId spoke, TransitGatewayVpcAttachment attachment, int address) {
    ElementId table = routes.tableOf(attachment.id(), attachment.transitGatewayId());
    if (table == null) {
      return Optional.empty();
    }
    TransitRoutes.Entry route = routes.lookup(table, address);
    String why;
    if (route == null) {
      why = "has no route to it";
    } else if (route.blackhole()) {
      why = "drops it: its route " + route.destination() + " is a blackhole";
    } else {
      Optional<TransitGatewayAttachment> to = design.find(route.attachment(), TransitGatewayAttachment.class);
      boolean reaches = to.filter(TransitGatewayVpcAttachment.class::isInstance)
          .map(found -> ((TransitGatewayVpcAttachment) found).vpcId().equals(endpoint.vpcId())).orElse(false);
      if (reaches) {
        return Optional.empty();
      }
      why = "sends it to " + route.attachment() + ", not to " + endpoint.vpcId();
    }
    return Optional.of(new Finding(ID, Severity.ERROR, List.of(spoke, table, endpoint.id()), "VPC " + spoke + " is set up to use"
        + " the shared endpoint " + Labels.of(endpoint) + " (private hosted zone " + Labels.of(zone) + " answers " + record.recordName()
        + " with it), but transit gateway route table " + table + " of its attachment " + attachment.id() + " " + why
        + ", so the spoke cannot reach the endpoint; route " + endpoint.vpcId() + "'s block to its attachment there."));
  }
}
