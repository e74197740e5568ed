package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.TransitGatewayAttachment;
import java.util.ArrayList;
import java.util.List;

/**
 * TGW-ATTACHMENT-NO-ROUTE-TABLE: an attachment associated with no route table of its transit
 * gateway (none lists it, and the gateway's default association is off or it has no default
 * table): the gateway drops everything that arrives on it.
 */
public final class TgwAttachmentNoRouteTableRule implements PartedRule {
  public static final String ID = "TGW-ATTACHMENT-NO-ROUTE-TABLE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  /** Attachments are in no VPC: the whole rule is the part of no VPC. */
  @Override
  public List<Finding> check(VpcScope scope, DesignReads design) {
    return List.of();
  }

  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    for (TransitGatewayAttachment attachment : design.transitGatewayAttachments()) {
      for (ElementId gateway : attachment.transitGatewayIds().stream().sorted().toList()) {
        if (design.hasTransitElement(gateway) && !design.hasTransitRouteTable(attachment.id(), gateway)) {
          findings.add(new Finding(ID, Severity.WARNING, List.of(attachment.id(), gateway), "Attachment " + Labels.of(attachment)
              + " is associated with no route table of transit gateway " + gateway + ", so the gateway drops everything that"
              + " arrives on it; associate it with a route table of " + gateway + "."));
        }
      }
    }
    return findings;
  }
}
