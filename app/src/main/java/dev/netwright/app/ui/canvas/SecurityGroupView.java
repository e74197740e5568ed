package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.SecurityGroup;

/** A security group and how many rules it has each way. */
public final class SecurityGroupView extends NodeView {
  public SecurityGroupView(SecurityGroup element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    SecurityGroup group = (SecurityGroup) element();
    return group.ingress().size() + " in · " + group.egress().size() + " out";
  }
}
