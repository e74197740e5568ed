package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.PeeringTgwInfo;

/**
 * Reads the transit gateways of one region: the gateways (ASN, default association and
 * propagation), their VPC attachments (of the VPCs read), VPN attachments, peering attachments
 * (a peer gateway of a region not read is kept as a transit gateway known by its id and region),
 * and route tables with their associations, propagations and static routes (blackholes included).
 * A VPN attachment's on-premises networks are the blocks its static routes and the routes it
 * propagates name; its customer gateway is read through its VPN connection. Every describe that
 * EC2 pages is paged.
 */
final class LiveTransitReader {
  /** SearchTransitGatewayRoutes answers at most this many routes per call, and has no pages. */
  static final int MAX_ROUTES = 1000;

  private final Ec2Client ec2;
  private final int pageSize;
  private final Cancellation cancellation;
  private final LiveReader.LiveParts parts;
  private final Region region;
  private final Set<String> attachments = new LinkedHashSet<>();
  private final Map<String, List<Cidr>> onPremises = new LinkedHashMap<>();

  LiveTransitReader(Ec2Client ec2, int pageSize, Cancellation cancellation, LiveReader.LiveParts parts, Region region) {
    this.ec2 = ec2;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
    this.parts = parts;
    this.region = region;
  }

  void read() {
    Set<String> gateways = readGateways();
    if (gateways.isEmpty()) {
      return;
    }
    readVpcAttachments(gateways);
    readPeeringAttachments(gateways);
    List<software.amazon.awssdk.services.ec2.model.TransitGatewayAttachment> vpns = new ArrayList<>();
    for (var page : ec2.describeTransitGatewayAttachmentsPaginator(r -> r.maxResults(pageSize)
        .filters(Filter.builder().name("resource-type").values("vpn").build()))) {
      cancellation.check();
      page.transitGatewayAttachments().stream().filter(a -> !Ec2Shapes.gone(a.stateAsString()) && gateways.contains(a.transitGatewayId()))
          .forEach(vpns::add);
    }
    vpns.forEach(vpn -> {
      attachments.add(vpn.transitGatewayAttachmentId());
      onPremises.put(vpn.transitGatewayAttachmentId(), new ArrayList<>());
    });
    readRouteTables(gateways);
    Map<String, CustomerGateway> devices = vpns.isEmpty() ? Map.of() : devices(gateways);
    for (var vpn : vpns) {
      parts.add(new TransitGatewayVpnAttachment(Ec2Shapes.id(vpn.transitGatewayAttachmentId()), Ec2Shapes.name(vpn.tags()),
          Ec2Shapes.id(vpn.transitGatewayId()), onPremises.get(vpn.transitGatewayAttachmentId()), devices.get(vpn.resourceId())),
          vpn.tags());
    }
  }

  /**
   * The customer gateway (address and ASN) behind each VPN connection to these transit gateways, by
   * connection id (DescribeVpnConnections and DescribeCustomerGateways have no pages).
   */
  private Map<String, CustomerGateway> devices(Set<String> gateways) {
    cancellation.check();
    Map<String, String> customerOf = new LinkedHashMap<>();
    for (var connection : ec2.describeVpnConnections(r -> r.filters(Filter.builder().name("transit-gateway-id").values(gateways).build()))
        .vpnConnections()) {
      if (!Ec2Shapes.gone(connection.stateAsString()) && connection.customerGatewayId() != null) {
        customerOf.put(connection.vpnConnectionId(), connection.customerGatewayId());
      }
    }
    if (customerOf.isEmpty()) {
      return Map.of();
    }
    Map<String, CustomerGateway> byId = new LinkedHashMap<>();
    for (var customer : ec2.describeCustomerGateways(r -> r.customerGatewayIds(Set.copyOf(customerOf.values()))).customerGateways()) {
      String asn = customer.bgpAsnExtended() != null ? customer.bgpAsnExtended() : customer.bgpAsn();
      try {
        byId.put(customer.customerGatewayId(), new CustomerGateway(customer.ipAddress(),
            asn == null ? CustomerGateway.DEFAULT_ASN : Long.parseLong(asn)));
      } catch (NumberFormatException | dev.netwright.model.InvalidValueException e) {
        parts.warn("customer gateway " + customer.customerGatewayId() + " has an address or ASN Netwright cannot read ("
            + customer.ipAddress() + ", " + asn + "); its VPN attachment comes in without it");
      }
    }
    Map<String, CustomerGateway> devices = new LinkedHashMap<>();
    customerOf.forEach((connection, customer) -> {
      if (byId.containsKey(customer)) {
        devices.put(connection, byId.get(customer));
      }
    });
    return devices;
  }

