package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.SecurityGroup;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what joins VPCs from a template: transit gateways, their VPC attachments
 * ({@code TransitGatewayVpcAttachment} or the older {@code TransitGatewayAttachment}), VPN
 * connections to a transit gateway, peering attachments (a peer named by a literal id becomes a
 * transit gateway of the peer region), route tables with their associations, propagations and
 * routes; then private hosted zones with their alias records to interface endpoints, and Resolver
 * inbound endpoints. A transit gateway whose defaults are on gets the default route table AWS
 * gives it, unless a Netwright export says the design has its own (see {@link TransitExport}).
 */
final class TransitImport {
  private final ImportContext context;
  /** The logical id of each transit gateway's default route table, by the gateway's logical id. */
  private final Map<String, String> defaultTableOf = new HashMap<>();
  private final Map<String, Links> linksOfTable = new LinkedHashMap<>();
  private final Map<String, List<AliasRecord>> recordsOfZone = new LinkedHashMap<>();

  /** What a route table gathers before it is set once. */
  private static final class Links {
    final List<ElementId> associations = new ArrayList<>();
    final List<ElementId> propagations = new ArrayList<>();
    final List<TransitGatewayRoute> routes = new ArrayList<>();
    final java.util.SortedMap<Integer, ElementId> vpnAssociations = new java.util.TreeMap<>();
    final java.util.SortedMap<Integer, ElementId> vpnPropagations = new java.util.TreeMap<>();
    final java.util.SortedMap<Integer, TransitGatewayRoute> vpnRoutes = new java.util.TreeMap<>();
  }

  TransitImport(ImportContext context) {
    this.context = context;
  }

  /** Transit gateways and all of theirs; needs the VPCs and subnets. */
  void readGateways() {
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGateway")) {
      context.attempt(resource, () -> transitGateway(resource));
    }
    for (String type : List.of("AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::TransitGatewayAttachment")) {
      for (TemplateResource resource : context.ofType(type)) {
        context.attempt(resource, () -> vpcAttachment(resource));
      }
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::VPNConnection")) {
      if (resource.properties().has("TransitGatewayId")) {
        context.attempt(resource, () -> vpnAttachment(resource));
      }
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGatewayPeeringAttachment")) {
      context.attempt(resource, () -> peeringAttachment(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGatewayRouteTable")) {
      context.attempt(resource, () -> routeTable(resource));
    }
    addDefaultTables();
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGatewayRouteTableAssociation")) {
      context.attempt(resource, () -> link(resource, true));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGatewayRouteTablePropagation")) {
      context.attempt(resource, () -> link(resource, false));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGatewayRoute")) {
      context.attempt(resource, () -> route(resource));
    }
    for (Map.Entry<String, Links> entry : linksOfTable.entrySet()) {
      TransitGatewayRouteTable table = (TransitGatewayRouteTable) context.elements.get(entry.getKey());
      Links links = entry.getValue();
      try {
        context.elements.put(entry.getKey(), table.withAssociations(placed(links.associations, links.vpnAssociations))
            .withPropagations(placed(links.propagations, links.vpnPropagations)).withRoutes(placed(links.routes, links.vpnRoutes)));
      } catch (InvalidValueException e) {
        TemplateResource resource = context.resources.get(entry.getKey());
        throw context.template.error(resource == null ? 0 : resource.line(), "resource " + entry.getKey() + ": " + e.getMessage());
      }
    }
  }

