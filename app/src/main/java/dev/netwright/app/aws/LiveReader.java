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
  final LiveParts parts = new LiveParts();

  LiveReader(AwsSession session, Region region, Cancellation cancellation) {
    this.ec2 = session.ec2(region);
    this.region = region;
    this.pageSize = session.tuning().pageSize();
    this.cancellation = cancellation;
  }

  /** Reads the region, or only the VPCs listed when {@code vpcIds} is not empty. */
  LiveParts read(Set<String> vpcIds, ProgressListener progress) {
    try {
      List<Filter> byVpc = vpcIds.isEmpty() ? List.of() : List.of(Filter.builder().name("vpc-id").values(vpcIds).build());
      progress.progress("reading VPCs in " + region, 0.0);
      readVpcs(vpcIds);
      progress.progress("reading subnets in " + region, 0.2);
      readSubnets(byVpc);
      progress.progress("reading route tables in " + region, 0.3);
      new LiveRoutingReader(ec2, pageSize, cancellation, parts).read(byVpc);
      progress.progress("reading gateways in " + region, 0.5);
      readGateways(vpcIds, byVpc);
      progress.progress("reading endpoints and security groups in " + region, 0.7);
      new LiveEndpointReader(ec2, pageSize, cancellation, parts).read(byVpc);
      new LiveInsideReader(ec2, pageSize, cancellation, parts).read(byVpc);
      progress.progress("reading peering connections in " + region, 0.9);
      readPeerings(vpcIds);
      return parts;
    } catch (SdkException e) {
      throw AwsFailure.of("reading region " + region, e);
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
      parts.add(new Vpc(Ec2Shapes.id(vpc.vpcId()), Ec2Shapes.name(vpc.tags()), blocks, support, hostnames, region),
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

  /** The on-premises networks behind each VPN gateway: the static routes of its VPN connections (one call, only when there are VPN gateways). */
  private Map<String, List<Cidr>> onPremisesNetworks() {
    Map<String, List<Cidr>> networks = new LinkedHashMap<>();
    for (var connection : ec2.describeVpnConnections(request -> { }).vpnConnections()) {
      if (connection.vpnGatewayId() == null || Ec2Shapes.gone(connection.stateAsString())) {
        continue;
      }
      List<Cidr> cidrs = networks.computeIfAbsent(connection.vpnGatewayId(), key -> new ArrayList<>());
      connection.routes().stream().filter(route -> !Ec2Shapes.gone(route.stateAsString())).map(route -> Cidr.parse(route.destinationCidrBlock()))
          .filter(cidr -> !cidrs.contains(cidr)).forEach(cidrs::add);
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
        }
      }
    }
  }

  /** What one region's reading collected; several regions' parts merge into one {@link LiveAccount}. */
  static final class LiveParts {
    final Map<ElementId, dev.netwright.model.topology.Element> elements = new LinkedHashMap<>();
    final Map<ElementId, Map<String, String>> tags = new LinkedHashMap<>();
    final Map<String, String> associations = new LinkedHashMap<>();
    final Map<String, String> cidrAssociations = new LinkedHashMap<>();
    final Map<PrefixListId, String> prefixLists = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

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
    }
  }
}
