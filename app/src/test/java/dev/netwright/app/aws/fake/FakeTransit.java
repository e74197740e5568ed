package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transit gateways of one fake account and region, with their attachments (VPC, VPN, peering)
 * and route tables (associations, propagations, static and propagated routes), and the calls that
 * read them: DescribeTransitGateways, DescribeTransitGatewayVpcAttachments,
 * DescribeTransitGatewayAttachments, DescribeTransitGatewayPeeringAttachments,
 * DescribeTransitGatewayRouteTables, GetTransitGatewayRouteTableAssociations and ...Propagations
 * (all paged by MaxResults and NextToken) and SearchTransitGatewayRoutes. A gateway with its
 * defaults on gets a default route table, and its new attachments are associated with it and
 * propagate into it, as in AWS.
 */
public final class FakeTransit {
  private final FakeEc2State state;
  final Map<String, Gateway> gateways = new LinkedHashMap<>();
  final Map<String, Attachment> attachments = new LinkedHashMap<>();
  final Map<String, Peering> peerings = new LinkedHashMap<>();
  final Map<String, Table> tables = new LinkedHashMap<>();

  FakeTransit(FakeEc2State state) {
    this.state = state;
  }

  synchronized void clear() {
    gateways.clear();
    attachments.clear();
    peerings.clear();
    tables.clear();
  }

  /** A transit gateway; with its defaults on, also its default route table. */
  public String gateway(long asn, boolean defaultAssociation, boolean defaultPropagation, Map<String, String> tags) {
    synchronized (state) {
      Gateway gateway = new Gateway(state.newId("tgw"), tags, asn, defaultAssociation, defaultPropagation);
      gateways.put(gateway.id, gateway);
      if (defaultAssociation || defaultPropagation) {
        Table table = new Table(state.newId("tgw-rtb"), Map.of(), gateway.id);
        table.isDefault = true;
        tables.put(table.id, table);
        gateway.defaultTable = table.id;
      }
      return gateway.id;
    }
  }

  /** The default route table AWS made for a gateway whose defaults are on. */
  public String defaultTable(String gatewayId) {
    synchronized (state) {
      return gateways.get(gatewayId).defaultTable;
    }
  }

  /** A VPC attachment in some subnets, associated and propagating by the gateway's defaults. */
  public String vpcAttachment(String gatewayId, String vpcId, List<String> subnetIds, Map<String, String> tags) {
    synchronized (state) {
      Attachment attachment = new Attachment(state.newId("tgw-attach"), tags, gatewayId, "vpc", vpcId);
      attachment.subnets.addAll(subnetIds);
      return attach(attachment);
    }
  }

  /** A VPN attachment (the VPN connection itself is not modelled by the fake). */
  public String vpnAttachment(String gatewayId, Map<String, String> tags) {
    synchronized (state) {
      return attach(new Attachment(state.newId("tgw-attach"), tags, gatewayId, "vpn", state.newId("vpn")));
    }
  }

  private String attach(Attachment attachment) {
    attachments.put(attachment.id, attachment);
    Gateway gateway = gateways.get(attachment.gatewayId);
    if (gateway.defaultTable != null && gateway.defaultAssociation) {
      associate(gateway.defaultTable, attachment.id);
    }
    if (gateway.defaultTable != null && gateway.defaultPropagation) {
      propagate(gateway.defaultTable, attachment.id);
    }
    return attachment.id;
  }

  /** A peering attachment to a gateway of another region, accepted. */
  public String peering(String gatewayId, String peerGatewayId, String peerRegion, Map<String, String> tags) {
    synchronized (state) {
      Peering peering = new Peering(state.newId("tgw-attach"), tags, gatewayId, state.region(), peerGatewayId, peerRegion);
      peerings.put(peering.id, peering);
      return peering.id;
    }
  }

  public String routeTable(String gatewayId, Map<String, String> tags) {
    synchronized (state) {
      Table table = new Table(state.newId("tgw-rtb"), tags, gatewayId);
      tables.put(table.id, table);
      return table.id;
    }
  }

  public void associate(String tableId, String attachmentId) {
    synchronized (state) {
      tables.values().forEach(table -> table.associations.remove(attachmentId));
      tables.get(tableId).associations.add(attachmentId);
    }
  }

  /** Propagates an attachment's routes into a table: a VPC's blocks, or (for a VPN) the networks it is told. */
  public void propagate(String tableId, String attachmentId) {
    synchronized (state) {
      tables.get(tableId).propagations.add(attachmentId);
    }
  }

  /** A static route to an attachment, or a blackhole when {@code attachmentId} is null. */
  public void route(String tableId, String cidr, String attachmentId) {
    synchronized (state) {
      tables.get(tableId).routes.add(new Route(cidr, attachmentId, "static"));
    }
  }

