package dev.netwright.model.check.rules;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** TGW-ATTACHMENT-TWO-SUBNETS-ONE-AZ: a transit gateway VPC attachment given two subnets of one Availability Zone. */
public final class TgwAttachmentTwoSubnetsOneAzRule implements PartedRule {
  public static final String ID = "TGW-ATTACHMENT-TWO-SUBNETS-ONE-AZ";

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
    return check(design.attachmentsOfVpc(scope.vpc().id()), design);
  }

  /** The attachments of VPCs that do not exist. */
  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<TransitGatewayVpcAttachment> orphans = new ArrayList<>();
    for (TransitGatewayAttachment attachment : design.transitGatewayAttachments()) {
      if (attachment instanceof TransitGatewayVpcAttachment vpcAttachment && design.scope(vpcAttachment.vpcId()).isEmpty()) {
        orphans.add(vpcAttachment);
      }
    }
    return check(orphans, design);
  }

  private static List<Finding> check(List<TransitGatewayVpcAttachment> attachments, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    for (TransitGatewayVpcAttachment attachment : attachments) {
      Map<AvailabilityZone, List<Subnet>> byZone = new TreeMap<>();
      for (ElementId subnetId : attachment.subnetIds()) {
        design.find(subnetId, Subnet.class)
            .ifPresent(subnet -> byZone.computeIfAbsent(subnet.zone(), zone -> new ArrayList<>()).add(subnet));
      }
      if (byZone.size() == attachment.subnetIds().size()) {
        continue;
      }
      byZone.forEach((zone, subnets) -> {
        if (subnets.size() > 1) {
          List<ElementId> elements = new ArrayList<>();
          elements.add(attachment.id());
          subnets.forEach(subnet -> elements.add(subnet.id()));
          findings.add(new Finding(ID, Severity.ERROR, elements, "Transit gateway attachment " + Labels.of(attachment) + " has "
              + subnets.size() + " subnets in " + zone + " (" + String.join(", ", subnets.stream().map(Labels::of).toList())
              + "), but AWS takes one subnet per Availability Zone; keep one of them."));
        }
      });
    }
    return findings;
  }
}
