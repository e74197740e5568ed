package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads route tables, VPC endpoints, routes and subnet associations. Routes and associations are
 * gathered per table and set once at the end, so that a table with thousands of them is built in
 * linear time. An association the exporter added only to stand in for the main route table
 * ({@code Netwright.ImpliedByMain}) is consumed without becoming an explicit association.
 */
final class RoutingImport {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Resources the importer always folds into an element: never a route's target. */
  private static final Set<String> FOLDED_TYPES = Set.of("AWS::EC2::VPCGatewayAttachment", "AWS::EC2::EIP",
      "AWS::EC2::VPCCidrBlock", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::SecurityGroupIngress",
      "AWS::EC2::SecurityGroupEgress", "AWS::EC2::VPNConnectionRoute", "AWS::EC2::CustomerGateway", "AWS::EC2::VPNConnection");

  private final ImportContext context;
  private final Map<String, List<Route>> routesOfTable = new LinkedHashMap<>();
  private final Map<String, List<ElementId>> subnetsOfTable = new HashMap<>();

  RoutingImport(ImportContext context) {
    this.context = context;
  }

  /** Route tables first: endpoints need them, and routes need the endpoints. */
  void readTables() {
    for (TemplateResource resource : context.ofType("AWS::EC2::RouteTable")) {
      context.attempt(resource, () -> {
        ResourceProperties properties = context.properties(resource);
        Vpc vpc = properties.element("VpcId", Vpc.class);
        boolean main = resource.netwright(NetwrightMetadata.MAIN).map(JsonNode::asBoolean).orElse(false);
        context.add(resource, new RouteTable(properties.id(), properties.name(), vpc.id(), main, List.of(), List.of()));
        routesOfTable.put(resource.logicalId(), new ArrayList<>());
        subnetsOfTable.put(resource.logicalId(), new ArrayList<>());
      });
    }
    addMainTables();
  }

  /**
   * CloudFormation gives every VPC a main route table with the local routes only, which no
   * template can name; the subnets without an association use it. Such a table is added to every
   * VPC of the template's own that has none, except where a Netwright export says the design gave it none.
   */
  private void addMainTables() {
    Set<ElementId> withMain = new java.util.HashSet<>();
    List<Map.Entry<String, Vpc>> vpcs = new ArrayList<>();
    for (Map.Entry<String, Element> entry : context.elements.entrySet()) {
      if (entry.getValue() instanceof RouteTable table && table.main()) {
        withMain.add(table.vpcId());
      } else if (entry.getValue() instanceof Vpc vpc && !vpc.external()) {
        vpcs.add(Map.entry(entry.getKey(), vpc));
      }
    }
    for (Map.Entry<String, Vpc> entry : vpcs) {
      TemplateResource resource = context.resources.get(entry.getKey());
      boolean designedWithout = resource.netwright(NetwrightMetadata.NO_MAIN_ROUTE_TABLE).map(JsonNode::asBoolean).orElse(false);
      if (withMain.contains(entry.getValue().id()) || designedWithout) {
        continue;
      }
      String key = entry.getKey() + "MainRouteTable";
      for (int suffix = 2; context.resources.containsKey(key) || context.elements.containsKey(key); suffix++) {
        key = entry.getKey() + "MainRouteTable" + suffix;
      }
      context.elements.put(key, new RouteTable(ElementId.of(key), "", entry.getValue().id(), true, List.of(), List.of()));
    }
  }

  void readEndpoints() {
    for (TemplateResource resource : context.ofType("AWS::EC2::VPCEndpoint")) {
      context.attempt(resource, () -> endpoint(resource));
    }
  }