  private Set<String> readGateways() {
    Set<String> gateways = new LinkedHashSet<>();
    for (var page : ec2.describeTransitGatewaysPaginator(r -> r.maxResults(pageSize))) {
      cancellation.check();
      for (var gateway : page.transitGateways()) {
        if (Ec2Shapes.gone(gateway.stateAsString())) {
          continue;
        }
        var options = gateway.options();
        long asn = options == null || options.amazonSideAsn() == null ? TransitGateway.DEFAULT_ASN : options.amazonSideAsn();
        boolean association = options == null || !"disable".equals(options.defaultRouteTableAssociationAsString());
        boolean propagation = options == null || !"disable".equals(options.defaultRouteTablePropagationAsString());
        parts.add(new TransitGateway(Ec2Shapes.id(gateway.transitGatewayId()), Ec2Shapes.name(gateway.tags()), region, asn, association,
            propagation), gateway.tags());
        gateways.add(gateway.transitGatewayId());
      }
    }
    return gateways;
  }

  private void readVpcAttachments(Set<String> gateways) {
    for (var page : ec2.describeTransitGatewayVpcAttachmentsPaginator(r -> r.maxResults(pageSize))) {
      cancellation.check();
      for (var attachment : page.transitGatewayVpcAttachments()) {
        if (Ec2Shapes.gone(attachment.stateAsString()) || !gateways.contains(attachment.transitGatewayId())) {
          continue;
        }
        if (!parts.elements.containsKey(Ec2Shapes.id(attachment.vpcId()))) {
          parts.warn("transit gateway attachment " + attachment.transitGatewayAttachmentId() + " attaches VPC " + attachment.vpcId()
              + ", which was not read; left out");
          continue;
        }
        attachments.add(attachment.transitGatewayAttachmentId());
        parts.add(new TransitGatewayVpcAttachment(Ec2Shapes.id(attachment.transitGatewayAttachmentId()), Ec2Shapes.name(attachment.tags()),
            Ec2Shapes.id(attachment.transitGatewayId()), Ec2Shapes.id(attachment.vpcId()),
            attachment.subnetIds().stream().map(Ec2Shapes::id).toList()), attachment.tags());
      }
    }
  }

  private void readPeeringAttachments(Set<String> gateways) {
    for (var page : ec2.describeTransitGatewayPeeringAttachmentsPaginator(r -> r.maxResults(pageSize))) {
      cancellation.check();
      for (var peering : page.transitGatewayPeeringAttachments()) {
        String state = peering.stateAsString();
        if (Ec2Shapes.gone(state) || "rejected".equals(state) || "failed".equals(state)) {
          continue;
        }
        PeeringTgwInfo requester = peering.requesterTgwInfo();
        PeeringTgwInfo accepter = peering.accepterTgwInfo();
        if (!gateways.contains(requester.transitGatewayId()) && !gateways.contains(accepter.transitGatewayId())) {
          continue;
        }
        outside(requester, gateways);
        outside(accepter, gateways);
        attachments.add(peering.transitGatewayAttachmentId());
        parts.add(new TransitGatewayPeeringAttachment(Ec2Shapes.id(peering.transitGatewayAttachmentId()), Ec2Shapes.name(peering.tags()),
            Ec2Shapes.id(requester.transitGatewayId()), Ec2Shapes.id(accepter.transitGatewayId())), peering.tags());
      }
    }
  }

  /** The gateway on the other side of a peering, as the peering tells it, when this region does not hold it. */
  private void outside(PeeringTgwInfo side, Set<String> gateways) {
    if (!gateways.contains(side.transitGatewayId())) {
      Region peerRegion = side.region() == null ? region : Region.of(side.region());
      parts.peerGateways.putIfAbsent(Ec2Shapes.id(side.transitGatewayId()),
          new TransitGateway(Ec2Shapes.id(side.transitGatewayId()), "", peerRegion, TransitGateway.DEFAULT_ASN, false, false));
    }
  }

