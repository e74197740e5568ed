package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The design-file records of what joins VPCs: transit gateways, their attachments and route tables,
 * private hosted zones and Resolver inbound endpoints.
 */
final class TransitRecords {
  static final Map<ElementKind, List<String>> KEYS = Map.of(
      ElementKind.TRANSIT_GATEWAY,
      List.of("kind", "id", "name", "region", "amazonSideAsn", "defaultAssociation", "defaultPropagation"),
      ElementKind.TRANSIT_GATEWAY_VPC_ATTACHMENT, List.of("kind", "id", "name", "transitGatewayId", "vpcId", "subnetIds"),
      ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT, 
      List.of("kind", "id", "name", "transitGatewayId", "onPremisesCidrs", "customerGatewayIp", "customerGatewayAsn"),
      ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT, List.of("kind", "id", "name", "transitGatewayId", "peerTransitGatewayId"),
      ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE,
      List.of("kind", "id", "name", "transitGatewayId", "isDefault", "associations", "propagations", "routes"),
      ElementKind.HOSTED_ZONE, List.of("kind", "id", "name", "domain", "vpcIds", "records"),
      ElementKind.RESOLVER_ENDPOINT, List.of("kind", "id", "name", "vpcId", "subnetIds", "securityGroupIds"));
  /** A static route: to an attachment ({@code attachmentId}) or a blackhole ({@code "blackhole": true}), never both. */
  static final List<String> ROUTE_KEYS = List.of("destination", "attachmentId", "blackhole");
  static final List<String> RECORD_KEYS = List.of("recordName", "endpointId");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TransitRecords() {
  }

  /** The element of a kind this class reads; null for the other kinds. */
  static Element read(ElementKind kind, ElementId id, String name, JsonFields f) {
    switch (kind) {
      case TRANSIT_GATEWAY:
        return new TransitGateway(id, name, f.value("region", Region::of), f.longInteger("amazonSideAsn"), f.bool("defaultAssociation"),
            f.bool("defaultPropagation"));
      case TRANSIT_GATEWAY_VPC_ATTACHMENT:
        return new TransitGatewayVpcAttachment(id, name, f.id("transitGatewayId"), f.id("vpcId"), f.ids("subnetIds"));
      case TRANSIT_GATEWAY_VPN_ATTACHMENT:
        return new TransitGatewayVpnAttachment(id, name, f.id("transitGatewayId"), f.values("onPremisesCidrs", Cidr::parse),
            customerGateway(f));
      case TRANSIT_GATEWAY_PEERING_ATTACHMENT:
        return new TransitGatewayPeeringAttachment(id, name, f.id("transitGatewayId"), f.id("peerTransitGatewayId"));
      case TRANSIT_GATEWAY_ROUTE_TABLE:
        return new TransitGatewayRouteTable(id, name, f.id("transitGatewayId"), f.bool("isDefault"), f.ids("associations"),
            f.ids("propagations"), routes(f));
      case HOSTED_ZONE:
        return new HostedZone(id, name, f.text("domain"), f.ids("vpcIds"), records(f));
      case RESOLVER_ENDPOINT:
        return new ResolverEndpoint(id, name, f.id("vpcId"), f.ids("subnetIds"), f.ids("securityGroupIds"));
      default:
        return null;
    }
  }

  /** The optional customer gateway of a VPN attachment: its address, and its ASN (65000 when not given). */
  private static CustomerGateway customerGateway(JsonFields f) {
    if (!f.has("customerGatewayIp")) {
      if (f.has("customerGatewayAsn")) {
        throw new PlacedProblem(f.place().key("customerGatewayAsn"), "a customer gateway ASN needs 'customerGatewayIp', the address of"
            + " the on-premises VPN device, too");
      }
      return null;
    }
    long asn = f.has("customerGatewayAsn") ? f.longInteger("customerGatewayAsn") : CustomerGateway.DEFAULT_ASN;
    String address = f.text("customerGatewayIp");
    try {
      return new CustomerGateway(address, asn);
    } catch (dev.netwright.model.InvalidValueException e) {
      throw new PlacedProblem(f.place().key(address.isBlank() || asn >= 1 && asn <= 4_294_967_294L ? "customerGatewayIp"
          : "customerGatewayAsn"), e.getMessage());
    }
  }

