package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.RouteCount;
import dev.netwright.model.topology.RouteTable;

/** A route table of a VPC: whether it is the main table and how many routes it has (gateway endpoints' included). */
public final class RouteTableView extends NodeView {
  private final RouteCount routes;

  public RouteTableView(RouteTable element, Bounds bounds, RouteCount routes) {
    super(element, bounds);
    this.routes = routes;
  }

  @Override
  protected String detail() {
    RouteTable table = (RouteTable) element();
    return (table.main() ? "main · " : "") + routes.describe();
  }
}
