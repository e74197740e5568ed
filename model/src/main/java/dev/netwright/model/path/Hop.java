package dev.netwright.model.path;

import java.util.Objects;

/**
 * One step of a path: the element (or {@code s3}, {@code internet}, … for what lies outside the
 * design), its kind as CLI.md names it ({@code subnet}, {@code route-table}, {@code nat-gateway},
 * …) and what happens there, e.g. {@code 0.0.0.0/0 -> NatA}.
 */
public record Hop(String id, String kind, String detail) {
  public static final String SUBNET = "subnet";
  public static final String ROUTE_TABLE = "route-table";
  public static final String INTERNET_GATEWAY = "internet-gateway";
  public static final String NAT_GATEWAY = "nat-gateway";
  public static final String GATEWAY_ENDPOINT = "gateway-endpoint";
  public static final String INTERFACE_ENDPOINT = "interface-endpoint";
  public static final String SECURITY_GROUP = "security-group";
  public static final String NETWORK_ACL = "network-acl";
  public static final String WORKLOAD = "workload";
  public static final String PEERING = "peering";
  public static final String TRANSIT_GATEWAY = "transit-gateway";
  public static final String TRANSIT_GATEWAY_ATTACHMENT = "transit-gateway-attachment";
  public static final String TRANSIT_GATEWAY_ROUTE_TABLE = "transit-gateway-route-table";
  /** A private hosted zone that answered the service's name (its detail: the record and the endpoint). */
  public static final String HOSTED_ZONE = "hosted-zone";
  public static final String VPN_GATEWAY = "vpn-gateway";
  /** An external VPC: where a path through a peering connection ends, as far as the design can tell. */
  public static final String VPC = "vpc";
  public static final String SERVICE = "service";
  public static final String INTERNET = "internet";

  /** In the detail of a peering hop (of VPCs or of transit gateways) whose two sides are in different regions. */
  public static final String BETWEEN_REGIONS = "between regions";

  public Hop {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
  }

  @Override
  public String toString() {
    return detail.isEmpty() ? id : id + " (" + detail + ")";
  }
}
