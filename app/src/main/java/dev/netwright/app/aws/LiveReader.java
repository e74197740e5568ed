package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;

/**
 * Reads one region of an account into a {@link LiveAccount}: one paged describe per resource type
 * (so the calls grow with pages, not with resources), plus the two DNS attributes of each VPC,
 * which EC2 only tells through DescribeVpcAttribute. Optionally only some VPCs.
 */
final class LiveReader {
  private final Ec2Client ec2;
  private final Region region;
  private final int pageSize;
  private final Cancellation cancellation;
  private final String where;
  private final java.net.URI endpoint;
  private final AccountAccess account;
  private final AwsSession session;
  final LiveParts parts = new LiveParts();

  /** A reader of one region of one account; {@code where} is how progress names it ("us-east-1", "us-east-1 (profile prod)"). */
  LiveReader(AwsSession session, AccountAccess account, Region region, String where, Cancellation cancellation) {
    this.ec2 = account.ec2(region);
    this.region = region;
    this.where = where;
    this.endpoint = session.settings().endpoint();
    this.account = account;
    this.session = session;
    this.pageSize = session.tuning().pageSize();
    this.cancellation = cancellation;
  }

  /** Reads the region, or only the VPCs listed when {@code vpcIds} is not empty. */
  LiveParts read(Set<String> vpcIds, ProgressListener progress) {
    try {
      List<Filter> byVpc = vpcIds.isEmpty() ? List.of() : List.of(Filter.builder().name("vpc-id").values(vpcIds).build());
      progress.progress("reading VPCs in " + where, 0.0);
      readVpcs(vpcIds);
      progress.progress("reading subnets in " + where, 0.2);
      readSubnets(byVpc);
      progress.progress("reading route tables in " + where, 0.3);
      new LiveRoutingReader(ec2, pageSize, cancellation, parts).read(byVpc);
      progress.progress("reading gateways and VPN connections in " + where, 0.5);
      readGateways(vpcIds, byVpc);
      progress.progress("reading endpoints and security groups in " + where, 0.7);
      new LiveEndpointReader(ec2, pageSize, cancellation, parts).read(byVpc);
      new LiveInsideReader(ec2, pageSize, cancellation, parts).read(byVpc);
      progress.progress("reading peering connections in " + where, 0.9);
      readPeerings(vpcIds);
      progress.progress("reading transit gateways in " + where, 0.95);
      new LiveTransitReader(ec2, pageSize, cancellation, parts, region).read();
      return parts;
    } catch (SdkException e) {
      throw RegionCheck.explain(session, account, region, AwsFailure.of("reading region " + region, e, endpoint));
    }
  }

  private void readVpcs(Set<String> vpcIds) {
    var pages = ec2.describeVpcsPaginator(request -> request.maxResults(pageSize).vpcIds(vpcIds));
    List<software.amazon.awssdk.services.ec2.model.Vpc> vpcs = new ArrayList<>();
    for (var page : pages) {
      cancellation.check();
      vpcs.addAll(page.vpcs());
    }
    for (var vpc : vpcs) {
      cancellation.check();
      List<Cidr> blocks = new ArrayList<>();
      for (VpcCidrBlockAssociation block : vpc.cidrBlockAssociationSet()) {
        String state = block.cidrBlockState() == null ? "associated" : block.cidrBlockState().stateAsString();
        if ("associated".equals(state) || "associating".equals(state)) {
          blocks.add(Cidr.parse(block.cidrBlock()));
          parts.cidrAssociations.put(vpc.vpcId() + " " + block.cidrBlock(), block.associationId());
        }
      }
      if (blocks.isEmpty()) {
        blocks.add(Cidr.parse(vpc.cidrBlock()));
      }
      boolean support = attribute(vpc.vpcId(), VpcAttributeName.ENABLE_DNS_SUPPORT).enableDnsSupport().value();
      boolean hostnames = attribute(vpc.vpcId(), VpcAttributeName.ENABLE_DNS_HOSTNAMES).enableDnsHostnames().value();
      String owner = vpc.ownerId() == null ? "" : vpc.ownerId();
      parts.add(new Vpc(Ec2Shapes.id(vpc.vpcId()), Ec2Shapes.name(vpc.tags()), blocks, support, hostnames, region, owner, false),
          vpc.tags());
    }
  }

  private DescribeVpcAttributeResponse attribute(String vpcId, VpcAttributeName name) {
    return ec2.describeVpcAttribute(request -> request.vpcId(vpcId).attribute(name));
  }

