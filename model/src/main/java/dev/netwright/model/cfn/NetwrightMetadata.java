package dev.netwright.model.cfn;

/**
 * The keys of the {@code Netwright} section that the exporter writes into a template's and its
 * resources' {@code Metadata}, so that importing the template gives back exactly the design: what
 * CloudFormation itself cannot say (which route table is the main one, which associations only
 * stand in for the main table, the design's ids when they are not valid logical ids). See
 * docs/cloudformation.md.
 */
final class NetwrightMetadata {
  static final String SECTION = "Netwright";
  /** Template: the design's name, description and region. */
  static final String NAME = "Name";
  static final String DESCRIPTION = "Description";
  static final String REGION = "Region";
  static final String NOTES = "Notes";
  /** Resource: the element's id in the design, when the logical id differs from it. */
  static final String ID = "Id";
  /** Route table: it is the main route table of its VPC in the design. */
  static final String MAIN = "Main";
  /** VPC: the design gives it no main route table (the import adds one to VPCs of other templates). */
  static final String NO_MAIN_ROUTE_TABLE = "NoMainRouteTable";
  /** Subnet route table association: it only makes explicit a subnet's use of the main table. */
  static final String IMPLIED_BY_MAIN = "ImpliedByMain";
  /** Network ACL: it is the default network ACL of its VPC in the design. */
  static final String DEFAULT_ACL = "DefaultAcl";
  /** Subnet network ACL association: it only makes explicit a subnet's use of the default ACL. */
  static final String IMPLIED_BY_DEFAULT = "ImpliedByDefaultAcl";
  /** Network interface: the kind of workload it stands for ({@code lambda}, {@code rds}, ...). */
  static final String WORKLOAD_TYPE = "WorkloadType";
  /** Network interface: the workload has a public address, which the interface alone cannot say. */
  static final String PUBLIC_IP = "PublicIp";
  /** NAT gateway: its Elastic IP when the template cannot hold it. */
  static final String ELASTIC_IP = "ElasticIp";
  /** Peering connection: the blocks of its external peer VPC, which the template names but does not create. */
  static final String PEER_CIDR_BLOCKS = "PeerCidrBlocks";
  /** Peering connection: the design's name of its external peer VPC, when it has one. */
  static final String PEER_NAME = "PeerName";
  /** Transit gateway: the design's default association and propagation, when the template turns them off for its default table. */
  static final String DEFAULT_ASSOCIATION = "DefaultRouteTableAssociation";
  static final String DEFAULT_PROPAGATION = "DefaultRouteTablePropagation";
  /** Transit gateway: the design gives it no default route table (the import adds one to gateways of other templates). */
  static final String NO_DEFAULT_ROUTE_TABLE = "NoDefaultRouteTable";
  /** Transit gateway route table: it is the default route table of its gateway in the design. */
  static final String DEFAULT_ROUTE_TABLE = "DefaultRouteTable";
  /** Transit gateway association or propagation: it only makes explicit what the gateway's defaults do. */
  static final String IMPLIED_BY_DEFAULT_TABLE = "ImpliedByDefaultRouteTable";
  /** Transit gateway route table: associations, propagations and routes of VPN attachments, which no resource can name. */
  static final String VPN_ASSOCIATIONS = "VpnAssociations";
  static final String VPN_PROPAGATIONS = "VpnPropagations";
  static final String VPN_ROUTES = "VpnRoutes";
  /** VPN connection to a transit gateway: the on-premises networks behind it. */
  static final String ON_PREMISES_CIDRS = "OnPremisesCidrs";
  /** Hosted zone: a private zone of the design that is associated with no VPC yet. */
  static final String PRIVATE = "Private";
  /** Resolver endpoint: its VPC, when its subnets do not say it. */
  static final String VPC = "Vpc";
  /** Opaque resource: its definition when it is not a template resource. */
  static final String DEFINITION = "Definition";

  private NetwrightMetadata() {
  }
}