  /** Hosted zones, their records and Resolver endpoints; needs the interface endpoints and security groups. */
  void readDns() {
    for (TemplateResource resource : context.ofType("AWS::Route53::HostedZone")) {
      context.attempt(resource, () -> hostedZone(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::Route53::RecordSet")) {
      context.attempt(resource, () -> record(resource));
    }
    for (Map.Entry<String, List<AliasRecord>> entry : recordsOfZone.entrySet()) {
      HostedZone zone = (HostedZone) context.elements.get(entry.getKey());
      try {
        context.elements.put(entry.getKey(), zone.withRecords(entry.getValue()));
      } catch (InvalidValueException e) {
        throw context.template.error(context.resources.get(entry.getKey()).line(), "resource " + entry.getKey() + ": " + e.getMessage());
      }
    }
    for (TemplateResource resource : context.ofType("AWS::Route53Resolver::ResolverEndpoint")) {
      context.attempt(resource, () -> resolverEndpoint(resource));
    }
  }

  private void transitGateway(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    long asn = TransitGateway.DEFAULT_ASN;
    Optional<String> asnText = properties.text("AmazonSideAsn");
    if (asnText.isPresent()) {
      try {
        asn = Long.parseLong(asnText.get().trim());
      } catch (NumberFormatException e) {
        throw properties.error("AmazonSideAsn", "must be a whole number, not '" + asnText.get() + "'");
      }
    }
    boolean association = resource.netwright(NetwrightMetadata.DEFAULT_ASSOCIATION).map(JsonNode::asBoolean)
        .orElse(enabled(properties, "DefaultRouteTableAssociation"));
    boolean propagation = resource.netwright(NetwrightMetadata.DEFAULT_PROPAGATION).map(JsonNode::asBoolean)
        .orElse(enabled(properties, "DefaultRouteTablePropagation"));
    Region region = resource.netwright(NetwrightMetadata.REGION).filter(JsonNode::isTextual)
        .map(node -> Region.of(node.asText())).orElse(context.evaluator.region());
    context.add(resource, new TransitGateway(properties.id(), properties.name(), region, asn, association, propagation));
  }

  private static boolean enabled(ResourceProperties properties, String property) {
    String value = properties.text(property).orElse("enable");
    if (!value.equals("enable") && !value.equals("disable")) {
      throw properties.error(property, "must be enable or disable, not '" + value + "'");
    }
    return value.equals("enable");
  }

  private void vpcAttachment(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    TransitGateway gateway = properties.element("TransitGatewayId", TransitGateway.class);
    Vpc vpc = properties.element("VpcId", Vpc.class);
    List<ElementId> subnets = properties.elements("SubnetIds", Subnet.class).stream().map(Element::id).toList();
    context.add(resource, new TransitGatewayVpcAttachment(properties.id(), properties.name(), gateway.id(), vpc.id(), subnets));
  }

  private void vpnAttachment(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    TransitGateway gateway = properties.element("TransitGatewayId", TransitGateway.class);
    List<Cidr> blocks = new ArrayList<>();
    Optional<JsonNode> recorded = resource.netwright(NetwrightMetadata.ON_PREMISES_CIDRS);
    if (recorded.isPresent() && recorded.get().isArray()) {
      for (JsonNode block : recorded.get()) {
        blocks.add(Cidr.parse(block.asText()));
      }
    } else {
      properties.text("RemoteIpv4NetworkCidr").filter(text -> !text.equals("0.0.0.0/0"))
          .ifPresent(text -> blocks.add(properties.cidr("RemoteIpv4NetworkCidr")));
    }
    String customer = properties.referenceTo("CustomerGatewayId");
    TemplateResource customerGateway = context.resources.get(customer);
    boolean modelled = customerGateway != null && customerGateway.type().equals("AWS::EC2::CustomerGateway");
    CustomerGateway device = modelled ? customerGateway(customerGateway) : null;
    context.add(resource, new TransitGatewayVpnAttachment(properties.id(), properties.name(), gateway.id(), blocks, device));
    if (modelled) {
      context.consumed.add(customer);
    }
  }

  /**
   * The device of a customer gateway resource when its address is written in the template; null
   * when it is a parameter or another expression (the design then does not know it).
   */
  private CustomerGateway customerGateway(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    JsonNode address;
    JsonNode asn;
    try {
      address = properties.value("IpAddress").orElse(null);
      asn = properties.value("BgpAsn").orElse(null);
    } catch (Unmodelled unknown) {
      return null; // a parameter without a default: the design does not know the device
    }
    if (address == null || !address.isTextual()) {
      return null;
    }
    long bgpAsn = asn != null && asn.canConvertToLong() && (asn.isIntegralNumber() || asn.isTextual() && asn.asText().matches("\\d+"))
        ? asn.asLong() : CustomerGateway.DEFAULT_ASN;
    try {
      return new CustomerGateway(address.asText(), bgpAsn);
    } catch (InvalidValueException e) {
      throw properties.error("IpAddress", e.getMessage());
    }
  }

  private void peeringAttachment(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    TransitGateway gateway = properties.element("TransitGatewayId", TransitGateway.class);
    JsonNode peerValue = properties.value("PeerTransitGatewayId").orElseThrow(() -> new Unmodelled("it has no PeerTransitGatewayId"));
    ElementId peer;
    if (TemplateValues.referenceOf(peerValue).isPresent()) {
      peer = properties.element("PeerTransitGatewayId", TransitGateway.class).id();
    } else {
      // another region's (or account's) gateway, named by its id: known only by that id and its region
      String literal = properties.requiredText("PeerTransitGatewayId");
      Region region = properties.text("PeerRegion").map(name -> {
        try {
          return Region.of(name);
        } catch (InvalidValueException e) {
          throw properties.error("PeerRegion", e.getMessage());
        }
      }).orElse(gateway.region());
      ElementId id;
      try {
        id = ElementId.of(literal);
      } catch (InvalidValueException e) {
        throw properties.error("PeerTransitGatewayId", e.getMessage());
      }
      if (context.elements.values().stream().noneMatch(element -> element.id().equals(id))) {
        context.elements.put(literal, new TransitGateway(id, "", region, TransitGateway.DEFAULT_ASN, false, false));
      }
      peer = id;
    }
    context.add(resource, new TransitGatewayPeeringAttachment(properties.id(), properties.name(), gateway.id(), peer));
  }

  private void routeTable(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String gatewayLogical = properties.elementLogicalId("TransitGatewayId", TransitGateway.class);
    TransitGateway gateway = (TransitGateway) context.elements.get(gatewayLogical);
    boolean isDefault = resource.netwright(NetwrightMetadata.DEFAULT_ROUTE_TABLE).map(JsonNode::asBoolean).orElse(false);
    context.add(resource, TransitGatewayRouteTable.of(properties.id(), properties.name(), gateway.id(), isDefault));
    Links links = new Links();
    linksOfTable.put(resource.logicalId(), links);
    if (isDefault) {
      defaultTableOf.putIfAbsent(gatewayLogical, resource.logicalId());
    }
    // what no resource can say of a VPN attachment, as a Netwright export recorded it: put in place once the rest is read
    resource.netwright(NetwrightMetadata.VPN_ASSOCIATIONS).ifPresent(list -> list.forEach(item ->
        links.vpnAssociations.put(item.path("Position").asInt(), vpn(item.path("Attachment")))));
    resource.netwright(NetwrightMetadata.VPN_PROPAGATIONS).ifPresent(list -> list.forEach(item ->
        links.vpnPropagations.put(item.path("Position").asInt(), vpn(item.path("Attachment")))));
    resource.netwright(NetwrightMetadata.VPN_ROUTES).ifPresent(list -> list.forEach(item -> links.vpnRoutes.put(item.path("Position").asInt(),
        TransitGatewayRoute.to(Cidr.parse(item.path("DestinationCidrBlock").asText()), vpn(item.path("Attachment"))))));
  }

  /** Puts each recorded item at its position in the design's list (in rising order, so that each lands where it was). */
  private static <T> List<T> placed(List<T> read, java.util.SortedMap<Integer, T> recorded) {
    List<T> result = new ArrayList<>(read);
    recorded.forEach((position, item) -> result.add(Math.min(Math.max(position, 0), result.size()), item));
    return result;
  }

  private ElementId vpn(JsonNode logical) {
    return context.element(logical.asText(), TransitGatewayVpnAttachment.class).map(Element::id)
        .orElseThrow(() -> new Unmodelled("its metadata names " + logical.asText() + ", which is no VPN attachment Netwright could model"));
  }

  /**
   * AWS gives a transit gateway whose default association or propagation is on a default route
   * table, which no template can name except through the gateway's
   * {@code AssociationDefaultRouteTableId}; such a table is added to every gateway of the template
   * that has none, except where a Netwright export says the design gave it none.
   */
  private void addDefaultTables() {
    for (TemplateResource resource : context.ofType("AWS::EC2::TransitGateway")) {
      Optional<TransitGateway> gateway = context.element(resource.logicalId(), TransitGateway.class);
      if (gateway.isEmpty() || defaultTableOf.containsKey(resource.logicalId())
          || !(gateway.get().defaultAssociation() || gateway.get().defaultPropagation())
          || resource.netwright(NetwrightMetadata.NO_DEFAULT_ROUTE_TABLE).map(JsonNode::asBoolean).orElse(false)) {
        continue;
      }
      String key = resource.logicalId() + "DefaultRouteTable";
      for (int suffix = 2; context.resources.containsKey(key) || context.elements.containsKey(key); suffix++) {
        key = resource.logicalId() + "DefaultRouteTable" + suffix;
      }
      context.elements.put(key, TransitGatewayRouteTable.of(ElementId.of(key), "", gateway.get().id(), true));
      linksOfTable.put(key, new Links());
      defaultTableOf.put(resource.logicalId(), key);
    }
  }

  /** The logical id of the route table a property names: a table of the template, or a gateway's default table. */
  private String tableOf(ResourceProperties properties, String property) {
    JsonNode value = properties.value(property).orElseThrow(() -> new Unmodelled("it has no " + property));
    Optional<TemplateValues.Reference> reference = TemplateValues.referenceOf(value);
    if (reference.isPresent() && (reference.get().attribute().equals("AssociationDefaultRouteTableId")
        || reference.get().attribute().equals("PropagationDefaultRouteTableId"))) {
      String table = defaultTableOf.get(reference.get().logicalId());
      if (table == null) {
        throw new Unmodelled("its " + property + " is the default route table of " + reference.get().logicalId() + ", which has none");
      }
      return table;
    }
    return properties.elementLogicalId(property, TransitGatewayRouteTable.class);
  }

  private void link(TemplateResource resource, boolean association) {
    ResourceProperties properties = context.properties(resource);
    String table = tableOf(properties, "TransitGatewayRouteTableId");
    TransitGatewayAttachment attachment = properties.element("TransitGatewayAttachmentId", TransitGatewayAttachment.class);
    context.consumed.add(resource.logicalId());
    if (resource.netwright(NetwrightMetadata.IMPLIED_BY_DEFAULT_TABLE).map(JsonNode::asBoolean).orElse(false)) {
      return;
    }
    List<ElementId> list = association ? linksOfTable.get(table).associations : linksOfTable.get(table).propagations;
    if (!list.contains(attachment.id())) {
      list.add(attachment.id());
    }
  }

  private void route(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String table = tableOf(properties, "TransitGatewayRouteTableId");
    Cidr destination = properties.cidr("DestinationCidrBlock");
    TransitGatewayRoute route = properties.bool("Blackhole", false) ? TransitGatewayRoute.blackhole(destination)
        : TransitGatewayRoute.to(destination, properties.element("TransitGatewayAttachmentId", TransitGatewayAttachment.class).id());
    context.consumed.add(resource.logicalId());
    linksOfTable.get(table).routes.add(route);
  }

  private void hostedZone(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String domain = properties.requiredText("Name");
    List<ElementId> vpcs = new ArrayList<>();
    Optional<JsonNode> listed = properties.value("VPCs");
    if (listed.isPresent()) {
      if (!listed.get().isArray()) {
        throw properties.error("VPCs", "must be a list");
      }
      for (JsonNode entry : listed.get()) {
        Optional<TemplateValues.Reference> reference = Optional.ofNullable(entry.get("VPCId")).flatMap(TemplateValues::referenceOf);
        if (reference.isEmpty()) {
          throw new Unmodelled("its VPCs name a VPC that is not a resource of the template");
        }
        vpcs.add(context.element(reference.get().logicalId(), Vpc.class).orElseThrow(() -> new Unmodelled("its VPCs refer to "
            + reference.get().logicalId() + ", which Netwright could not model")).id());
      }
    }
    if (vpcs.isEmpty() && !resource.netwright(NetwrightMetadata.PRIVATE).map(JsonNode::asBoolean).orElse(false)) {
      throw new Unmodelled("it is a public hosted zone (it names no VPC); Netwright models private hosted zones");
    }
    context.add(resource, new HostedZone(properties.id(), zoneName(properties), domain, vpcs, List.of()));
    recordsOfZone.put(resource.logicalId(), new ArrayList<>());
  }

  /** The Name tag of a hosted zone, which keeps its tags in {@code HostedZoneTags}. */
  private static String zoneName(ResourceProperties properties) {
    Optional<JsonNode> tags = properties.value("HostedZoneTags");
    if (tags.isPresent() && tags.get().isArray()) {
      for (JsonNode tag : tags.get()) {
        if ("Name".equals(tag.path("Key").asText(null)) && tag.path("Value").isTextual()) {
          return tag.path("Value").asText();
        }
      }
    }
    return "";
  }

  /** An alias record to an interface endpoint: its AliasTarget's DNSName is taken from the endpoint's DnsEntries. */
  private void record(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    if (!properties.has("HostedZoneId")) {
      throw new Unmodelled("it names its zone by HostedZoneName; Netwright reads records whose HostedZoneId refers to a zone");
    }
    String zone = properties.elementLogicalId("HostedZoneId", HostedZone.class);
    String type = properties.requiredText("Type");
    if (!type.equals("A") && !type.equals("AAAA")) {
      throw new Unmodelled("it is a " + type + " record; Netwright models alias records to interface endpoints");
    }
    JsonNode target = resource.properties().path("AliasTarget").get("DNSName");
    Optional<String> endpoint = target == null ? Optional.empty() : dnsEntriesOf(target);
    if (endpoint.isEmpty()) {
      throw new Unmodelled("it is no alias record to an interface endpoint's DnsEntries");
    }
    InterfaceEndpoint interfaceEndpoint = context.element(endpoint.get(), InterfaceEndpoint.class).orElseThrow(() ->
        new Unmodelled("its alias target is " + endpoint.get() + ", which is no interface endpoint Netwright could model"));
    String name = properties.requiredText("Name");
    context.consumed.add(resource.logicalId());
    try {
      recordsOfZone.get(zone).add(new AliasRecord(name, interfaceEndpoint.id()));
    } catch (InvalidValueException e) {
      throw properties.error("Name", e.getMessage());
    }
  }

  /** The endpoint whose {@code DnsEntries} a DNS name is cut from ({@code Fn::GetAtt [Ep, DnsEntries]} anywhere inside it). */
  private static Optional<String> dnsEntriesOf(JsonNode node) {
    JsonNode getAtt = node.isObject() ? node.get("Fn::GetAtt") : null;
    if (getAtt != null) {
      if (getAtt.isArray() && getAtt.size() == 2 && getAtt.get(1).asText().equals("DnsEntries")) {
        return Optional.of(getAtt.get(0).asText());
      }
      if (getAtt.isTextual() && getAtt.asText().endsWith(".DnsEntries")) {
        return Optional.of(getAtt.asText().substring(0, getAtt.asText().length() - ".DnsEntries".length()));
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        Optional<String> found = dnsEntriesOf(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private void resolverEndpoint(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String direction = properties.requiredText("Direction").toUpperCase(Locale.ROOT);
    if (!direction.equals("INBOUND")) {
      throw new Unmodelled("it is an " + direction.toLowerCase(Locale.ROOT) + " endpoint; Netwright models inbound Resolver endpoints");
    }
    List<ElementId> subnets = new ArrayList<>();
    ElementId vpc = null;
    Optional<JsonNode> addresses = properties.value("IpAddresses");
    if (addresses.isPresent() && addresses.get().isArray()) {
      for (JsonNode address : addresses.get()) {
        String logical = Optional.ofNullable(address.get("SubnetId")).flatMap(TemplateValues::referenceOf)
            .map(TemplateValues.Reference::logicalId)
            .orElseThrow(() -> new Unmodelled("its IpAddresses name a subnet that is not a resource of the template"));
        Subnet subnet = context.element(logical, Subnet.class).orElseThrow(() -> new Unmodelled("its IpAddresses refer to " + logical
            + ", which Netwright could not model"));
        if (!subnets.contains(subnet.id())) {
          subnets.add(subnet.id());
        }
        vpc = vpc == null ? subnet.vpcId() : vpc;
      }
    }
    Optional<JsonNode> recordedVpc = resource.netwright(NetwrightMetadata.VPC).filter(JsonNode::isTextual);
    if (recordedVpc.isPresent()) {
      vpc = ElementId.of(recordedVpc.get().asText());
    }
    if (vpc == null) {
      throw new Unmodelled("its VPC cannot be known: it names no subnet");
    }
    List<ElementId> groups = new ArrayList<>();
    Optional<JsonNode> listed = properties.value("SecurityGroupIds");
    if (listed.isPresent() && listed.get().isArray()) {
      for (JsonNode group : listed.get()) {
        String logical = TemplateValues.referenceOf(group).map(TemplateValues.Reference::logicalId)
            .orElseThrow(() -> new Unmodelled("its SecurityGroupIds name a group that is not a resource of the template"));
        groups.add(context.element(logical, SecurityGroup.class).orElseThrow(() -> new Unmodelled("its SecurityGroupIds refer to "
            + logical + ", which Netwright could not model")).id());
      }
    }
    context.add(resource, new ResolverEndpoint(properties.id(), properties.name(), vpc, subnets, groups));
  }
}