  private void readSubnets(List<Filter> byVpc) {
    for (var page : ec2.describeSubnetsPaginator(request -> request.maxResults(pageSize).filters(byVpc))) {
      cancellation.check();
      for (var subnet : page.subnets()) {
        parts.add(new Subnet(Ec2Shapes.id(subnet.subnetId()), Ec2Shapes.name(subnet.tags()), Ec2Shapes.id(subnet.vpcId()),
            Cidr.parse(subnet.cidrBlock()), dev.netwright.model.AvailabilityZone.of(subnet.availabilityZone())), subnet.tags());
      }
    }
  }

  private void readGateways(Set<String> vpcIds, List<Filter> byVpc) {
    List<Filter> byAttachment = vpcIds.isEmpty() ? List.of()
        : List.of(Filter.builder().name("attachment.vpc-id").values(vpcIds).build());
    for (var page : ec2.describeInternetGatewaysPaginator(request -> request.maxResults(pageSize).filters(byAttachment))) {
      cancellation.check();
      for (var gateway : page.internetGateways()) {
        gateway.attachments().stream().filter(a -> a.vpcId() != null).findFirst().ifPresentOrElse(
            attachment -> parts.add(new InternetGateway(Ec2Shapes.id(gateway.internetGatewayId()), Ec2Shapes.name(gateway.tags()),
                Ec2Shapes.id(attachment.vpcId())), gateway.tags()),
            () -> parts.warn("internet gateway " + gateway.internetGatewayId() + " is attached to no VPC; left out"));
      }
    }
    for (var page : ec2.describeNatGatewaysPaginator(request -> request.maxResults(pageSize).filter(byVpc))) {
      cancellation.check();
      for (var nat : page.natGateways()) {
        if (Ec2Shapes.gone(nat.stateAsString())) {
          continue;
        }
        String allocation = nat.natGatewayAddresses().stream().map(a -> a.allocationId()).filter(a -> a != null).findFirst().orElse("");
        parts.add(new NatGateway(Ec2Shapes.id(nat.natGatewayId()), Ec2Shapes.name(nat.tags()), Ec2Shapes.id(nat.subnetId()),
            !"private".equals(nat.connectivityTypeAsString()), allocation), nat.tags());
      }
    }
    var vpnGateways = ec2.describeVpnGateways(request -> request.filters(byAttachment)).vpnGateways().stream()
        .filter(gateway -> !Ec2Shapes.gone(gateway.stateAsString())).toList();
    Map<String, List<Cidr>> onPremises = vpnGateways.isEmpty() ? Map.of() : onPremisesNetworks();
    for (var gateway : vpnGateways) {
      gateway.vpcAttachments().stream().filter(a -> "attached".equals(a.stateAsString()) || "attaching".equals(a.stateAsString()))
          .findFirst().ifPresent(attachment -> parts.add(new VpnGateway(Ec2Shapes.id(gateway.vpnGatewayId()),
              Ec2Shapes.name(gateway.tags()), Ec2Shapes.id(attachment.vpcId()),
              onPremises.getOrDefault(gateway.vpnGatewayId(), List.of())), gateway.tags()));
    }
  }

  /**
   * The on-premises networks behind each VPN gateway (one call, only when there are VPN gateways):
   * the static routes of its VPN connections, and for connections that learn them by BGP, the routes
   * that propagation put into route tables. A dynamic connection whose networks no table learned is
   * told in a warning, with its customer gateway.
   */
  private Map<String, List<Cidr>> onPremisesNetworks() {
    Map<String, List<Cidr>> networks = new LinkedHashMap<>();
    for (var connection : ec2.describeVpnConnections(request -> { }).vpnConnections()) {
      if (connection.vpnGatewayId() == null || Ec2Shapes.gone(connection.stateAsString())) {
        continue;
      }
      String gateway = connection.vpnGatewayId();
      List<Cidr> cidrs = networks.computeIfAbsent(gateway, key -> new ArrayList<>());
      connection.routes().stream().filter(route -> !Ec2Shapes.gone(route.stateAsString())).map(route -> Cidr.parse(route.destinationCidrBlock()))
          .filter(cidr -> !cidrs.contains(cidr)).forEach(cidrs::add);
      boolean dynamic = connection.options() != null && Boolean.FALSE.equals(connection.options().staticRoutesOnly());
      if (dynamic) {
        java.util.Set<Cidr> learned = parts.learnedOnPremises.getOrDefault(gateway, java.util.Set.of());
        learned.stream().filter(cidr -> !cidrs.contains(cidr)).forEach(cidrs::add);
        if (learned.isEmpty()) {
          parts.warn("VPN connection " + connection.vpnConnectionId() + " of " + gateway + " (customer gateway "
              + connection.customerGatewayId() + ") learns its on-premises networks by BGP and no route table propagates them;"
              + " the networks behind " + gateway + " are not known");
        }
      }
    }
    return networks;
  }

