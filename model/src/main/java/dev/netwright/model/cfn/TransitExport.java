package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes what joins VPCs: transit gateways with their VPC, VPN and peering attachments and route
 * tables (associations, propagations, static routes and blackholes), private hosted zones with
 * their alias records, and Resolver inbound endpoints.
 *
 * <p>CloudFormation cannot name the default route table AWS creates for a transit gateway. A
 * design's default table is therefore written as an ordinary route table (marked
 * {@code Netwright.DefaultRouteTable}), the gateway's own defaults are turned off, and the
 * associations and propagations the defaults would have made are written explicitly (marked
 * {@code Netwright.ImpliedByDefaultRouteTable}); the gateway's metadata keeps the design's
 * settings. Nor can it name a VPN connection's transit gateway attachment: what a route table
 * does with one goes to the table's metadata, with a note.
 */
final class TransitExport {
  private final ExportContext context;

  TransitExport(ExportContext context) {
    this.context = context;
  }

  /** Writes the element when it is one of this part's kinds; false for the others. */
  boolean write(Element element) {
    if (element instanceof TransitGateway gateway) {
      transitGateway(gateway);
    } else if (element instanceof TransitGatewayVpcAttachment attachment) {
      vpcAttachment(attachment);
    } else if (element instanceof TransitGatewayVpnAttachment vpn) {
      vpnAttachment(vpn);
    } else if (element instanceof TransitGatewayPeeringAttachment peering) {
      peeringAttachment(peering);
    } else if (element instanceof TransitGatewayRouteTable table) {
      routeTable(table);
    } else if (element instanceof HostedZone zone) {
      hostedZone(zone);
    } else if (element instanceof ResolverEndpoint resolver) {
      resolverEndpoint(resolver);
    } else {
      return false;
    }
    return true;
  }

  private void transitGateway(TransitGateway gateway) {
    ResourceNode node = context.add(gateway, "AWS::EC2::TransitGateway");
    node.properties().put("AmazonSideAsn", gateway.amazonSideAsn());
    Optional<TransitGatewayRouteTable> defaultTable = context.topology.defaultTransitGatewayRouteTable(gateway.id());
    if (defaultTable.isPresent()) {
      node.set("DefaultRouteTableAssociation", "disable").set("DefaultRouteTablePropagation", "disable");
      node.netwright().put(NetwrightMetadata.DEFAULT_ASSOCIATION, gateway.defaultAssociation());
      node.netwright().put(NetwrightMetadata.DEFAULT_PROPAGATION, gateway.defaultPropagation());
      if (gateway.defaultAssociation() || gateway.defaultPropagation()) {
        context.notes.add("CloudFormation cannot name the default route table of transit gateway " + gateway.label() + ": its default"
            + " table " + context.logical(defaultTable.get().id()) + " is created as an ordinary route table, the gateway's default"
            + " association and propagation are off, and the associations and propagations they would make are written explicitly"
            + " (those carry Metadata Netwright." + NetwrightMetadata.IMPLIED_BY_DEFAULT_TABLE + ").");
      }
    } else {
      node.set("DefaultRouteTableAssociation", gateway.defaultAssociation() ? "enable" : "disable")
          .set("DefaultRouteTablePropagation", gateway.defaultPropagation() ? "enable" : "disable");
      if (gateway.defaultAssociation() || gateway.defaultPropagation()) {
        node.netwright().put(NetwrightMetadata.NO_DEFAULT_ROUTE_TABLE, true);
      }
    }
    if (!gateway.region().equals(context.document.region())) {
      node.netwright().put(NetwrightMetadata.REGION, gateway.region().name());
    }
    node.nameTag(gateway.name());
  }

  private void vpcAttachment(TransitGatewayVpcAttachment attachment) {
    context.add(attachment, "AWS::EC2::TransitGatewayVpcAttachment")
        .set("TransitGatewayId", context.ref(attachment.transitGatewayId()))
        .set("VpcId", context.ref(attachment.vpcId()))
        .set("SubnetIds", refs(attachment.subnetIds()))
        .nameTag(attachment.name());
  }

  /**
   * A VPN connection to the transit gateway, with its customer gateway (the design's address and ASN
   * when it knows them, else a parameter for the address, as only the user knows it), static when
   * the design routes it statically; the on-premises networks it advertises go to the metadata.
   */
  private void vpnAttachment(TransitGatewayVpnAttachment vpn) {
    String logical = context.logical(vpn.id());
    String customer;
    if (vpn.customerGateway() == null) {
      customer = NetworkExport.customerGateway(context, logical, vpn);
    } else {
      customer = context.ids.unique(logical + "CustomerGateway");
      context.add(customer, "AWS::EC2::CustomerGateway")
          .set("Type", "ipsec.1")
          .set("IpAddress", vpn.customerGateway().ipAddress())
          .set("BgpAsn", com.fasterxml.jackson.databind.node.LongNode.valueOf(vpn.customerGateway().bgpAsn()))
          .nameTag(vpn.name());
    }
    ResourceNode node = context.add(vpn, "AWS::EC2::VPNConnection")
        .set("Type", "ipsec.1")
        .set("CustomerGatewayId", Intrinsics.ref(customer))
        .set("TransitGatewayId", context.ref(vpn.transitGatewayId()))
        .set("StaticRoutesOnly", vpn.staticRoutesOnly(context.topology))
        .nameTag(vpn.name());
    ArrayNode blocks = node.netwright().putArray(NetwrightMetadata.ON_PREMISES_CIDRS);
    vpn.onPremisesCidrs().forEach(block -> blocks.add(block.toString()));
  }

