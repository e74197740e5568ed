package dev.netwright.model.edit;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.cost.Recommendation;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.layout.ZonePlacement;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that changes a design. Each method checks the edit against the current document
 * of its {@link History}, refuses it with an {@link EditRefusedException} that says why, or builds
 * the command, executes it (one undo step) and returns it. Meant to be called from one thread
 * (the UI's); the history may be read from any.
 */
public final class DesignEditor {
  private final History history;

  public DesignEditor(History history) {
    this.history = Objects.requireNonNull(history, "history");
  }

  public History history() {
    return history;
  }

  /** The document edits apply to. */
  public Document document() {
    return history.current();
  }

  /** A fresh id for a new element of {@code kind}: Subnet1, Subnet2, ... */
  public ElementId nextId(ElementKind kind) {
    return ElementIds.next(document().topology(), kind);
  }

  /** Adds a new element, drawn at {@code bounds} (null: the canvas places it). */
  public Command add(Element element, Bounds bounds) {
    Document before = document();
    if (before.topology().contains(element.id())) {
      throw refused("the design already has an element " + element.id() + " (" + Labels.of(before.topology(), element.id())
          + "); a new element needs a fresh id");
    }
    if (element.name().isBlank()) {
      throw refused("a new " + Labels.kind(element.kind()) + " needs a name: it becomes its Name tag in AWS");
    }
    Map<ElementId, Bounds> layout = bounds == null ? Map.of() : Map.of(element.id(), bounds);
    return commit(before, new AddElements("Add " + Labels.of(element), List.of(element), layout), List.of(element.id()));
  }

  public Command add(Element element) {
    return add(element, null);
  }

  /**
   * Replaces an element by an edited copy with the same id and kind, still in the same VPC (or
   * subnet): renamed, other blocks, zone, DNS flags, service, policy, rules, routes and so on.
   */
  public Command update(Element edited) {
    Document before = document();
    Element existing = before.topology().find(edited.id()).orElseThrow(() -> refused("there is no element " + edited.id()
        + " to edit"));
    if (existing.getClass() != edited.getClass()) {
      throw refused(Labels.of(existing) + " cannot become " + Labels.withArticle(Labels.kind(edited.kind())));
    }
    if (!existing.owners().equals(edited.owners())) {
      throw refused(Labels.of(existing) + " cannot move to another " + (existing instanceof NatGateway
          || existing instanceof Workload ? "subnet" : "VPC")
          + "; delete it and add a new one there");
    }
    if (existing instanceof RouteTable table && table.main() && !((RouteTable) edited).main()) {
      throw refused(Labels.of(table) + " is the main route table of " + Labels.of(before.topology(), table.vpcId())
          + "; make another table main instead");
    }
    if (existing instanceof NetworkAcl acl && acl.isDefault() != ((NetworkAcl) edited).isDefault()) {
      throw refused(Labels.of(acl) + (acl.isDefault() ? " is" : " is not") + " the default network ACL of "
          + Labels.of(before.topology(), acl.vpcId()) + "; AWS fixes a VPC's default ACL when it makes the VPC");
    }
    if (existing.equals(edited)) {
      throw refused(Labels.of(existing) + " is unchanged");
    }
    if (edited.name().isBlank() && !edited.name().equals(existing.name())) {
      throw refused(Labels.of(existing) + " needs a name: it becomes its Name tag in AWS (a blank name is dropped on export)");
    }
    String verb = existing.withName(edited.name()).equals(edited) ? "Rename " : "Edit ";
    Command command = new UpdateElement(verb + Labels.of(existing), edited);
    return commit(before, command, touchedByUpdate(before.topology(), existing, edited));
  }

  /** Deletes elements, everything they own and every reference to them, as one step. */
  public Command delete(Collection<ElementId> ids) {
    Document before = document();
    Topology topology = before.topology();
    if (ids.isEmpty()) {
      throw refused("nothing is selected to delete");
    }
    for (ElementId id : ids) {
      if (!topology.contains(id)) {
        throw refused("there is no element " + id + " to delete");
      }
    }
    Set<ElementId> removed = Cascade.of(topology, ids);
    for (ElementId id : ids) {
      topology.find(id, RouteTable.class).filter(RouteTable::main).filter(table -> !removed.contains(table.vpcId()))
          .ifPresent(table -> {
            throw refused(Labels.of(table) + " is the main route table of " + Labels.of(topology, table.vpcId())
                + "; make another table main first (AWS keeps a main table for as long as the VPC exists)");
          });
    }
    for (ElementId id : ids) {
      topology.find(id, NetworkAcl.class).filter(NetworkAcl::isDefault).filter(acl -> !removed.contains(acl.vpcId()))
          .ifPresent(acl -> {
            throw refused(Labels.of(acl) + " is the default network ACL of " + Labels.of(topology, acl.vpcId())
                + "; AWS keeps it for as long as the VPC exists");
          });
    }
    String label = ids.size() == 1 ? "Delete " + Labels.of(topology, ids.iterator().next())
        : "Delete " + Labels.count(ids.size(), "element");
    return commit(before, new DeleteElements(label, removed), List.of());
  }

  /** Gives elements new bounds at once: a whole drag or resize, on release. */
  public Command move(Map<ElementId, Bounds> bounds) {
    Document before = document();
    if (bounds.isEmpty()) {
      throw refused("nothing is selected to move");
    }
    for (ElementId id : bounds.keySet()) {
      if (!before.topology().contains(id)) {
        throw refused("there is no element " + id + " to move");
      }
    }
    String label;
    if (bounds.size() == 1) {
      Map.Entry<ElementId, Bounds> only = bounds.entrySet().iterator().next();
      Bounds old = before.layout().find(only.getKey()).orElse(null);
      boolean resized = old != null && old.x() == only.getValue().x() && old.y() == only.getValue().y();
      label = (resized ? "Resize " : "Move ") + Labels.of(before.topology(), only.getKey());
    } else {
      label = "Move " + Labels.count(bounds.size(), "element");
    }
    return commit(before, new MoveElements(label, bounds), List.of());
  }

  /** Moves a subnet (and what it holds) into another zone's lane: new zone and new bounds, one step. */
  public Command moveToZone(ElementId subnetId, AvailabilityZone zone, Map<ElementId, Bounds> bounds) {
    Document before = document();
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    if (subnet.zone().equals(zone)) {
      throw refused(Labels.of(subnet) + " is already in " + zone);
    }
    for (ElementId id : bounds.keySet()) {
      if (!before.topology().contains(id)) {
        throw refused("there is no element " + id + " to move");
      }
    }
    Command command = new MoveSubnetToZone("Move " + Labels.of(subnet) + " to " + zone, subnet.withZone(zone), bounds);
    return commit(before, command, List.of(subnetId));
  }

  /**
   * Puts a subnet in another zone from the Inspector: its new zone and its box moved into that
   * zone's column (see {@link ZonePlacement}), one step.
   */
  public Command rezone(ElementId subnetId, AvailabilityZone zone) {
    return moveToZone(subnetId, zone, ZonePlacement.boundsFor(document(), subnetId, zone));
  }

  /** Lays the whole design out anew with the automatic layout, as one step. */
  public Command tidyUp() {
    Document before = document();
    if (before.topology().isEmpty()) {
      throw refused("there is nothing to tidy up");
    }
    return commit(before, new TidyUp(AutoLayout.layout(before.topology())), List.of());
  }

  /** Associates a subnet with a route table of its VPC, moving it off its previous table. */
  public Command associate(ElementId subnetId, ElementId routeTableId) {
    Document before = document();
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    RouteTable table = require(before, routeTableId, RouteTable.class, "route table");
    if (table.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(subnet) + " is already associated with " + Labels.of(table));
    }
    return commit(before, new AssociateSubnet("Associate " + Labels.of(subnet) + " with " + Labels.of(table),
        subnetId, routeTableId), List.of(routeTableId));
  }

  /** Ends a subnet's explicit association: it uses its VPC's main route table again. */
  public Command disassociate(ElementId subnetId) {
    Document before = document();
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    if (before.topology().explicitRouteTable(subnetId).isEmpty()) {
      throw refused(Labels.of(subnet) + " has no explicit route table association to end");
    }
    return commit(before, new DisassociateSubnet("Disassociate " + Labels.of(subnet), subnetId), List.of());
  }

  /** Associates a subnet with a network ACL of its VPC, moving it off its previous ACL. */
  public Command associateNetworkAcl(ElementId subnetId, ElementId aclId) {
    Document before = document();
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    NetworkAcl acl = require(before, aclId, NetworkAcl.class, "network ACL");
    if (acl.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(subnet) + " is already associated with " + Labels.of(acl));
    }
    return commit(before, new AssociateNetworkAcl("Associate " + Labels.of(subnet) + " with " + Labels.of(acl), subnetId, aclId),
        List.of(aclId));
  }

  /** Ends a subnet's explicit network ACL association: it uses its VPC's default ACL again. */
  public Command disassociateNetworkAcl(ElementId subnetId) {
    Document before = document();
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    if (before.topology().explicitNetworkAcl(subnetId).isEmpty()) {
      throw refused(Labels.of(subnet) + " has no explicit network ACL association to end");
    }
    return commit(before, new AssociateNetworkAcl("Return " + Labels.of(subnet) + " to its default network ACL", subnetId, null),
        List.of());
  }

  /**
   * Moves a workload into another subnet of its VPC, as one step; an address it had that lies
   * outside the new subnet is left to AWS to choose.
   */
  public Command moveWorkload(ElementId workloadId, ElementId subnetId) {
    Document before = document();
    Workload workload = require(before, workloadId, Workload.class, "workload");
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    if (workload.subnetId().equals(subnetId)) {
      throw refused(Labels.of(workload) + " is already in " + Labels.of(subnet));
    }
    boolean keepsAddress = workload.privateIp() != null && subnet.cidr().contains(workload.privateIp().value());
    Workload moved = new Workload(workload.id(), workload.name(), workload.type(), subnetId, keepsAddress ? workload.privateIp() : null,
        workload.publicIp(), workload.securityGroupIds());
    return commit(before, new UpdateElement("Move " + Labels.of(workload) + " to " + Labels.of(subnet), moved), List.of(workloadId));
  }

  /** Makes a route table its VPC's main table, unsetting the previous one. */
  public Command setMain(ElementId routeTableId) {
    Document before = document();
    RouteTable table = require(before, routeTableId, RouteTable.class, "route table");
    if (table.main()) {
      throw refused(Labels.of(table) + " already is the main route table");
    }
    return commit(before, new SetMainRouteTable("Make " + Labels.of(table) + " main", routeTableId), List.of(routeTableId));
  }

  /** Adds a route; its target must exist and be a gateway, an interface endpoint or a peering connection. */
  public Command addRoute(ElementId routeTableId, Route route) {
    Document before = document();
    RouteTable table = require(before, routeTableId, RouteTable.class, "route table");
    return commit(before, new AddRoute("Add route " + route.destination().text() + " to " + Labels.of(table),
        routeTableId, route), List.of(routeTableId));
  }

  public Command removeRoute(ElementId routeTableId, Route route) {
    Document before = document();
    RouteTable table = require(before, routeTableId, RouteTable.class, "route table");
    if (!table.routes().contains(route)) {
      throw refused(Labels.of(table) + " has no route " + route);
    }
    return commit(before, new RemoveRoute("Remove route " + route.destination().text() + " from " + Labels.of(table),
        routeTableId, route), List.of());
  }

  /** Attaches a gateway endpoint to a route table of its own VPC. */
  public Command attach(ElementId gatewayEndpointId, ElementId routeTableId) {
    Document before = document();
    GatewayEndpoint endpoint = require(before, gatewayEndpointId, GatewayEndpoint.class, "gateway endpoint");
    RouteTable table = require(before, routeTableId, RouteTable.class, "route table");
    if (endpoint.routeTableIds().contains(routeTableId)) {
      throw refused(Labels.of(endpoint) + " is already attached to " + Labels.of(table));
    }
    return commit(before, new AttachGatewayEndpoint("Attach " + Labels.of(endpoint) + " to " + Labels.of(table),
        gatewayEndpointId, routeTableId), List.of(gatewayEndpointId));
  }

  public Command detach(ElementId gatewayEndpointId, ElementId routeTableId) {
    Document before = document();
    GatewayEndpoint endpoint = require(before, gatewayEndpointId, GatewayEndpoint.class, "gateway endpoint");
    if (!endpoint.routeTableIds().contains(routeTableId)) {
      throw refused(Labels.of(endpoint) + " is not attached to " + Labels.of(before.topology(), routeTableId));
    }
    return commit(before, new DetachGatewayEndpoint("Detach " + Labels.of(endpoint) + " from "
        + Labels.of(before.topology(), routeTableId), gatewayEndpointId, routeTableId), List.of());
  }

  /** Places an interface endpoint in one more subnet of its VPC. */
  public Command addEndpointSubnet(ElementId interfaceEndpointId, ElementId subnetId) {
    Document before = document();
    InterfaceEndpoint endpoint = require(before, interfaceEndpointId, InterfaceEndpoint.class, "interface endpoint");
    Subnet subnet = require(before, subnetId, Subnet.class, "subnet");
    if (endpoint.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(endpoint) + " is already in " + Labels.of(subnet));
    }
    return commit(before, new AddEndpointSubnet("Place " + Labels.of(endpoint) + " in " + Labels.of(subnet),
        interfaceEndpointId, subnetId), List.of(interfaceEndpointId));
  }

  public Command removeEndpointSubnet(ElementId interfaceEndpointId, ElementId subnetId) {
    Document before = document();
    InterfaceEndpoint endpoint = require(before, interfaceEndpointId, InterfaceEndpoint.class, "interface endpoint");
    if (!endpoint.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(endpoint) + " is not in " + Labels.of(before.topology(), subnetId));
    }
    return commit(before, new RemoveEndpointSubnet("Remove " + Labels.of(endpoint) + " from "
        + Labels.of(before.topology(), subnetId), interfaceEndpointId, subnetId), List.of());
  }

  /** Puts an interface endpoint in one more security group of its VPC. */
  public Command addEndpointSecurityGroup(ElementId interfaceEndpointId, ElementId groupId) {
    Document before = document();
    InterfaceEndpoint endpoint = require(before, interfaceEndpointId, InterfaceEndpoint.class, "interface endpoint");
    SecurityGroup group = require(before, groupId, SecurityGroup.class, "security group");
    if (endpoint.securityGroupIds().contains(groupId)) {
      throw refused(Labels.of(endpoint) + " already uses " + Labels.of(group));
    }
    return commit(before, new AddEndpointSecurityGroup("Add " + Labels.of(group) + " to " + Labels.of(endpoint),
        interfaceEndpointId, groupId), List.of(interfaceEndpointId));
  }

  public Command removeEndpointSecurityGroup(ElementId interfaceEndpointId, ElementId groupId) {
    Document before = document();
    InterfaceEndpoint endpoint = require(before, interfaceEndpointId, InterfaceEndpoint.class, "interface endpoint");
    if (!endpoint.securityGroupIds().contains(groupId)) {
      throw refused(Labels.of(endpoint) + " does not use " + Labels.of(before.topology(), groupId));
    }
    return commit(before, new RemoveEndpointSecurityGroup("Remove " + Labels.of(before.topology(), groupId) + " from "
        + Labels.of(endpoint), interfaceEndpointId, groupId), List.of());
  }

  /** Adds copies of the clipboard's elements under fresh ids, drawn {@code dx, dy} away from the originals. */
  public Command paste(Clipboard clipboard, double dx, double dy) {
    Document before = document();
    if (clipboard.isEmpty()) {
      throw refused("the clipboard holds nothing to paste");
    }
    Paste.Result pasted = Paste.of(before.topology(), clipboard, dx, dy);
    List<ElementId> touched = pasted.elements().stream().map(Element::id).toList();
    String label = pasted.elements().size() == 1 ? "Paste " + Labels.of(pasted.elements().get(0))
        : "Paste " + Labels.count(pasted.elements().size(), "element");
    return commit(before, new AddElements(label, pasted.elements(), pasted.bounds()), touched);
  }

  /** Changes the design's name, description and default region. */
  public Command editInfo(String name, String description, Region region) {
    Document before = document();
    if (region == null) {
      throw refused("a design needs a region");
    }
    return commit(before, new EditDocumentInfo(name, description, region), List.of());
  }

  /** The edits of the design's traffic: its stated flows and the default for the rest. */
  public TrafficEdits traffic() {
    return new TrafficEdits(this);
  }

  /** The edits of transit gateways, their attachments and route tables, and private hosted zones. */
  public TransitEdits transit() {
    return new TransitEdits(this);
  }

  /** Makes the change a piece of cost advice asks for, as one undo step. */
  public Command follow(Recommendation advice) {
    Document before = document();
    return commit(before, new FollowAdvice(advice.fix()), advice.fix().touched());
  }

  /** Applies the command, checks the touched elements of the result, then records it as one step. */
  Command commit(Document before, Command command, Collection<ElementId> touched) {
    Document after = command.apply(before);
    EditRules.check(before.topology(), after.topology(), touched);
    history.record(command, before, after);
    return command;
  }

  /**
   * The edited element and the elements whose rules its change can break: a VPC's subnets when
   * its blocks or region change. (Kind and owners cannot change, and nothing else enforced
   * depends on the fields an edit can touch.)
   */
  private static List<ElementId> touchedByUpdate(Topology topology, Element existing, Element edited) {
    List<ElementId> touched = new ArrayList<>();
    touched.add(edited.id());
    if (existing instanceof Vpc old && edited instanceof Vpc vpc
        && (!old.cidrBlocks().equals(vpc.cidrBlocks()) || !old.region().equals(vpc.region()))) {
      topology.inVpc(vpc.id(), Subnet.class).forEach(subnet -> touched.add(subnet.id()));
      topology.attachmentsOfVpc(vpc.id()).forEach(attachment -> touched.add(attachment.id()));
    }
    if (existing instanceof TransitGateway old && edited instanceof TransitGateway gateway && !old.region().equals(gateway.region())) {
      topology.attachmentsOf(gateway.id()).forEach(attachment -> touched.add(attachment.id()));
    }
    return touched;
  }

  static <T extends Element> T require(Document document, ElementId id, Class<T> type, String what) {
    Element element = document.topology().find(id).orElseThrow(() -> refused("there is no " + what + " " + id));
    if (!type.isInstance(element)) {
      throw refused(Labels.of(element) + " is not " + Labels.withArticle(what));
    }
    return type.cast(element);
  }

  private static EditRefusedException refused(String message) {
    return new EditRefusedException(message);
  }
}
