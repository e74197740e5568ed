package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.RouteTable;

/** A route table of a VPC: whether it is the main table and how many routes it has. */
public final class RouteTableView extends NodeView {
  public RouteTableView(RouteTable element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    RouteTable table = (RouteTable) element();
    int routes = table.routes().size();
    return (table.main() ? "main · " : "") + routes + (routes == 1 ? " route" : " routes");
  }
}
