package dev.netwright.model.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule across VPCs whose findings split into one part per VPC and one for what lies in no VPC
 * (VPN and peering attachments, say). A part reads its VPC's scope and, through
 * {@link DesignReads}, whatever else it needs, which is recorded: a {@link CheckSession} keeps a
 * part's findings while nothing it read changed, so an edit in one VPC re-runs that VPC's part
 * (and the parts that read it), not the whole rule.
 */
public interface PartedRule extends DesignRule {
  /** The findings that belong to one VPC. */
  List<Finding> check(VpcScope scope, DesignReads design);

  /** The findings that belong to no VPC; none unless the rule says otherwise. */
  default List<Finding> checkOutside(DesignReads design) {
    return List.of();
  }

  @Override
  default List<Finding> check(DesignScope design) {
    DesignReads.Context context = DesignReads.contextOf(design);
    List<Finding> findings = new ArrayList<>();
    for (VpcScope scope : design.scopes()) {
      findings.addAll(check(scope, new DesignReads(context)));
    }
    findings.addAll(checkOutside(new DesignReads(context)));
    return findings;
  }
}
