package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.format.InputFiles;
import dev.netwright.model.format.JsonTop;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CloudFormation template (YAML with short-form tags, or JSON) into a design. Intrinsic
 * functions are evaluated as CloudFormation would with the parameters' defaults; the element ids
 * are the logical ids (or the design ids a Netwright export recorded). A resource Netwright does
 * not model is kept as an opaque element and reported as an info finding, never dropped. A
 * template that is not valid gives a {@link TemplateException} naming the file and line.
 */
public final class TemplateImporter {
  /** The resource types the importer turns into elements or folds into one. */
  static final Set<String> MODELLED_TYPES = Set.of("AWS::EC2::VPC", "AWS::EC2::VPCCidrBlock", "AWS::EC2::Subnet",
      "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::InternetGateway",
      "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::EIP", "AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup",
      "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress", "AWS::EC2::VPCPeeringConnection", "AWS::EC2::VPNGateway",
      "AWS::EC2::VPNConnection", "AWS::EC2::VPNConnectionRoute", "AWS::EC2::CustomerGateway", "AWS::EC2::NetworkAcl",
      "AWS::EC2::NetworkAclEntry", "AWS::EC2::SubnetNetworkAclAssociation", "AWS::EC2::Instance", "AWS::EC2::NetworkInterface",
      "AWS::EC2::TransitGateway", "AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::TransitGatewayAttachment",
      "AWS::EC2::TransitGatewayPeeringAttachment", "AWS::EC2::TransitGatewayRouteTable", "AWS::EC2::TransitGatewayRouteTableAssociation",
      "AWS::EC2::TransitGatewayRouteTablePropagation", "AWS::EC2::TransitGatewayRoute", "AWS::Route53::HostedZone",
      "AWS::Route53::RecordSet", "AWS::Route53Resolver::ResolverEndpoint");
  /** The rule id of the info finding for a resource whose Condition is false. */
  static final String NOT_CREATED = "CFN-NOT-CREATED";
  private static final Pattern ZONE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}[a-z]");

  private TemplateImporter() {
  }

  /**
   * True when the text is a template rather than a design file: YAML, or a JSON object with
   * {@code Resources} or {@code AWSTemplateFormatVersion} at its top.
   */
  public static boolean looksLikeTemplate(String text) {
    return looksLikeTemplate(text, null);
  }

  /**
   * {@link #looksLikeTemplate(String)} with the top of the text already read ({@code top}, read
   * from {@code text} as it is), or null to read it here.
   */
  public static boolean looksLikeTemplate(String text, JsonTop top) {
    int start = firstNonBlank(text, 0);
    boolean mark = start < text.length() && text.charAt(start) == '\uFEFF';
    if (mark) {
      start = firstNonBlank(text, start + 1);
    }
    if (!text.startsWith("{", start)) {
      return true;
    }
    JsonTop read = top != null && !mark ? top : JsonTop.of(text.substring(start));
    if (read.valid()) {
      return read.has("Resources") || read.has("AWSTemplateFormatVersion");
    }
    return !text.contains("\"schemaVersion\"");
  }

  /** Where the first character that {@link String#stripLeading} keeps is, from {@code from}. */
  private static int firstNonBlank(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** Reads a template file; {@code region} is the {@code --region} given, or null to infer it. */
  public static ImportResult read(Path file, Region region) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(InputFiles.read(file))).toString();
    } catch (CharacterCodingException e) {
      throw new NetwrightException(file + ": not UTF-8 text");
    }
    return parse(text, file.getFileName() == null ? file.toString() : file.getFileName().toString(), region);
  }

  /** Reads a template's text; {@code source} names it in messages; {@code region} is the one given, or null to infer it. */
  public static ImportResult parse(String text, String source, Region region) {
    Imported imported = imported(text, source, region);
    // laid out once the parsed tree is gone: on a large template it is most of the memory in use
    Document document = new Document(imported.name(), imported.description(), imported.region(), imported.topology(),
        layout(imported.topology()));
    return new ImportResult(document, imported.findings());
  }

  /** What a template holds, before it is laid out. */
  private record Imported(String name, String description, Region region, Topology topology, List<Finding> findings) {
  }

  private static Imported imported(String text, String source, Region region) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ParsedTemplate template = body.stripLeading().startsWith("{") ? JsonTemplateParser.parse(body, source)
        : YamlTemplateParser.parse(body, source);
    Region resolved = region != null ? region : inferRegion(template);
    Map<String, TemplateResource> resources = resources(template);
    Evaluator evaluator = new Evaluator(template, resolved, resources);
    for (TemplateResource resource : resources.values()) {
      JsonNode condition = resource.raw().get("Condition");
      if (condition != null) {
        int line = template.lines().of(resource.raw(), "Condition", resource.line());
        resource.setCreated(evaluator.condition(evaluator.text(condition, line, "Condition"), line));
      }
    }
    ImportContext context = new ImportContext(template, evaluator, resources);
    RoutingImport routing = new RoutingImport(context);
    TransitImport transit = new TransitImport(context);
    new NetworkImport(context).read();
    transit.readGateways();
    routing.readTables();
    new SecurityGroupImport(context).read();
    routing.readEndpoints();
    transit.readDns();
    routing.readRoutes();
    new InsideVpcImport(context).read();
    new OpaqueImport(context).read();
    Topology topology = topology(template, context);
    List<Finding> findings = new ArrayList<>(notCreated(resources));
    findings.addAll(context.findings);
    return new Imported(name(template, source), description(template), resolved, topology, findings);
  }

  private static List<Finding> notCreated(Map<String, TemplateResource> resources) {
    return resources.values().stream().filter(resource -> !resource.created())
        .map(resource -> new Finding(NOT_CREATED, Severity.INFO, List.of(ElementId.of(resource.logicalId())), "Resource "
            + resource.logicalId() + " is left out: its Condition is false with the parameters' defaults."))
        .toList();
  }

  /** Where the imported design is drawn: VPCs as boxes, subnets in their zones' lanes, the rest beside them. */
  private static Layout layout(Topology topology) {
    return AutoLayout.layout(topology);
  }

  private static Map<String, TemplateResource> resources(ParsedTemplate template) {
    JsonNode section = template.root().get("Resources");
    int sectionLine = template.lines().of(template.root(), "Resources", 1);
    if (section == null) {
      throw template.error(0, "the template has no Resources section");
    }
    if (!section.isObject() || section.isEmpty()) {
      throw template.error(sectionLine, "Resources must be a mapping of at least one resource");
    }
    // sized for all of them at once: 100,000 resources would otherwise rehash the map 17 times
    Map<String, TemplateResource> resources = new LinkedHashMap<>(section.size() * 4 / 3 + 1);
    for (Iterator<Map.Entry<String, JsonNode>> fields = section.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String logicalId = field.getKey();
      int line = template.lines().of(section, logicalId, sectionLine);
      if (!isLogicalId(logicalId) || logicalId.length() > LogicalIds.MAX_LENGTH) {
        throw template.error(line, "the logical id '" + logicalId + "' must be letters and digits only");
      }
      JsonNode resource = field.getValue();
      if (!resource.isObject() || !resource.path("Type").isTextual()) {
        throw template.error(line, "resource " + logicalId + " needs a Type, such as AWS::EC2::VPC");
      }
      JsonNode properties = resource.get("Properties");
      if (properties != null && !properties.isObject() && !properties.isNull()) {
        throw template.error(template.lines().of(resource, "Properties", line), "the Properties of " + logicalId + " must be a mapping");
      }
      resources.put(logicalId, new TemplateResource(logicalId, resource.get("Type").asText(),
          (com.fasterxml.jackson.databind.node.ObjectNode) resource, line));
    }
    return resources;
  }

  /** Letters and digits (ASCII) only, at least one: what CloudFormation takes as a logical id. */
  private static boolean isLogicalId(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** The region from the template's own metadata, else from the first Availability Zone it names, else us-east-1. */
  private static Region inferRegion(ParsedTemplate template) {
    JsonNode recorded = template.root().path("Metadata").path(NetwrightMetadata.SECTION).get(NetwrightMetadata.REGION);
    if (recorded != null && recorded.isTextual()) {
      try {
        return Region.of(recorded.asText());
      } catch (InvalidValueException e) {
        throw template.error(template.lines().of(template.root(), "Metadata", 0), e.getMessage());
      }
    }
    return firstZone(template.root()).map(zone -> dev.netwright.model.AvailabilityZone.of(zone).region()).orElse(Region.US_EAST_1);
  }

  private static Optional<String> firstZone(JsonNode node) {
    if (node.isTextual()) {
      return ZONE.matcher(node.asText()).matches() ? Optional.of(node.asText()) : Optional.empty();
    }
    for (JsonNode child : node) {
      Optional<String> found = firstZone(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Topology topology(ParsedTemplate template, ImportContext context) {
    Topology topology;
    try {
      topology = Topology.of(context.elements.values());
    } catch (InvalidValueException e) {
      throw template.error(0, e.getMessage());
    }
    List<StructureCheck.Problem> problems = StructureCheck.problems(topology);
    if (!problems.isEmpty()) {
      Map<ElementId, String> logicalOf = new HashMap<>();
      context.elements.forEach((logical, element) -> logicalOf.put(element.id(), logical));
      StructureCheck.Problem problem = problems.get(0);
      String logical = logicalOf.getOrDefault(problem.element(), problem.element().value());
      TemplateResource resource = context.resources.get(logical);
      throw template.error(resource == null ? 0 : resource.line(), "resource " + logical + " " + problem.message());
    }
    return topology;
  }

  private static String name(ParsedTemplate template, String source) {
    JsonNode recorded = template.root().path("Metadata").path(NetwrightMetadata.SECTION).get(NetwrightMetadata.NAME);
    if (recorded != null && recorded.isTextual()) {
      return recorded.asText();
    }
    int dot = source.lastIndexOf('.');
    return dot > 0 ? source.substring(0, dot) : source;
  }

  private static String description(ParsedTemplate template) {
    JsonNode netwright = template.root().path("Metadata").path(NetwrightMetadata.SECTION);
    if (netwright.isObject()) {
      return netwright.path(NetwrightMetadata.DESCRIPTION).asText("");
    }
    JsonNode description = template.root().get("Description");
    return description != null && description.isTextual() ? description.asText() : "";
  }
}