  /** A route BGP taught the table through a propagating VPN attachment. */
  public void learned(String tableId, String cidr, String vpnAttachmentId) {
    synchronized (state) {
      tables.get(tableId).routes.add(new Route(cidr, vpnAttachmentId, "propagated"));
    }
  }

  /** The answer to a transit gateway call, or null for any other call. */
  String answer(String action, QueryParams params) {
    switch (action) {
      case "DescribeTransitGateways":
        return page(params, gateways.values(), "TransitGatewayIds", "transitGatewaySet");
      case "DescribeTransitGatewayVpcAttachments":
        return page(params, attachments.values().stream().filter(a -> a.type.equals("vpc")).toList(), "TransitGatewayAttachmentIds",
            "transitGatewayVpcAttachments");
      case "DescribeTransitGatewayAttachments":
        return page(params, attachments.values().stream().map(a -> (FakeResource) a.general()).toList(), "TransitGatewayAttachmentIds",
            "transitGatewayAttachments");
      case "DescribeTransitGatewayPeeringAttachments":
        return page(params, peerings.values(), "TransitGatewayAttachmentIds", "transitGatewayPeeringAttachments");
      case "DescribeTransitGatewayRouteTables":
        return page(params, tables.values(), "TransitGatewayRouteTableIds", "transitGatewayRouteTables");
      case "GetTransitGatewayRouteTableAssociations":
        return page(params, links(table(params).associations, "associated"), "", "associations");
      case "GetTransitGatewayRouteTablePropagations":
        return page(params, links(table(params).propagations, "enabled"), "", "transitGatewayRouteTablePropagations");
      case "SearchTransitGatewayRoutes": {
        Table table = table(params);
        List<FakeResource> routes = new ArrayList<>();
        for (Route route : table.routes) {
          routes.add(route.resource(this));
        }
        for (String propagating : table.propagations) {
          Attachment attachment = attachments.get(propagating);
          if (attachment != null && attachment.type.equals("vpc")) {
            for (String[] block : state.vpcs.get(attachment.resourceId).cidrs) {
              routes.add(new Route(block[1], propagating, "propagated").resource(this));
            }
          }
        }
        Map<String, List<String>> filters = params.filters();
        List<FakeResource> matching = routes.stream().filter(route -> route.matches(filters)).toList();
        return new Xml().set("routeSet", matching, (x, route) -> route.xml(x)).leaf("additionalRoutesAvailable", false).toString();
      }
      default:
        return null;
    }
  }

  private Table table(QueryParams params) {
    Table table = tables.get(params.require("TransitGatewayRouteTableId"));
    if (table == null) {
      throw new FakeEc2Error("InvalidRouteTableID.NotFound", "The transit gateway route table ID '"
          + params.get("TransitGatewayRouteTableId") + "' does not exist");
    }
    return table;
  }

  private List<FakeResource> links(List<String> attachmentIds, String linkState) {
    List<FakeResource> links = new ArrayList<>();
    for (String id : attachmentIds) {
      Attachment attachment = attachments.get(id);
      Peering peering = peerings.get(id);
      String type = attachment != null ? attachment.type : "peering";
      String resource = attachment != null ? attachment.resourceId : peering == null ? "" : peering.peerGatewayId;
      links.add(new FakeResource(id, Map.of()) {
        @Override
        List<String> filterValues(String name) {
          return List.of();
        }

        @Override
        void xml(Xml x) {
          x.leaf("transitGatewayAttachmentId", id).leaf("resourceId", resource).leaf("resourceType", type).leaf("state", linkState);
        }
      });
    }
    return links;
  }

  private static String page(QueryParams params, Collection<? extends FakeResource> resources, String idParam, String setName) {
    List<String> ids = idParam.isEmpty() ? List.of() : params.list(idParam);
    Map<String, List<String>> filters = params.filters();
    List<FakeResource> matching = new ArrayList<>();
    for (FakeResource resource : resources) {
      if ((ids.isEmpty() || ids.contains(resource.id)) && resource.matches(filters)) {
        matching.add(resource);
      }
    }
    int start = params.get("NextToken") == null ? 0 : Integer.parseInt(params.get("NextToken").substring("token-".length()));
    int size = params.get("MaxResults") == null ? Integer.MAX_VALUE : Integer.parseInt(params.get("MaxResults"));
    int end = (int) Math.min((long) start + size, matching.size());
    Xml x = new Xml().set(setName, matching.subList(start, end), (item, resource) -> resource.xml(item));
    if (end < matching.size()) {
      x.leaf("nextToken", "token-" + end);
    }
    return x.toString();
  }

  static final class Gateway extends FakeResource {
    final long asn;
    final boolean defaultAssociation;
    final boolean defaultPropagation;
    String defaultTable;

    Gateway(String id, Map<String, String> tags, long asn, boolean defaultAssociation, boolean defaultPropagation) {
      super(id, tags);
      this.asn = asn;
      this.defaultAssociation = defaultAssociation;
      this.defaultPropagation = defaultPropagation;
    }

