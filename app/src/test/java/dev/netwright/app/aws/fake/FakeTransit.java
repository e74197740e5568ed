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
  /** The customer gateways and VPN connections behind VPN attachments, and the peering calls. */
  final FakeTransitLinks links;

  FakeTransit(FakeEc2State state) {
    this.state = state;
    this.links = new FakeTransitLinks(this, state);
  }

  synchronized void clear() {
    links.clear();
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

  /** The gateway, attachment or route table of that id (for CreateTags and DeleteTags), else null. */
  FakeResource any(String id) {
    for (Map<String, ? extends FakeResource> kind : List.of(gateways, attachments, peerings, tables)) {
      if (kind.containsKey(id)) {
        return kind.get(id);
      }
    }
    return null;
  }

  /** How many gateways, attachments and route tables the account holds. */
  public int count() {
    synchronized (state) {
      return gateways.size() + attachments.size() + peerings.size() + tables.size() + links.count();
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

  /** The attachment AWS makes, untagged, for a new VPN connection to a gateway. */
  String attachVpn(String gatewayId, String vpnConnectionId) {
    return attach(new Attachment(state.newId("tgw-attach"), Map.of(), gatewayId, "vpn", vpnConnectionId));
  }

  /** Removes an attachment and what the route tables say of it. */
  void detach(String id) {
    attachments.remove(id);
    forget(id);
  }

  /** Drops an attachment's associations, propagations and routes from every table. */
  void forget(String id) {
    for (Table table : tables.values()) {
      table.associations.remove(id);
      table.propagations.remove(id);
      table.routes.removeIf(route -> id.equals(route.attachmentId()));
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
    String linked = links.answer(action, params);
    if (linked != null) {
      return linked;
    }
    switch (action) {
      case "DescribeTransitGateways":
        return page(params, gateways.values(), "TransitGatewayIds", "transitGatewaySet");
      case "DescribeTransitGatewayVpcAttachments":
        return page(params, attachments.values().stream().filter(a -> a.type.equals("vpc")).toList(), "TransitGatewayAttachmentIds",
            "transitGatewayVpcAttachments");
      case "DescribeTransitGatewayAttachments":
        return page(params, attachments.values().stream().map(a -> (FakeResource) a.general(this)).toList(), "TransitGatewayAttachmentIds",
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
        return change(action, params);
    }
  }

  /** The calls that change transit gateways; null for any other call. */
  private String change(String action, QueryParams params) {
    if (!action.contains("TransitGateway")) {
      return null;
    }
    if (params.flag("DryRun")) {
      throw new FakeEc2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
    }
    switch (action) {
      case "CreateTransitGateway": {
        String asn = params.get("Options.AmazonSideAsn");
        String id = gateway(asn == null ? 64512 : Long.parseLong(asn), !"disable".equals(params.get("Options.DefaultRouteTableAssociation")),
            !"disable".equals(params.get("Options.DefaultRouteTablePropagation")), tags(params));
        return new Xml().element("transitGateway", gateways.get(id)::xml).toString();
      }
      case "ModifyTransitGateway": {
        Gateway gateway = find(gateways, params.require("TransitGatewayId"), "InvalidTransitGatewayID.NotFound");
        if (params.get("Options.DefaultRouteTableAssociation") != null) {
          gateway.defaultAssociation = "enable".equals(params.get("Options.DefaultRouteTableAssociation"));
        }
        if (params.get("Options.DefaultRouteTablePropagation") != null) {
          gateway.defaultPropagation = "enable".equals(params.get("Options.DefaultRouteTablePropagation"));
        }
        String table = params.get("Options.AssociationDefaultRouteTableId");
        if (table != null) {
          tables.values().forEach(t -> t.isDefault = t.id.equals(table));
          gateway.defaultTable = table;
        }
        return new Xml().element("transitGateway", gateway::xml).toString();
      }
      case "DeleteTransitGateway": {
        String id = params.require("TransitGatewayId");
        find(gateways, id, "InvalidTransitGatewayID.NotFound");
        if (attachments.values().stream().anyMatch(a -> a.gatewayId.equals(id))
            || tables.values().stream().anyMatch(t -> t.gatewayId.equals(id) && !t.isDefault)) {
          throw new FakeEc2Error("IncorrectState", "tgw " + id + " has non-deleted Transit Gateway Attachments or route tables");
        }
        tables.values().removeIf(t -> t.gatewayId.equals(id));
        gateways.remove(id);
        return new Xml().element("transitGateway", x -> x.leaf("transitGatewayId", id).leaf("state", "deleting")).toString();
      }
      case "CreateTransitGatewayVpcAttachment": {
        String gateway = find(gateways, params.require("TransitGatewayId"), "InvalidTransitGatewayID.NotFound").id;
        String vpc = new FakeEc2Actions(state).vpc(params.require("VpcId")).id;
        List<String> subnets = params.list("SubnetIds").isEmpty() ? params.list("SubnetId") : params.list("SubnetIds");
        String id = vpcAttachment(gateway, vpc, subnets, tags(params));
        return new Xml().element("transitGatewayVpcAttachment", attachments.get(id)::xml).toString();
      }
      case "ModifyTransitGatewayVpcAttachment": {
        Attachment attachment = find(attachments, params.require("TransitGatewayAttachmentId"), "InvalidTransitGatewayAttachmentID.NotFound");
        attachment.subnets.addAll(params.list("AddSubnetIds"));
        params.list("RemoveSubnetIds").forEach(attachment.subnets::remove);
        return new Xml().element("transitGatewayVpcAttachment", attachment::xml).toString();
      }
      case "DeleteTransitGatewayVpcAttachment": {
        String id = params.require("TransitGatewayAttachmentId");
        find(attachments, id, "InvalidTransitGatewayAttachmentID.NotFound");
        detach(id);
        return new Xml().element("transitGatewayVpcAttachment", x -> x.leaf("transitGatewayAttachmentId", id).leaf("state", "deleting"))
            .toString();
      }
      case "CreateTransitGatewayRouteTable": {
        String id = routeTable(find(gateways, params.require("TransitGatewayId"), "InvalidTransitGatewayID.NotFound").id,
            tags(params));
        return new Xml().element("transitGatewayRouteTable", tables.get(id)::xml).toString();
      }
      case "DeleteTransitGatewayRouteTable": {
        Table table = table(params);
        if (!table.associations.isEmpty() || table.isDefault) {
          throw new FakeEc2Error("IncorrectState", "The transit gateway route table " + table.id + " has associations or is a default");
        }
        tables.remove(table.id);
        return new Xml().element("transitGatewayRouteTable", x -> x.leaf("transitGatewayRouteTableId", table.id).leaf("state", "deleting"))
            .toString();
      }
      case "AssociateTransitGatewayRouteTable": {
        Table table = table(params);
        String attachment = params.require("TransitGatewayAttachmentId");
        if (tables.values().stream().anyMatch(t -> t.associations.contains(attachment))) {
          throw new FakeEc2Error("Resource.AlreadyAssociated", "Transit Gateway Attachment " + attachment + " is already associated");
        }
        table.associations.add(attachment);
        return link("association", table.id, attachment, "associating");
      }
      case "DisassociateTransitGatewayRouteTable": {
        Table table = table(params);
        String attachment = params.require("TransitGatewayAttachmentId");
        if (!table.associations.remove(attachment)) {
          throw new FakeEc2Error("InvalidAssociation.NotFound", "Association not found");
        }
        return link("association", table.id, attachment, "disassociating");
      }
      case "EnableTransitGatewayRouteTablePropagation": {
        Table table = table(params);
        String attachment = params.require("TransitGatewayAttachmentId");
        if (table.propagations.contains(attachment)) {
          throw new FakeEc2Error("TransitGatewayRouteTablePropagation.Duplicate", "Propagation already exists");
        }
        table.propagations.add(attachment);
        return link("propagation", table.id, attachment, "enabling");
      }
      case "DisableTransitGatewayRouteTablePropagation": {
        Table table = table(params);
        String attachment = params.require("TransitGatewayAttachmentId");
        table.propagations.remove(attachment);
        return link("propagation", table.id, attachment, "disabling");
      }
      case "CreateTransitGatewayRoute": {
        Table table = table(params);
        String cidr = params.require("DestinationCidrBlock");
        if (table.routes.stream().anyMatch(route -> route.cidr().equals(cidr) && route.type().equals("static"))) {
          throw new FakeEc2Error("RouteAlreadyExists", "Route " + cidr + " already exists");
        }
        String attachment = params.flag("Blackhole") ? null : params.require("TransitGatewayAttachmentId");
        table.routes.add(new Route(cidr, attachment, "static"));
        return new Xml().element("route", x -> x.leaf("destinationCidrBlock", cidr).leaf("type", "static")).toString();
      }
      case "DeleteTransitGatewayRoute": {
        Table table = table(params);
        String cidr = params.require("DestinationCidrBlock");
        if (!table.routes.removeIf(route -> route.cidr().equals(cidr) && route.type().equals("static"))) {
          throw new FakeEc2Error("InvalidRoute.NotFound", "No route to " + cidr);
        }
        return new Xml().element("route", x -> x.leaf("destinationCidrBlock", cidr).leaf("state", "deleted")).toString();
      }
      default:
        return null;
    }
  }

  /** The tags of a create call: EC2 names the list TagSpecification for some calls and TagSpecifications for others. */
  static Map<String, String> tags(QueryParams params) {
    Map<String, String> tags = new LinkedHashMap<>(params.tagSpecification());
    for (QueryParams spec : params.structs("TagSpecifications")) {
      for (QueryParams tag : spec.structs("Tag")) {
        tags.put(tag.get("Key"), tag.get("Value") == null ? "" : tag.get("Value"));
      }
    }
    return tags;
  }

  private static String link(String element, String table, String attachment, String linkState) {
    return new Xml().element(element, x -> x.leaf("transitGatewayRouteTableId", table).leaf("transitGatewayAttachmentId", attachment)
        .leaf("state", linkState)).toString();
  }

  private static <T extends FakeResource> T find(Map<String, T> resources, String id, String notFound) {
    T resource = resources.get(id);
    if (resource == null) {
      throw new FakeEc2Error(notFound, "The id '" + id + "' does not exist");
    }
    return resource;
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
    boolean defaultAssociation;
    boolean defaultPropagation;
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
        case "resource-id": return List.of(resourceId);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayAttachmentId", id).leaf("transitGatewayId", gatewayId).leaf("vpcId", resourceId)
          .leaf("vpcOwnerId", FakeEc2State.ACCOUNT).leaf("state", "available").strings("subnetIds", subnets).tags(tags);
    }

    /** As DescribeTransitGatewayAttachments lists it, whatever its type. */
    FakeResource general(FakeTransit transit) {
      Attachment self = this;
      return new FakeResource(id, tags) {
        @Override
        List<String> filterValues(String name) {
          return self.filterValues(name);
        }

        @Override
        void xml(Xml x) {
          x.leaf("transitGatewayAttachmentId", id).leaf("transitGatewayId", gatewayId).leaf("transitGatewayOwnerId", FakeEc2State.ACCOUNT)
              .leaf("resourceType", type).leaf("resourceId", resourceId).leaf("state", "available");
          transit.tables.values().stream().filter(t -> t.associations.contains(id)).findFirst().ifPresent(t -> x.element("association",
              a -> a.leaf("transitGatewayRouteTableId", t.id).leaf("state", "associated")));
          x.tags(tags);
        }
      };
    }
  }

  static final class Peering extends FakeResource {
    final String gatewayId;
    final String region;
    final String peerGatewayId;
    final String peerRegion;
    /** pendingAcceptance until the accepter accepts it, then available. */
    String state = "available";

    Peering(String id, Map<String, String> tags, String gatewayId, String region, String peerGatewayId, String peerRegion) {
      super(id, tags);
      this.gatewayId = gatewayId;
      this.region = region;
      this.peerGatewayId = peerGatewayId;
      this.peerRegion = peerRegion;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "state": return List.of(state);
        case "transit-gateway-id": return List.of(gatewayId, peerGatewayId);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("transitGatewayAttachmentId", id)
          .element("requesterTgwInfo", r -> r.leaf("transitGatewayId", gatewayId).leaf("ownerId", FakeEc2State.ACCOUNT).leaf("region", region))
          .element("accepterTgwInfo", r -> r.leaf("transitGatewayId", peerGatewayId).leaf("ownerId", FakeEc2State.ACCOUNT)
              .leaf("region", peerRegion))
          .element("status", s -> s.leaf("code", state)).leaf("state", state).tags(tags);
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
