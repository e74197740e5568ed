package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a design into a CloudFormation template. Resources come in the order of the element kinds
 * (VPCs, subnets, route tables, ...), and within a kind in the design's order, each followed by
 * the resources it brings along (attachments, routes, associations, rules); the same design gives
 * the same bytes every time. What CloudFormation cannot say but the design holds goes into
 * {@code Metadata.Netwright} (see docs/cloudformation.md), so that {@link TemplateImporter} gives
 * the design back.
 */
public final class TemplateExporter {
  static final String FORMAT_VERSION = "2010-09-09";
  private static final int DESCRIPTION_MAX_BYTES = 1024;

  private TemplateExporter() {
  }

  /** The template as text in the given format. */
  public static String export(Document document, TemplateFormat format) {
    ObjectNode template = template(document);
    return format == TemplateFormat.YAML ? YamlEmitter.write(template) : JsonEmitter.write(template);
  }

  /** The template as a tree of JSON nodes, intrinsic functions in their long form. */
  public static ObjectNode template(Document document) {
    List<StructureCheck.Problem> problems = StructureCheck.problems(document.topology());
    if (!problems.isEmpty()) {
      throw new NetwrightException("the design cannot be exported: " + problems.get(0));
    }
    List<Element> ordered = new ArrayList<>(document.topology().elements());
    ordered.sort(Comparator.comparing(Element::kind));
    ExportContext context = new ExportContext(document, ordered);
    NetworkExport network = new NetworkExport(context);
    RoutingExport routing = new RoutingExport(context);
    SecurityGroupExport groups = new SecurityGroupExport(context, document.topology().securityGroups());
    OpaqueExport opaque = new OpaqueExport(context);
    InsideVpcExport inside = new InsideVpcExport(context);
    TransitExport transit = new TransitExport(context);
    ObjectNode resources = Intrinsics.object();
    List<ObjectNode> opaqueResources = new ArrayList<>();
    for (Element element : ordered) {
      if (element instanceof OpaqueResource resource) {
        flush(context, resources);
        ObjectNode written = opaque.resource(resource);
        opaqueResources.add(written);
        resources.set(context.logical(resource.id()), written);
        continue;
      }
      if (element instanceof Vpc vpc) {
        if (!vpc.external()) {
          network.vpc(vpc);
        }
      } else if (element instanceof Subnet subnet) {
        network.subnet(subnet);
      } else if (element instanceof RouteTable table) {
        routing.routeTable(table);
      } else if (element instanceof InternetGateway gateway) {
        network.internetGateway(gateway);
      } else if (element instanceof NatGateway nat) {
        network.natGateway(nat);
      } else if (element instanceof GatewayEndpoint endpoint) {
        routing.gatewayEndpoint(endpoint);
      } else if (element instanceof InterfaceEndpoint endpoint) {
        routing.interfaceEndpoint(endpoint);
      } else if (element instanceof SecurityGroup group) {
        groups.securityGroup(group);
      } else if (element instanceof PeeringConnection peering) {
        network.peering(peering);
      } else if (element instanceof VpnGateway vpn) {
        network.vpnGateway(vpn);
      } else if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
        inside.networkAcl(acl);
      } else if (element instanceof dev.netwright.model.topology.Workload workload) {
        inside.workload(workload);
      } else {
        transit.write(element);
      }
      flush(context, resources);
    }
    opaqueResources.forEach(resource -> dropDanglingDependsOn(resource, resources));
    return assemble(document, context, resources);
  }

  /**
   * An opaque resource may wait for a resource the import folded into an element (say an
   * instance's {@code DependsOn} on the internet gateway's attachment, which the export names
   * anew); a {@code DependsOn} on a name the template no longer has would make it invalid.
   */
  private static void dropDanglingDependsOn(ObjectNode resource, ObjectNode resources) {
    JsonNode dependsOn = resource.get("DependsOn");
    if (dependsOn == null) {
      return;
    }
    ArrayNode kept = Intrinsics.array();
    for (JsonNode name : dependsOn.isArray() ? dependsOn : Intrinsics.array().add(dependsOn)) {
      if (resources.has(name.asText())) {
        kept.add(name);
      }
    }
    if (kept.isEmpty()) {
      resource.remove("DependsOn");
    } else if (!dependsOn.isArray() && kept.size() == 1) {
      resource.set("DependsOn", kept.get(0));
    } else {
      resource.set("DependsOn", kept);
    }
  }

  private static void flush(ExportContext context, ObjectNode resources) {
    for (Map.Entry<String, ResourceNode> entry : context.resources.entrySet()) {
      resources.set(entry.getKey(), entry.getValue().toNode());
    }
    context.resources.clear();
  }

  private static ObjectNode assemble(Document document, ExportContext context, ObjectNode resources) {
    ObjectNode template = Intrinsics.object();
    template.put("AWSTemplateFormatVersion", FORMAT_VERSION);
    template.put("Description", description(document));
    ObjectNode netwright = template.putObject("Metadata").putObject(NetwrightMetadata.SECTION);
    netwright.put(NetwrightMetadata.NAME, document.name());
    if (!document.description().isEmpty()) {
      netwright.put(NetwrightMetadata.DESCRIPTION, document.description());
    }
    netwright.put(NetwrightMetadata.REGION, document.region().name());
    if (!context.notes.isEmpty()) {
      ArrayNode notes = netwright.putArray(NetwrightMetadata.NOTES);
      context.notes.forEach(notes::add);
    }
    if (!context.parameters.isEmpty()) {
      template.set("Parameters", context.parameters);
    }
    if (!context.mappings.isEmpty()) {
      template.set("Mappings", context.mappings);
    }
    if (!context.conditions.isEmpty()) {
      template.set("Conditions", context.conditions);
    }
    template.set("Resources", resources);
    if (!context.outputs.isEmpty()) {
      template.set("Outputs", context.outputs);
    }
    return template;
  }

  /** The design's description, else its name; within CloudFormation's 1,024 bytes. */
  private static String description(Document document) {
    String text = !document.description().isBlank() ? document.description()
        : "Netwright design" + (document.name().isBlank() ? "" : ": " + document.name());
    if (text.getBytes(StandardCharsets.UTF_8).length <= DESCRIPTION_MAX_BYTES) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > DESCRIPTION_MAX_BYTES - 3) {
        break;
      }
      out.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return out.append("...").toString();
  }
}
