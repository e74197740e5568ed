package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;

/**
 * The kinds of element a design holds, in the order a design file lists them (containers before
 * what they contain). The slug is the name used in files, the command line and JSON output.
 */
public enum ElementKind {
  VPC("vpc", "VPC"),
  SUBNET("subnet", "Subnet"),
  ROUTE_TABLE("route-table", "Route table"),
  INTERNET_GATEWAY("internet-gateway", "Internet gateway"),
  NAT_GATEWAY("nat-gateway", "NAT gateway"),
  GATEWAY_ENDPOINT("gateway-endpoint", "Gateway endpoint"),
  INTERFACE_ENDPOINT("interface-endpoint", "Interface endpoint"),
  SECURITY_GROUP("security-group", "Security group"),
  NETWORK_ACL("network-acl", "Network ACL"),
  WORKLOAD("workload", "Workload"),
  PEERING("peering", "Peering connection"),
  VPN_GATEWAY("vpn-gateway", "VPN gateway"),
  OPAQUE("opaque", "Other resource");

  private final String slug;
  private final String label;

  ElementKind(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  /** How a person names the kind, e.g. "Route table". */
  public String label() {
    return label;
  }

  public static ElementKind fromSlug(String slug) {
    for (ElementKind kind : values()) {
      if (kind.slug.equals(slug)) {
        return kind;
      }
    }
    throw new InvalidValueException("'" + slug + "' is not an element kind");
  }

  @Override
  public String toString() {
    return slug;
  }
}
