package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;

/** Writes the network itself: VPCs with their extra blocks, subnets, gateways, NAT, peering and VPN. */
final class NetworkExport {
  /** Elastic IPs given by allocation id go straight into the NAT gateway; anything else is an address. */
  static final String ALLOCATION_PREFIX = "eipalloc-";
  private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  static final int CUSTOMER_GATEWAY_ASN = 65000;

  private final ExportContext context;

  NetworkExport(ExportContext context) {
    this.context = context;
  }

  void vpc(Vpc vpc) {
    String logical = context.logical(vpc.id());
    ResourceNode node = context.add(vpc, "AWS::EC2::VPC")
        .set("CidrBlock", vpc.primaryCidr().toString())
        .set("EnableDnsSupport", vpc.dnsSupport())
        .set("EnableDnsHostnames", vpc.dnsHostnames())
        .nameTag(vpc.name());
    if (!vpc.region().equals(context.document.region())) {
      node.netwright().put(NetwrightMetadata.REGION, vpc.region().name());
    }
    if (!context.hasMainTable(vpc.id())) {
      node.netwright().put(NetwrightMetadata.NO_MAIN_ROUTE_TABLE, true);
    }
    List<Cidr> blocks = vpc.cidrBlocks();
    for (int i = 1; i < blocks.size(); i++) {
      String block = context.ids.unique(logical + "CidrBlock" + (i + 1));
      context.add(block, "AWS::EC2::VPCCidrBlock")
          .set("VpcId", context.ref(vpc.id()))
          .set("CidrBlock", blocks.get(i).toString());
      context.extraBlock(vpc.id(), blocks.get(i), block);
    }
    output(logical, "VPC " + vpc.label());
  }

  void subnet(Subnet subnet) {
    ResourceNode node = context.add(subnet, "AWS::EC2::Subnet")
        .set("VpcId", context.ref(subnet.vpcId()))
        .set("CidrBlock", subnet.cidr().toString())
        .set("AvailabilityZone", subnet.zone().name())
        .nameTag(subnet.name());
    // a subnet in a further block of its VPC fails unless that block is associated first
    context.extraBlockHolding(subnet.vpcId(), subnet.cidr()).ifPresent(node::dependOn);
    output(context.logical(subnet.id()), "subnet " + subnet.label());
  }

  void internetGateway(InternetGateway gateway) {
    context.add(gateway, "AWS::EC2::InternetGateway").nameTag(gateway.name());
    context.add(context.attachmentOf(gateway), "AWS::EC2::VPCGatewayAttachment")
        .set("VpcId", context.ref(gateway.vpcId()))
        .set("InternetGatewayId", context.ref(gateway.id()));
  }

  void natGateway(NatGateway nat) {
    String logical = context.logical(nat.id());
    String eip = null;
    String recordedEip = null;
    if (nat.publicConnectivity() && !nat.elasticIp().startsWith(ALLOCATION_PREFIX)) {
      // A public NAT gateway needs an Elastic IP; CloudFormation allocates one unless the design names an allocation.
      eip = context.ids.unique(logical + "Eip");
      ResourceNode address = context.add(eip, "AWS::EC2::EIP").set("Domain", "vpc");
      if (IPV4.matcher(nat.elasticIp()).matches()) {
        address.set("Address", nat.elasticIp());
      } else {
        // no address to ask for (none yet, or a name): the import reads it back from the metadata
        recordedEip = nat.elasticIp();
      }
      // AWS: an EIP for a VPC in the same template must wait for the VPC's internet gateway attachment.
      context.topology.vpcOf(nat.id()).flatMap(context::internetGatewayOf)
          .ifPresent(gateway -> address.dependOn(context.attachmentOf(gateway)));
    }
    ResourceNode node = context.add(nat, "AWS::EC2::NatGateway");
    if (recordedEip != null) {
      node.netwright().put(NetwrightMetadata.ELASTIC_IP, recordedEip);
    }
    if (eip != null) {
      node.set("AllocationId", Intrinsics.getAtt(eip, "AllocationId"));
    } else if (nat.publicConnectivity()) {
      node.set("AllocationId", nat.elasticIp());
    } else if (nat.hasElasticIp()) {
      node.netwright().put(NetwrightMetadata.ELASTIC_IP, nat.elasticIp());
    }
    node.set("SubnetId", context.ref(nat.subnetId()))
        .set("ConnectivityType", nat.publicConnectivity() ? "public" : "private")
        .nameTag(nat.name());
  }

