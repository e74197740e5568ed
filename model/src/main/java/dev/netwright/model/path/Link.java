package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;

/**
 * An edge of a {@link ForwardingGraph}: how traffic may move from one element to the next. Route
 * edges carry their destination (a CIDR block, or a prefix list and the service it stands for).
 * Compared by identity, as JGraphT expects of edges in a multigraph.
 */
final class Link {
  /** What an edge stands for. */
  enum Type {
    /** subnet → the route table it uses (explicitly or as the main table) */
    ASSOCIATION,
    /** route table → its VPC, for one of the VPC's blocks */
    LOCAL,
    /** route table → a route's target, for a CIDR block */
    ROUTE,
    /** route table → a route's target, for a prefix list (a gateway endpoint's implied route, or a stored one) */
    PREFIX_LIST,
    /** interface endpoint → a subnet holding one of its network interfaces */
    INTERFACE
  }

  final Type type;
  final ElementId from;
  final ElementId to;
  /** The destination block of LOCAL and ROUTE edges; null otherwise. */
  final Cidr cidr;
  /** The destination list of PREFIX_LIST edges, when it has a real id; null otherwise. */
  final PrefixListId prefixList;
  /** The service a PREFIX_LIST edge leads to ({@code s3}, {@code dynamodb}), when known; null otherwise. */
  final String service;
  /** The route-table hop this edge makes, for route edges; built once and shared by every path over it. */
  final Hop hop;

  private Link(Type type, ElementId from, ElementId to, Cidr cidr, PrefixListId prefixList, String service, String detail) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.cidr = cidr;
    this.prefixList = prefixList;
    this.service = service;
    this.hop = detail == null ? null : new Hop(from.value(), Hop.ROUTE_TABLE, detail);
  }

  static Link association(ElementId subnet, ElementId table) {
    return new Link(Type.ASSOCIATION, subnet, table, null, null, null, null);
  }

  static Link local(ElementId table, ElementId vpc, Cidr block) {
    return new Link(Type.LOCAL, table, vpc, block, null, null, block + " local");
  }

  static Link route(ElementId table, Cidr destination, ElementId target) {
    return new Link(Type.ROUTE, table, target, destination, null, null, destination + " -> " + target);
  }

  static Link prefixList(ElementId table, PrefixListId list, String label, String service, ElementId target) {
    return new Link(Type.PREFIX_LIST, table, target, null, list, service, label + " -> " + target);
  }

  static Link eni(ElementId endpoint, ElementId subnet) {
    return new Link(Type.INTERFACE, endpoint, subnet, null, null, null, null);
  }

  boolean isDefaultRoute() {
    return type == Type.ROUTE && cidr.prefixLength() == 0;
  }

  @Override
  public String toString() {
    return hop != null ? hop.detail() : type + " " + from + " -> " + to;
  }
}