  private void readPeerings(Set<String> vpcIds) {
    for (var page : ec2.describeVpcPeeringConnectionsPaginator(request -> request.maxResults(pageSize))) {
      cancellation.check();
      for (var peering : page.vpcPeeringConnections()) {
        String status = peering.status() == null ? "" : peering.status().codeAsString();
        if (Ec2Shapes.gone(status)) {
          continue;
        }
        String requester = peering.requesterVpcInfo().vpcId();
        String accepter = peering.accepterVpcInfo().vpcId();
        if (vpcIds.isEmpty() || vpcIds.contains(requester) || vpcIds.contains(accepter)) {
          parts.add(new PeeringConnection(Ec2Shapes.id(peering.vpcPeeringConnectionId()), Ec2Shapes.name(peering.tags()),
              Ec2Shapes.id(requester), Ec2Shapes.id(accepter)), peering.tags());
          peerSide(peering.requesterVpcInfo());
          peerSide(peering.accepterVpcInfo());
        }
      }
    }
  }

  /**
   * One side of a peering connection as the connection tells it (id, blocks, owner, region): what
   * the design keeps as an external VPC when the import does not read that VPC itself.
   */
  private void peerSide(software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionVpcInfo info) {
    List<Cidr> blocks = new ArrayList<>();
    info.cidrBlockSet().forEach(block -> blocks.add(Cidr.parse(block.cidrBlock())));
    if (blocks.isEmpty() && info.cidrBlock() != null) {
      blocks.add(Cidr.parse(info.cidrBlock()));
    }
    if (blocks.isEmpty()) {
      return;
    }
    Region peerRegion = info.region() == null ? region : Region.of(info.region());
    parts.peerVpcs.putIfAbsent(Ec2Shapes.id(info.vpcId()),
        Vpc.external(Ec2Shapes.id(info.vpcId()), blocks, peerRegion, info.ownerId() == null ? "" : info.ownerId()));
  }

  /** What one region's reading collected; several regions' parts merge into one {@link LiveAccount}. */
  static final class LiveParts {
    final Map<ElementId, dev.netwright.model.topology.Element> elements = new LinkedHashMap<>();
    final Map<ElementId, Map<String, String>> tags = new LinkedHashMap<>();
    final Map<String, String> associations = new LinkedHashMap<>();
    final Map<String, String> cidrAssociations = new LinkedHashMap<>();
    final Map<PrefixListId, String> prefixLists = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    /** The networks route propagation taught route tables, by VPN gateway. */
    final Map<String, java.util.Set<Cidr>> learnedOnPremises = new LinkedHashMap<>();
    /** The VPCs on either side of the peering connections read, as the connections tell them. */
    final Map<ElementId, Vpc> peerVpcs = new LinkedHashMap<>();
    /** The transit gateways of regions not read on the other side of peering attachments, as the attachments tell them. */
    final Map<ElementId, dev.netwright.model.topology.TransitGateway> peerGateways = new LinkedHashMap<>();
    /** The interface endpoints by the DNS names of their DnsEntries (lower case, no trailing dot): what alias records point at. */
    final Map<String, ElementId> endpointsByDnsName = new LinkedHashMap<>();

    void add(dev.netwright.model.topology.Element element, List<software.amazon.awssdk.services.ec2.model.Tag> awsTags) {
      elements.put(element.id(), element);
      tags.put(element.id(), Ec2Shapes.tags(awsTags));
    }

    void warn(String warning) {
      warnings.add(warning);
    }

    void addAll(LiveParts other) {
      other.elements.forEach(elements::putIfAbsent);
      other.tags.forEach(tags::putIfAbsent);
      associations.putAll(other.associations);
      cidrAssociations.putAll(other.cidrAssociations);
      prefixLists.putAll(other.prefixLists);
      warnings.addAll(other.warnings);
      other.peerVpcs.forEach(peerVpcs::putIfAbsent);
      other.peerGateways.forEach(peerGateways::putIfAbsent);
      other.endpointsByDnsName.forEach(endpointsByDnsName::putIfAbsent);
    }
  }
}