  /**
   * A peering connection, requested from the design's own VPC. A peer that is an external VPC
   * (another account's, another region's) is named, not created: its id as {@code PeerVpcId}, its
   * account as {@code PeerOwnerId}, its region as {@code PeerRegion}; its blocks and name go to the metadata.
   */
  void peering(PeeringConnection peering) {
    Vpc requester = context.topology.require(peering.requesterVpcId(), Vpc.class);
    Vpc accepter = context.topology.require(peering.accepterVpcId(), Vpc.class);
    Vpc own = requester.external() ? accepter : requester;
    Vpc peer = own == requester ? accepter : requester;
    ResourceNode node = context.add(peering, "AWS::EC2::VPCPeeringConnection").set("VpcId", context.ref(own.id()));
    if (peer.external()) {
      node.set("PeerVpcId", peer.id().value());
      if (peer.hasAccount()) {
        node.set("PeerOwnerId", peer.accountId());
      }
      ArrayNode blocks = node.netwright().putArray(NetwrightMetadata.PEER_CIDR_BLOCKS);
      peer.cidrBlocks().forEach(block -> blocks.add(block.toString()));
      if (!peer.name().isEmpty()) {
        node.netwright().put(NetwrightMetadata.PEER_NAME, peer.name());
      }
    } else {
      node.set("PeerVpcId", context.ref(peer.id()));
    }
    if (!own.region().equals(peer.region())) {
      node.set("PeerRegion", peer.region().name());
    }
    node.nameTag(peering.name());
  }

  /**
   * A virtual private gateway and, when the design names on-premises networks, the customer side:
   * a customer gateway (its public address is a parameter, as only the user knows it), a static
   * VPN connection, and one VPN connection route per on-premises block.
   */
  void vpnGateway(VpnGateway vpn) {
    String logical = context.logical(vpn.id());
    context.add(vpn, "AWS::EC2::VPNGateway").set("Type", "ipsec.1").nameTag(vpn.name());
    context.add(context.attachmentOf(vpn), "AWS::EC2::VPCGatewayAttachment")
        .set("VpcId", context.ref(vpn.vpcId()))
        .set("VpnGatewayId", context.ref(vpn.id()));
    if (vpn.onPremisesCidrs().isEmpty()) {
      return;
    }
    String customer = customerGateway(context, logical, vpn);
    String connection = context.ids.unique(logical + "Connection");
    context.add(connection, "AWS::EC2::VPNConnection")
        .set("Type", "ipsec.1")
        .set("CustomerGatewayId", Intrinsics.ref(customer))
        .set("VpnGatewayId", context.ref(vpn.id()))
        .set("StaticRoutesOnly", true)
        .nameTag(vpn.name());
    for (int i = 0; i < vpn.onPremisesCidrs().size(); i++) {
      context.add(context.ids.unique(logical + "OnPremisesRoute" + (i + 1)), "AWS::EC2::VPNConnectionRoute")
          .set("VpnConnectionId", Intrinsics.ref(connection))
          .set("DestinationCidrBlock", vpn.onPremisesCidrs().get(i).toString());
    }
  }

  /**
   * The customer side of a VPN: a parameter {@code <logical>CustomerGatewayIp} for the device's
   * public address (only the user knows it) and an {@code AWS::EC2::CustomerGateway}; its logical id.
   */
  static String customerGateway(ExportContext context, String logical, dev.netwright.model.topology.Element vpn) {
    String address = context.ids.unique(logical + "CustomerGatewayIp");
    ObjectNode parameter = context.parameters.putObject(address);
    parameter.put("Type", "String");
    parameter.put("Description", "Public IPv4 address of the on-premises VPN device behind " + vpn.label());
    parameter.put("AllowedPattern", "^(\\d{1,3}\\.){3}\\d{1,3}$");
    String customer = context.ids.unique(logical + "CustomerGateway");
    context.add(customer, "AWS::EC2::CustomerGateway")
        .set("Type", "ipsec.1")
        .set("IpAddress", Intrinsics.ref(address))
        .set("BgpAsn", CUSTOMER_GATEWAY_ASN)
        .nameTag(vpn.name());
    return customer;
  }

  private void output(String logical, String what) {
    String id = logical.length() > LogicalIds.MAX_LENGTH - 2 ? logical.substring(0, LogicalIds.MAX_LENGTH - 2) : logical;
    ObjectNode output = context.outputs.putObject(id + "Id");
    output.put("Description", "ID of " + what);
    output.set("Value", Intrinsics.ref(logical));
  }
}