  private void peeringAttachment(TransitGatewayPeeringAttachment peering) {
    TransitGateway peer = context.topology.require(peering.peerTransitGatewayId(), TransitGateway.class);
    context.add(peering, "AWS::EC2::TransitGatewayPeeringAttachment")
        .set("TransitGatewayId", context.ref(peering.transitGatewayId()))
        .set("PeerTransitGatewayId", context.ref(peer.id()))
        .set("PeerAccountId", Intrinsics.ref("AWS::AccountId"))
        .set("PeerRegion", peer.region().name())
        .nameTag(peering.name());
    context.notes.add("The transit gateway peering attachment " + peering.label() + " must be accepted on the side of "
        + peer.label() + " (" + peer.region().name() + ") before traffic flows.");
  }

  private void routeTable(TransitGatewayRouteTable table) {
    String logical = context.logical(table.id());
    TransitGateway gateway = context.topology.require(table.transitGatewayId(), TransitGateway.class);
    ResourceNode node = context.add(table, "AWS::EC2::TransitGatewayRouteTable")
        .set("TransitGatewayId", context.ref(table.transitGatewayId()))
        .nameTag(table.name());
    if (table.isDefault()) {
      node.netwright().put(NetwrightMetadata.DEFAULT_ROUTE_TABLE, true);
    }
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < table.associations().size(); i++) {
      link(node, logical, table.associations().get(i), i, "Association", "AWS::EC2::TransitGatewayRouteTableAssociation", unnamed);
    }
    if (table.isDefault() && gateway.defaultAssociation()) {
      for (TransitGatewayAttachment attachment : context.topology.attachmentsOf(gateway.id())) {
        if (!table.associations().contains(attachment.id()) && context.topology.transitGatewayRouteTableOf(attachment.id(), gateway.id())
            .filter(effective -> effective.id().equals(table.id())).isPresent()) {
          link(node, logical, attachment.id(), -1, "Association", "AWS::EC2::TransitGatewayRouteTableAssociation", unnamed);
        }
      }
    }
    for (int i = 0; i < table.propagations().size(); i++) {
      link(node, logical, table.propagations().get(i), i, "Propagation", "AWS::EC2::TransitGatewayRouteTablePropagation", unnamed);
    }
    for (TransitGatewayAttachment attachment : context.topology.propagationsOf(table)) {
      if (!table.propagations().contains(attachment.id())) {
        link(node, logical, attachment.id(), -1, "Propagation", "AWS::EC2::TransitGatewayRouteTablePropagation", unnamed);
      }
    }
    for (int i = 0; i < table.routes().size(); i++) {
      TransitGatewayRoute route = table.routes().get(i);
      if (!route.blackhole() && isVpn(route.attachmentId())) {
        ObjectNode recorded = node.netwright().withArray(NetwrightMetadata.VPN_ROUTES).addObject();
        recorded.put("DestinationCidrBlock", route.destination().toString());
        recorded.put("Attachment", context.logical(route.attachmentId()));
        recorded.put("Position", i);
        unnamed.add("a route to " + route.destination());
        continue;
      }
      ResourceNode written = context.add(context.ids.unique(logical + "Route" + blockName(route)), "AWS::EC2::TransitGatewayRoute")
          .set("TransitGatewayRouteTableId", Intrinsics.ref(logical))
          .set("DestinationCidrBlock", route.destination().toString());
      if (route.blackhole()) {
        written.set("Blackhole", true);
      } else {
        written.set("TransitGatewayAttachmentId", context.ref(route.attachmentId()));
      }
    }
    if (!unnamed.isEmpty()) {
      context.notes.add("CloudFormation cannot name the transit gateway attachment of a VPN connection: in route table " + logical
          + ", " + String.join(", ", unnamed) + " must be made by hand once the stack is created (Metadata Netwright of " + logical
          + " lists them).");
    }
  }

  /**
   * An association or propagation as its own resource, or in the table's metadata (with its
   * position in the design's list) for a VPN attachment; {@code position} is -1 for what the
   * gateway's defaults imply.
   */
  private void link(ResourceNode table, String tableLogical, ElementId attachment, int position, String what, String type,
      List<String> unnamed) {
    boolean implied = position < 0;
    if (isVpn(attachment)) {
      if (!implied) {
        table.netwright().withArray(what.equals("Association") ? NetwrightMetadata.VPN_ASSOCIATIONS : NetwrightMetadata.VPN_PROPAGATIONS)
            .addObject().put("Attachment", context.logical(attachment)).put("Position", position);
      }
      unnamed.add("the " + what.toLowerCase() + " of " + context.logical(attachment));
      return;
    }
    ResourceNode node = context.add(context.ids.unique(tableLogical + context.logical(attachment) + what), type)
        .set("TransitGatewayRouteTableId", Intrinsics.ref(tableLogical))
        .set("TransitGatewayAttachmentId", context.ref(attachment));
    if (implied) {
      node.netwright().put(NetwrightMetadata.IMPLIED_BY_DEFAULT_TABLE, true);
    }
  }

  private boolean isVpn(ElementId attachment) {
    return context.topology.find(attachment, TransitGatewayVpnAttachment.class).isPresent();
  }

  private static String blockName(TransitGatewayRoute route) {
    return route.destination().toString().replaceAll("[^0-9]+", "x");
  }

  /**
   * A private hosted zone with its VPCs, and one alias record set per record, whose target is the
   * interface endpoint's regional DNS name as AWS documents it: the first of the endpoint's
   * {@code DnsEntries} is {@code <hosted zone id>:<DNS name>}.
   */
  private void hostedZone(HostedZone zone) {
    String logical = context.logical(zone.id());
    ResourceNode node = context.add(zone, "AWS::Route53::HostedZone").set("Name", zone.domain());
    ArrayNode vpcs = Intrinsics.array();
    for (ElementId vpcId : zone.vpcIds()) {
      Vpc vpc = context.topology.require(vpcId, Vpc.class);
      ObjectNode entry = vpcs.addObject();
      entry.set("VPCId", context.ref(vpcId));
      if (vpc.region().equals(context.document.region())) {
        entry.set("VPCRegion", Intrinsics.ref("AWS::Region"));
      } else {
        entry.put("VPCRegion", vpc.region().name());
      }
    }
    if (zone.vpcIds().isEmpty()) {
      node.netwright().put(NetwrightMetadata.PRIVATE, true);
      context.notes.add("The private hosted zone " + zone.label() + " is associated with no VPC: CloudFormation would create it public;"
          + " associate it with a VPC first.");
    } else {
      node.set("VPCs", vpcs);
    }
    if (!zone.name().isEmpty()) {
      ArrayNode tags = node.properties().putArray("HostedZoneTags");
      tags.addObject().put("Key", "Name").put("Value", zone.name());
    }
    int index = 1;
    for (AliasRecord record : zone.records()) {
      String endpoint = context.logical(record.endpointId());
      ObjectNode entries = Intrinsics.object();
      entries.putArray("Fn::Select").add(0).add(Intrinsics.getAtt(endpoint, "DnsEntries"));
      ObjectNode target = Intrinsics.object();
      target.set("DNSName", selectOfSplit(1, entries));
      target.set("HostedZoneId", selectOfSplit(0, entries));
      target.put("EvaluateTargetHealth", false);
      context.add(context.ids.unique(logical + "Record" + index++), "AWS::Route53::RecordSet")
          .set("HostedZoneId", Intrinsics.ref(logical))
          .set("Name", record.recordName())
          .set("Type", "A")
          .set("AliasTarget", target);
    }
  }

  private static ObjectNode selectOfSplit(int index, ObjectNode entry) {
    ObjectNode split = Intrinsics.object();
    split.putArray("Fn::Split").add(":").add(entry.deepCopy());
    ObjectNode select = Intrinsics.object();
    select.putArray("Fn::Select").add(index).add(split);
    return select;
  }

  /** An inbound Resolver endpoint: one address request per subnet; its VPC is its subnets'. */
  private void resolverEndpoint(ResolverEndpoint resolver) {
    ResourceNode node = context.add(resolver, "AWS::Route53Resolver::ResolverEndpoint").set("Direction", "INBOUND");
    ArrayNode addresses = Intrinsics.array();
    resolver.subnetIds().forEach(subnet -> addresses.addObject().set("SubnetId", context.ref(subnet)));
    node.set("IpAddresses", addresses);
    ArrayNode groups = Intrinsics.array();
    resolver.securityGroupIds().forEach(group -> groups.add(Intrinsics.getAtt(context.logical(group), "GroupId")));
    node.set("SecurityGroupIds", groups);
    boolean vpcFromSubnets = !resolver.subnetIds().isEmpty() && context.topology.find(resolver.subnetIds().get(0), Subnet.class)
        .map(subnet -> subnet.vpcId().equals(resolver.vpcId())).orElse(false);
    if (!vpcFromSubnets) {
      node.netwright().put(NetwrightMetadata.VPC, resolver.vpcId().value());
    }
    if (resolver.subnetIds().size() < 2) {
      context.notes.add("AWS asks for at least two subnets for the Resolver endpoint " + resolver.label() + ".");
    }
    node.nameTag(resolver.name());
  }

  private ArrayNode refs(List<ElementId> ids) {
    ArrayNode list = Intrinsics.array();
    ids.forEach(id -> list.add(context.ref(id)));
    return list;
  }
}