  private void readRouteTables(Set<String> gateways) {
    for (var page : ec2.describeTransitGatewayRouteTablesPaginator(r -> r.maxResults(pageSize))) {
      cancellation.check();
      for (var table : page.transitGatewayRouteTables()) {
        if (Ec2Shapes.gone(table.stateAsString()) || !gateways.contains(table.transitGatewayId())) {
          continue;
        }
        String id = table.transitGatewayRouteTableId();
        List<ElementId> associations = new ArrayList<>();
        for (var associationPage : ec2.getTransitGatewayRouteTableAssociationsPaginator(r -> r.transitGatewayRouteTableId(id)
            .maxResults(pageSize))) {
          cancellation.check();
          associationPage.associations().stream().filter(a -> !Ec2Shapes.gone(a.stateAsString()))
              .map(a -> a.transitGatewayAttachmentId()).filter(attachments::contains).map(Ec2Shapes::id)
              .filter(a -> !associations.contains(a)).forEach(associations::add);
        }
        List<ElementId> propagations = new ArrayList<>();
        for (var propagationPage : ec2.getTransitGatewayRouteTablePropagationsPaginator(r -> r.transitGatewayRouteTableId(id)
            .maxResults(pageSize))) {
          cancellation.check();
          propagationPage.transitGatewayRouteTablePropagations().stream().filter(p -> !"disabled".equals(p.stateAsString()))
              .map(p -> p.transitGatewayAttachmentId()).filter(attachments::contains).map(Ec2Shapes::id)
              .filter(p -> !propagations.contains(p)).forEach(propagations::add);
        }
        List<TransitGatewayRoute> routes = routes(id);
        boolean isDefault = Boolean.TRUE.equals(table.defaultAssociationRouteTable())
            || Boolean.TRUE.equals(table.defaultPropagationRouteTable());
        parts.add(new TransitGatewayRouteTable(Ec2Shapes.id(id), Ec2Shapes.name(table.tags()), Ec2Shapes.id(table.transitGatewayId()),
            isDefault, associations, propagations, routes), table.tags());
      }
    }
  }

  /** The static routes and blackholes of a table; the routes a VPN attachment propagates tell its on-premises networks. */
  private List<TransitGatewayRoute> routes(String tableId) {
    var answer = ec2.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(tableId).maxResults(MAX_ROUTES)
        .filters(Filter.builder().name("state").values("active", "blackhole").build()));
    if (Boolean.TRUE.equals(answer.additionalRoutesAvailable())) {
      parts.warn("transit gateway route table " + tableId + " has more than " + MAX_ROUTES + " routes; only the first "
          + MAX_ROUTES + " were read");
    }
    List<TransitGatewayRoute> routes = new ArrayList<>();
    Set<Cidr> seen = new LinkedHashSet<>();
    for (var route : answer.routes()) {
      if (route.destinationCidrBlock() == null) {
        continue; // a prefix-list route: not modelled
      }
      Cidr destination = Cidr.parse(route.destinationCidrBlock());
      String attachment = route.transitGatewayAttachments().isEmpty() ? null
          : route.transitGatewayAttachments().get(0).transitGatewayAttachmentId();
      if (attachment != null && onPremises.containsKey(attachment) && !onPremises.get(attachment).contains(destination)) {
        onPremises.get(attachment).add(destination);
      }
      if (!"static".equals(route.typeAsString()) || !seen.add(destination)) {
        continue;
      }
      if ("blackhole".equals(route.stateAsString()) && attachment == null) {
        routes.add(TransitGatewayRoute.blackhole(destination));
      } else if (attachment != null && attachments.contains(attachment)) {
        routes.add(TransitGatewayRoute.to(destination, Ec2Shapes.id(attachment)));
      } else {
        parts.warn("the route to " + destination + " of transit gateway route table " + tableId + " goes to " + attachment
            + ", which was not read; left out");
      }
    }
    return routes;
  }
}