    @Override
    List<String> filterValues(String name) {
      return name.equals("state") ? List.of("available") : List.of();
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayId", id).leaf("state", "available").leaf("ownerId", FakeEc2State.ACCOUNT)
          .element("options", o -> {
            o.leaf("amazonSideAsn", asn).leaf("defaultRouteTableAssociation", defaultAssociation ? "enable" : "disable")
                .leaf("defaultRouteTablePropagation", defaultPropagation ? "enable" : "disable");
            if (defaultTable != null) {
              o.leaf("associationDefaultRouteTableId", defaultTable).leaf("propagationDefaultRouteTableId", defaultTable);
            }
          }).tags(tags);
    }
  }

  static final class Attachment extends FakeResource {
    final String gatewayId;
    final String type;
    final String resourceId;
    final List<String> subnets = new ArrayList<>();

    Attachment(String id, Map<String, String> tags, String gatewayId, String type, String resourceId) {
      super(id, tags);
      this.gatewayId = gatewayId;
      this.type = type;
      this.resourceId = resourceId;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "resource-type": return List.of(type);
        case "transit-gateway-id": return List.of(gatewayId);
        case "vpc-id": return type.equals("vpc") ? List.of(resourceId) : List.of();
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayAttachmentId", id).leaf("transitGatewayId", gatewayId).leaf("vpcId", resourceId)
          .leaf("vpcOwnerId", FakeEc2State.ACCOUNT).leaf("state", "available").strings("subnetIds", subnets).tags(tags);
    }

    /** As DescribeTransitGatewayAttachments lists it, whatever its type. */
    FakeResource general() {
      Attachment self = this;
      return new FakeResource(id, tags) {
        @Override
        List<String> filterValues(String name) {
          return self.filterValues(name);
        }

        @Override
        void xml(Xml x) {
          x.leaf("transitGatewayAttachmentId", id).leaf("transitGatewayId", gatewayId).leaf("transitGatewayOwnerId", FakeEc2State.ACCOUNT)
              .leaf("resourceType", type).leaf("resourceId", resourceId).leaf("state", "available").tags(tags);
        }
      };
    }
  }

  static final class Peering extends FakeResource {
    final String gatewayId;
    final String region;
    final String peerGatewayId;
    final String peerRegion;

    Peering(String id, Map<String, String> tags, String gatewayId, String region, String peerGatewayId, String peerRegion) {
      super(id, tags);
      this.gatewayId = gatewayId;
      this.region = region;
      this.peerGatewayId = peerGatewayId;
      this.peerRegion = peerRegion;
    }

    @Override
    List<String> filterValues(String name) {
      return List.of();
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayAttachmentId", id)
          .element("requesterTgwInfo", r -> r.leaf("transitGatewayId", gatewayId).leaf("ownerId", FakeEc2State.ACCOUNT).leaf("region", region))
          .element("accepterTgwInfo", r -> r.leaf("transitGatewayId", peerGatewayId).leaf("ownerId", FakeEc2State.ACCOUNT)
              .leaf("region", peerRegion))
          .element("status", s -> s.leaf("code", "available")).leaf("state", "available").tags(tags);
    }
  }

  static final class Table extends FakeResource {
    final String gatewayId;
    boolean isDefault;
    final List<String> associations = new ArrayList<>();
    final List<String> propagations = new ArrayList<>();
    final List<Route> routes = new ArrayList<>();

    Table(String id, Map<String, String> tags, String gatewayId) {
      super(id, tags);
      this.gatewayId = gatewayId;
    }

    @Override
    List<String> filterValues(String name) {
      return name.equals("transit-gateway-id") ? List.of(gatewayId) : List.of();
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayRouteTableId", id).leaf("transitGatewayId", gatewayId).leaf("state", "available")
          .leaf("defaultAssociationRouteTable", isDefault).leaf("defaultPropagationRouteTable", isDefault).tags(tags);
    }
  }

  record Route(String cidr, String attachmentId, String type) {
    FakeResource resource(FakeTransit transit) {
      String state = attachmentId == null ? "blackhole" : "active";
      Attachment attachment = attachmentId == null ? null : transit.attachments.get(attachmentId);
      String resourceType = attachment != null ? attachment.type : "peering";
      return new FakeResource(cidr, Map.of()) {
        @Override
        List<String> filterValues(String name) {
          switch (name) {
            case "state": return List.of(state);
            case "type": return List.of(type);
            case "attachment.resource-type": return List.of(resourceType);
            default: return List.of();
          }
        }

        @Override
        void xml(Xml x) {
          x.leaf("destinationCidrBlock", cidr);
          if (attachmentId != null) {
            x.set("transitGatewayAttachments", List.of(attachmentId), (a, id) -> a.leaf("transitGatewayAttachmentId", id)
                .leaf("resourceType", resourceType));
          }
          x.leaf("type", type).leaf("state", state);
        }
      };
    }
  }
}
