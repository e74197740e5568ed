package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the parts of one export share: the design, the logical ids, the resources, parameters and
 * outputs written so far, and indexes built once so that the export stays linear in the size of
 * the design.
 */
final class ExportContext {
  final Document document;
  final Topology topology;
  final LogicalIds ids;
  final Map<String, ResourceNode> resources = new LinkedHashMap<>();
  final ObjectNode parameters = Intrinsics.object();
  final ObjectNode conditions = Intrinsics.object();
  final ObjectNode mappings = Intrinsics.object();
  final ObjectNode outputs = Intrinsics.object();
  final List<String> notes = new ArrayList<>();

  private final Map<ElementId, RouteTable> mainTableOfVpc = new HashMap<>();
  private final Map<ElementId, List<Subnet>> subnetsOfVpc = new HashMap<>();
  private final Set<ElementId> explicitlyAssociated = new HashSet<>();
  private final Map<ElementId, InternetGateway> internetGatewayOfVpc = new HashMap<>();
  private final Map<ElementId, String> attachmentOf = new HashMap<>();
  private final Map<ElementId, Map<Cidr, String>> extraBlocksOfVpc = new HashMap<>();

  ExportContext(Document document, List<Element> ordered) {
    this.document = document;
    this.topology = document.topology();
    this.ids = new LogicalIds(ordered);
    for (Element element : ordered) {
      if (element instanceof RouteTable table) {
        if (table.main()) {
          mainTableOfVpc.putIfAbsent(table.vpcId(), table);
        }
        explicitlyAssociated.addAll(table.subnetIds());
      } else if (element instanceof Subnet subnet) {
        subnetsOfVpc.computeIfAbsent(subnet.vpcId(), vpc -> new ArrayList<>()).add(subnet);
      } else if (element instanceof InternetGateway gateway) {
        internetGatewayOfVpc.putIfAbsent(gateway.vpcId(), gateway);
      }
    }
  }

  String logical(ElementId id) {
    return ids.of(id);
  }

  ObjectNode ref(ElementId id) {
    return Intrinsics.ref(ids.of(id));
  }

  /** Adds a resource for an element, recording the design id when the logical id cannot carry it. */
  ResourceNode add(Element element, String type) {
    String logical = ids.of(element.id());
    ResourceNode node = add(logical, type);
    if (!logical.equals(element.id().value())) {
      node.netwright().put(NetwrightMetadata.ID, element.id().value());
    }
    return node;
  }

  /** Adds a resource under a logical id already allocated. */
  ResourceNode add(String logicalId, String type) {
    ResourceNode node = new ResourceNode(type);
    resources.put(logicalId, node);
    return node;
  }

  /** The logical id of the VPCGatewayAttachment of an internet or VPN gateway, allocated on first use. */
  String attachmentOf(Element gateway) {
    return attachmentOf.computeIfAbsent(gateway.id(), id -> ids.unique(ids.of(id) + "Attachment"));
  }

  /** Records the VPCCidrBlock resource that adds a further block to a VPC. */
  void extraBlock(ElementId vpcId, Cidr block, String logicalId) {
    extraBlocksOfVpc.computeIfAbsent(vpcId, id -> new HashMap<>()).put(block, logicalId);
  }

  /** The VPCCidrBlock resource that adds the further block holding {@code cidr}, when it is in one. */
  Optional<String> extraBlockHolding(ElementId vpcId, Cidr cidr) {
    for (Map.Entry<Cidr, String> entry : extraBlocksOfVpc.getOrDefault(vpcId, Map.of()).entrySet()) {
      if (entry.getKey().contains(cidr)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The internet gateway attached to a VPC, when there is one. */
  Optional<InternetGateway> internetGatewayOf(ElementId vpcId) {
    return Optional.ofNullable(internetGatewayOfVpc.get(vpcId));
  }

  /** True when the design gives the VPC a main route table. */
  boolean hasMainTable(ElementId vpcId) {
    return mainTableOfVpc.containsKey(vpcId);
  }

  /** The subnets that use a main route table without an explicit association, in design order. */
  List<Subnet> implicitSubnetsOf(RouteTable mainTable) {
    if (mainTableOfVpc.get(mainTable.vpcId()) != mainTable) {
      return List.of();
    }
    List<Subnet> implicit = new ArrayList<>();
    for (Subnet subnet : subnetsOfVpc.getOrDefault(mainTable.vpcId(), List.of())) {
      if (!explicitlyAssociated.contains(subnet.id())) {
        implicit.add(subnet);
      }
    }
    return implicit;
  }
}
