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
  TRANSIT_GATEWAY("transit-gateway", "Transit gateway"),
  TRANSIT_GATEWAY_VPC_ATTACHMENT("transit-gateway-vpc-attachment", "Transit gateway VPC attachment"),
  TRANSIT_GATEWAY_VPN_ATTACHMENT("transit-gateway-vpn-attachment", "Transit gateway VPN attachment"),
  TRANSIT_GATEWAY_PEERING_ATTACHMENT("transit-gateway-peering-attachment", "Transit gateway peering attachment"),
  TRANSIT_GATEWAY_ROUTE_TABLE("transit-gateway-route-table", "Transit gateway route table"),
  HOSTED_ZONE("hosted-zone", "Private hosted zone"),
  RESOLVER_ENDPOINT("resolver-endpoint", "Resolver inbound endpoint"),
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
