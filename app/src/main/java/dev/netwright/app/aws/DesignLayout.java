package dev.netwright.app.aws;

import dev.netwright.model.document.Layout;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.Topology;

/** Where an imported design is drawn: the shared automatic layout, so that every importer agrees. */
final class DesignLayout {
  private DesignLayout() {
  }

  static Layout of(Topology topology) {
    return AutoLayout.layout(topology);
  }
}