  /** Routes and associations, once every possible target exists. */
  void readRoutes() {
    for (TemplateResource resource : context.ofType("AWS::EC2::Route")) {
      context.attempt(resource, () -> route(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::SubnetRouteTableAssociation")) {
      context.attempt(resource, () -> association(resource));
    }
    for (Map.Entry<String, List<Route>> entry : routesOfTable.entrySet()) {
      RouteTable table = (RouteTable) context.elements.get(entry.getKey());
      context.elements.put(entry.getKey(), table.withRoutes(entry.getValue()).withSubnetIds(subnetsOfTable.get(entry.getKey())));
    }
  }

  private void endpoint(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String type = properties.text("VpcEndpointType").orElse("Gateway");
    if (!type.equals("Gateway") && !type.equals("Interface")) {
      throw new Unmodelled("it is a " + type + " endpoint; Netwright models gateway and interface endpoints");
    }
    Vpc vpc = properties.element("VpcId", Vpc.class);
    String service = properties.requiredText("ServiceName");
    String policy = policy(properties);
    if (type.equals("Gateway")) {
      List<ElementId> tables = properties.elements("RouteTableIds", RouteTable.class).stream().map(Element::id).toList();
      context.add(resource, new GatewayEndpoint(properties.id(), properties.name(), vpc.id(), service, tables, policy));
      return;
    }
    List<ElementId> subnets = properties.elements("SubnetIds", Subnet.class).stream().map(Element::id).toList();
    List<ElementId> groups = new ArrayList<>();
    Optional<JsonNode> listed = properties.value("SecurityGroupIds");
    if (listed.isPresent() && listed.get().isArray()) {
      for (JsonNode group : listed.get()) {
        Optional<TemplateValues.Reference> reference = TemplateValues.referenceOf(group);
        if (reference.isPresent() && reference.get().attribute().equals("DefaultSecurityGroup")) {
          continue; // the VPC's default group is what AWS attaches when none is named
        }
        String logical = reference.map(TemplateValues.Reference::logicalId).orElseThrow(() ->
            new Unmodelled("its SecurityGroupIds names " + Evaluator.describe(group) + ", which is not a resource of the template"));
        groups.add(context.element(logical, SecurityGroup.class).orElseThrow(() ->
            new Unmodelled("its SecurityGroupIds refers to " + logical + ", which Netwright could not model")).id());
      }
    }
    InboundResolverDns dns = InboundResolverDns.NOT_SPECIFIED;
    Optional<JsonNode> options = properties.value("DnsOptions");
    JsonNode option = options.map(node -> node.get("PrivateDnsOnlyForInboundResolverEndpoint")).orElse(null);
    if (option != null) {
      try {
        dns = InboundResolverDns.parse(option.asText());
      } catch (InvalidValueException e) {
        throw properties.error("DnsOptions", e.getMessage());
      }
    }
    context.add(resource, new InterfaceEndpoint(properties.id(), properties.name(), vpc.id(), service, subnets, groups,
        properties.bool("PrivateDnsEnabled", false), policy, dns));
  }

  /** A policy object becomes its compact JSON text; a policy given as text stays as it is. */
  private static String policy(ResourceProperties properties) {
    Optional<JsonNode> policy = properties.value("PolicyDocument");
    if (policy.isEmpty()) {
      return "";
    }
    if (policy.get().isTextual()) {
      return policy.get().asText();
    }
    try {
      return JSON.writeValueAsString(policy.get());
    } catch (JsonProcessingException e) {
      throw new Unmodelled("its PolicyDocument holds values that cannot be known before deployment");
    }
  }

  private void route(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String table = properties.elementLogicalId("RouteTableId", RouteTable.class);
    RouteDestination destination;
    if (properties.has("DestinationCidrBlock")) {
      destination = RouteDestination.of(properties.cidr("DestinationCidrBlock"));
    } else if (properties.has("DestinationPrefixListId")) {
      String list = properties.requiredText("DestinationPrefixListId");
      try {
        destination = RouteDestination.of(PrefixListId.of(list));
      } catch (InvalidValueException e) {
        throw properties.error("DestinationPrefixListId", e.getMessage());
      }
    } else {
      throw new Unmodelled("it has no IPv4 destination (IPv6 routes are not modelled)");
    }
    context.consumed.add(resource.logicalId());
    routesOfTable.get(table).add(new Route(destination, target(properties)));
  }

  private ElementId target(ResourceProperties properties) {
    for (String property : RouteTargets.PROPERTIES) {
      if (!properties.has(property)) {
        continue;
      }
      String logical = properties.referenceTo(property);
      Element element = context.elements.get(logical);
      if (element != null) {
        return element.id();
      }
      TemplateResource target = context.resources.get(logical);
      if (target != null && target.created() && !context.consumed.contains(logical) && !FOLDED_TYPES.contains(target.type())) {
        // it will be kept as an opaque resource (a transit gateway, an ENI, a peering whose peer cannot be known):
        // the route still goes there, and a path question stops there saying so
        return context.idOf(target);
      }
      throw new Unmodelled("its " + property + " refers to " + logical + ", which Netwright could not model");
    }
    throw new Unmodelled("it names no target Netwright knows");
  }

  private void association(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String table = properties.elementLogicalId("RouteTableId", RouteTable.class);
    Subnet subnet = properties.element("SubnetId", Subnet.class);
    context.consumed.add(resource.logicalId());
    if (!resource.netwright(NetwrightMetadata.IMPLIED_BY_MAIN).map(JsonNode::asBoolean).orElse(false)) {
      subnetsOfTable.get(table).add(subnet.id());
    }
  }
}
