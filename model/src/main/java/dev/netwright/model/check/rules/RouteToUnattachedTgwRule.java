package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignRule;
import dev.netwright.model.check.DesignScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import java.util.ArrayList;
import java.util.List;

/** TGW-ROUTE-NOT-ATTACHED: a VPC route to a transit gateway the VPC is not attached to. */
public final class RouteToUnattachedTgwRule implements DesignRule {
  public static final String ID = "TGW-ROUTE-NOT-ATTACHED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(DesignScope design) {
    Topology topology = design.topology();
    List<Finding> findings = new ArrayList<>();
    if (topology.transitGateways().isEmpty()) {
      return findings;
    }
    java.util.Set<String> attached = new java.util.HashSet<>();
    topology.transitGatewayVpcAttachments().forEach(attachment -> attached.add(attachment.vpcId() + " " + attachment.transitGatewayId()));
    for (RouteTable table : topology.routeTables()) {
      for (Route route : table.routes()) {
        topology.find(route.target(), TransitGateway.class).ifPresent(gateway -> {
          if (!attached.contains(table.vpcId() + " " + gateway.id())) {
            findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), gateway.id()), "Route table " + Labels.of(table)
                + " sends " + route.destination().text() + " to transit gateway " + Labels.of(gateway) + ", but VPC "
                + table.vpcId() + " is not attached to it, so AWS refuses the route; attach the VPC (one subnet per"
                + " Availability Zone) or route to a gateway it is attached to."));
          }
        });
      }
    }
    return findings;
  }
}