  private static List<TransitGatewayRoute> routes(JsonFields table) {
    List<TransitGatewayRoute> routes = new ArrayList<>();
    for (JsonFields.Item item : table.array("routes")) {
      JsonFields route = item.object("a transit gateway route");
      route.allowOnly(new LinkedHashSet<>(ROUTE_KEYS), "a transit gateway route");
      Cidr destination = route.value("destination", Cidr::parse);
      boolean blackhole = route.has("blackhole") && route.bool("blackhole");
      if (blackhole == route.has("attachmentId")) {
        throw new PlacedProblem(route.place(), "a transit gateway route has either an 'attachmentId' or \"blackhole\": true");
      }
      routes.add(blackhole ? TransitGatewayRoute.blackhole(destination) : TransitGatewayRoute.to(destination, route.id("attachmentId")));
    }
    return routes;
  }

  private static List<AliasRecord> records(JsonFields zone) {
    List<AliasRecord> records = new ArrayList<>();
    for (JsonFields.Item item : zone.array("records")) {
      JsonFields record = item.object("an alias record");
      record.allowOnly(new LinkedHashSet<>(RECORD_KEYS), "an alias record");
      records.add(new AliasRecord(record.text("recordName"), record.id("endpointId")));
    }
    return records;
  }

  /** Writes the fields of an element of a kind this class reads; false for the other kinds. */
  static boolean write(Element element, ObjectNode node, Set<JsonNode> oneLine) {
    if (element instanceof TransitGateway gateway) {
      node.put("region", gateway.region().name());
      node.put("amazonSideAsn", gateway.amazonSideAsn());
      node.put("defaultAssociation", gateway.defaultAssociation());
      node.put("defaultPropagation", gateway.defaultPropagation());
    } else if (element instanceof TransitGatewayVpcAttachment attachment) {
      node.put("transitGatewayId", attachment.transitGatewayId().value());
      node.put("vpcId", attachment.vpcId().value());
      node.set("subnetIds", strings(attachment.subnetIds()));
    } else if (element instanceof TransitGatewayVpnAttachment vpn) {
      node.put("transitGatewayId", vpn.transitGatewayId().value());
      node.set("onPremisesCidrs", strings(vpn.onPremisesCidrs()));
      if (vpn.customerGateway() != null) {
        node.put("customerGatewayIp", vpn.customerGateway().ipAddress());
        node.put("customerGatewayAsn", vpn.customerGateway().bgpAsn());
      }
    } else if (element instanceof TransitGatewayPeeringAttachment peering) {
      node.put("transitGatewayId", peering.transitGatewayId().value());
      node.put("peerTransitGatewayId", peering.peerTransitGatewayId().value());
    } else if (element instanceof TransitGatewayRouteTable table) {
      node.put("transitGatewayId", table.transitGatewayId().value());
      node.put("isDefault", table.isDefault());
      node.set("associations", strings(table.associations()));
      node.set("propagations", strings(table.propagations()));
      ArrayNode routes = node.putArray("routes");
      for (TransitGatewayRoute route : table.routes()) {
        ObjectNode written = routes.addObject();
        oneLine.add(written);
        written.put("destination", route.destination().toString());
        if (route.blackhole()) {
          written.put("blackhole", true);
        } else {
          written.put("attachmentId", route.attachmentId().value());
        }
      }
    } else if (element instanceof HostedZone zone) {
      node.put("domain", zone.domain());
      node.set("vpcIds", strings(zone.vpcIds()));
      ArrayNode records = node.putArray("records");
      for (AliasRecord record : zone.records()) {
        ObjectNode written = records.addObject();
        oneLine.add(written);
        written.put("recordName", record.recordName());
        written.put("endpointId", record.endpointId().value());
      }
    } else if (element instanceof ResolverEndpoint resolver) {
      node.put("vpcId", resolver.vpcId().value());
      node.set("subnetIds", strings(resolver.subnetIds()));
      node.set("securityGroupIds", strings(resolver.securityGroupIds()));
    } else {
      return false;
    }
    return true;
  }

  private static ArrayNode strings(Collection<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(value.toString()));
    return array;
  }
}
