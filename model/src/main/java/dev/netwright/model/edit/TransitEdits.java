package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of what joins VPCs, made through the {@link DesignEditor} so that each is one undo step:
 * attach a VPC to a transit gateway and choose its attachment subnets, associate attachments with
 * transit gateway route tables, propagate their routes, add static routes and blackholes, make a
 * table the gateway's default, associate private hosted zones with VPCs and give them alias records.
 * Adding, renaming and deleting the elements themselves go through {@link DesignEditor#add},
 * {@link DesignEditor#update} and {@link DesignEditor#delete} as for every element (deleting a
 * transit gateway takes its attachments and route tables with it).
 */
public final class TransitEdits {
  private final DesignEditor editor;

  TransitEdits(DesignEditor editor) {
    this.editor = editor;
  }

  /**
   * Attaches a VPC to a transit gateway through {@code subnetIds} (one per Availability Zone), as a
   * new attachment with a fresh id and the given name.
   */
  public Command attachVpc(ElementId transitGatewayId, ElementId vpcId, List<ElementId> subnetIds, String name) {
    return attachVpc(transitGatewayId, vpcId, subnetIds, name, null);
  }

  /** As {@link #attachVpc(ElementId, ElementId, List, String)}, the attachment drawn at {@code bounds} (null: placed by Tidy Up). */
  public Command attachVpc(ElementId transitGatewayId, ElementId vpcId, List<ElementId> subnetIds, String name,
      dev.netwright.model.document.Bounds bounds) {
    Document before = editor.document();
    TransitGateway gateway = DesignEditor.require(before, transitGatewayId, TransitGateway.class, "transit gateway");
    Vpc vpc = DesignEditor.require(before, vpcId, Vpc.class, "VPC");
    ElementId id = ElementIds.next(before.topology(), ElementKind.TRANSIT_GATEWAY_VPC_ATTACHMENT);
    String named = name == null || name.isBlank() ? vpc.label() + "-" + gateway.label() : name;
    TransitGatewayVpcAttachment attachment = new TransitGatewayVpcAttachment(id, named, transitGatewayId, vpcId, subnetIds);
    return editor.commit(before, new AddElements("Attach " + Labels.of(vpc) + " to " + Labels.of(gateway), List.of(attachment),
        bounds == null ? java.util.Map.of() : java.util.Map.of(id, bounds)), List.of(id));
  }

  /** Places a VPC attachment in one more subnet of its VPC (one per zone; a second in a zone is a finding). */
  public Command addAttachmentSubnet(ElementId attachmentId, ElementId subnetId) {
    Document before = editor.document();
    TransitGatewayVpcAttachment attachment = DesignEditor.require(before, attachmentId, TransitGatewayVpcAttachment.class,
        "transit gateway VPC attachment");
    Subnet subnet = DesignEditor.require(before, subnetId, Subnet.class, "subnet");
    if (attachment.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(attachment) + " is already in " + Labels.of(subnet));
    }
    List<ElementId> subnets = new ArrayList<>(attachment.subnetIds());
    subnets.add(subnetId);
    return replace(before, "Place " + Labels.of(attachment) + " in " + Labels.of(subnet), attachment.withSubnets(subnets));
  }

  public Command removeAttachmentSubnet(ElementId attachmentId, ElementId subnetId) {
    Document before = editor.document();
    TransitGatewayVpcAttachment attachment = DesignEditor.require(before, attachmentId, TransitGatewayVpcAttachment.class,
        "transit gateway VPC attachment");
    if (!attachment.subnetIds().contains(subnetId)) {
      throw refused(Labels.of(attachment) + " is not in " + Labels.of(before.topology(), subnetId));
    }
    return replace(before, "Remove " + Labels.of(attachment) + " from " + Labels.of(before.topology(), subnetId),
        attachment.withSubnets(without(attachment.subnetIds(), subnetId)));
  }

  /** Associates an attachment with a route table of its transit gateway, taking it off the gateway's table it was on. */
  public Command associate(ElementId attachmentId, ElementId tableId) {
    Document before = editor.document();
    Topology topology = before.topology();
    TransitGatewayAttachment attachment = DesignEditor.require(before, attachmentId, TransitGatewayAttachment.class, "transit gateway attachment");
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (table.associations().contains(attachmentId)) {
      throw refused(Labels.of(attachment) + " is already associated with " + Labels.of(table));
    }
    List<Element> changed = new ArrayList<>();
    for (TransitGatewayRouteTable other : topology.transitGatewayRouteTables()) {
      if (other.transitGatewayId().equals(table.transitGatewayId()) && other.associations().contains(attachmentId)) {
        changed.add(other.withAssociations(without(other.associations(), attachmentId)));
      }
    }
    changed.add(table.withAssociations(with(table.associations(), attachmentId)));
    return replace(before, "Associate " + Labels.of(attachment) + " with " + Labels.of(table), changed);
  }

  /** Ends an attachment's explicit association with a table (it falls back to the default table when the gateway says so). */
  public Command disassociate(ElementId attachmentId, ElementId tableId) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (!table.associations().contains(attachmentId)) {
      throw refused(Labels.of(before.topology(), attachmentId) + " is not associated with " + Labels.of(table));
    }
    return replace(before, "Disassociate " + Labels.of(before.topology(), attachmentId) + " from " + Labels.of(table),
        table.withAssociations(without(table.associations(), attachmentId)));
  }

  /** Propagates an attachment's routes (its VPC's blocks, its on-premises networks) into a route table. */
  public Command propagate(ElementId attachmentId, ElementId tableId) {
    Document before = editor.document();
    TransitGatewayAttachment attachment = DesignEditor.require(before, attachmentId, TransitGatewayAttachment.class, "transit gateway attachment");
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (table.propagations().contains(attachmentId)) {
      throw refused(Labels.of(attachment) + " already propagates to " + Labels.of(table));
    }
    return replace(before, "Propagate " + Labels.of(attachment) + " to " + Labels.of(table),
        table.withPropagations(with(table.propagations(), attachmentId)));
  }

  public Command stopPropagation(ElementId attachmentId, ElementId tableId) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (!table.propagations().contains(attachmentId)) {
      throw refused(Labels.of(before.topology(), attachmentId) + " does not propagate to " + Labels.of(table));
    }
    return replace(before, "Stop propagating " + Labels.of(before.topology(), attachmentId) + " to " + Labels.of(table),
        table.withPropagations(without(table.propagations(), attachmentId)));
  }

  /** Adds a static route (to an attachment of the table's gateway) or a blackhole. */
  public Command addRoute(ElementId tableId, TransitGatewayRoute route) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (table.routes().stream().anyMatch(existing -> existing.destination().equals(route.destination()))) {
      throw refused(Labels.of(table) + " already has a static route to " + route.destination() + "; remove it first");
    }
    List<TransitGatewayRoute> routes = new ArrayList<>(table.routes());
    routes.add(route);
    return replace(before, (route.blackhole() ? "Add blackhole " : "Add route ") + route.destination() + " to " + Labels.of(table),
        table.withRoutes(routes));
  }

  public Command removeRoute(ElementId tableId, TransitGatewayRoute route) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (!table.routes().contains(route)) {
      throw refused(Labels.of(table) + " has no route " + route);
    }
    return replace(before, "Remove route " + route.destination() + " from " + Labels.of(table),
        table.withRoutes(table.routes().stream().filter(existing -> !existing.equals(route)).toList()));
  }

  /** Replaces a static route by another (a new destination, attachment, or a blackhole) as one step. */
  public Command changeRoute(ElementId tableId, TransitGatewayRoute old, TransitGatewayRoute route) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (!table.routes().contains(old)) {
      throw refused(Labels.of(table) + " has no route " + old);
    }
    if (!route.destination().equals(old.destination())
        && table.routes().stream().anyMatch(existing -> existing.destination().equals(route.destination()))) {
      throw refused(Labels.of(table) + " already has a static route to " + route.destination() + "; remove it first");
    }
    List<TransitGatewayRoute> routes = table.routes().stream().map(existing -> existing.equals(old) ? route : existing).toList();
    return replace(before, "Change route " + old.destination() + " of " + Labels.of(table)
        + (route.blackhole() ? " to a blackhole" : ""), table.withRoutes(routes));
  }

  /** Makes a route table its gateway's default table (for default association and propagation), unsetting the previous one. */
  public Command makeDefault(ElementId tableId) {
    Document before = editor.document();
    TransitGatewayRouteTable table = DesignEditor.require(before, tableId, TransitGatewayRouteTable.class, "transit gateway route table");
    if (table.isDefault()) {
      throw refused(Labels.of(table) + " already is the default route table");
    }
    List<Element> changed = new ArrayList<>();
    before.topology().defaultTransitGatewayRouteTable(table.transitGatewayId()).ifPresent(old -> changed.add(old.withDefault(false)));
    changed.add(table.withDefault(true));
    return replace(before, "Make " + Labels.of(table) + " the default", changed);
  }

  /** Associates a private hosted zone with one more VPC: the VPC's queries for the zone's names are answered by it. */
  public Command associateZone(ElementId zoneId, ElementId vpcId) {
    Document before = editor.document();
    HostedZone zone = DesignEditor.require(before, zoneId, HostedZone.class, "private hosted zone");
    Vpc vpc = DesignEditor.require(before, vpcId, Vpc.class, "VPC");
    if (zone.vpcIds().contains(vpcId)) {
      throw refused(Labels.of(zone) + " is already associated with " + Labels.of(vpc));
    }
    return replace(before, "Associate " + Labels.of(zone) + " with " + Labels.of(vpc), zone.withVpcs(with(zone.vpcIds(), vpcId)));
  }

  public Command disassociateZone(ElementId zoneId, ElementId vpcId) {
    Document before = editor.document();
    HostedZone zone = DesignEditor.require(before, zoneId, HostedZone.class, "private hosted zone");
    if (!zone.vpcIds().contains(vpcId)) {
      throw refused(Labels.of(zone) + " is not associated with " + Labels.of(before.topology(), vpcId));
    }
    return replace(before, "Disassociate " + Labels.of(zone) + " from " + Labels.of(before.topology(), vpcId),
        zone.withVpcs(without(zone.vpcIds(), vpcId)));
  }

  /** Adds an alias record to an interface endpoint. */
  public Command addRecord(ElementId zoneId, AliasRecord record) {
    Document before = editor.document();
    HostedZone zone = DesignEditor.require(before, zoneId, HostedZone.class, "private hosted zone");
    if (zone.records().stream().anyMatch(existing -> existing.recordName().equals(record.recordName()))) {
      throw refused(Labels.of(zone) + " already has a record " + record.recordName());
    }
    List<AliasRecord> records = new ArrayList<>(zone.records());
    records.add(record);
    HostedZone edited;
    try {
      edited = zone.withRecords(records);
    } catch (dev.netwright.model.InvalidValueException e) {
      throw refused(e.getMessage());
    }
    return replace(before, "Add record " + record.recordName() + " to " + Labels.of(zone), edited);
  }

  public Command removeRecord(ElementId zoneId, AliasRecord record) {
    Document before = editor.document();
    HostedZone zone = DesignEditor.require(before, zoneId, HostedZone.class, "private hosted zone");
    if (!zone.records().contains(record)) {
      throw refused(Labels.of(zone) + " has no record " + record);
    }
    return replace(before, "Remove record " + record.recordName() + " from " + Labels.of(zone),
        zone.withRecords(zone.records().stream().filter(existing -> !existing.equals(record)).toList()));
  }

  private Command replace(Document before, String label, Element edited) {
    return replace(before, label, List.of(edited));
  }

  private Command replace(Document before, String label, List<Element> edited) {
    return editor.commit(before, new ReplaceElements(label, edited), edited.stream().map(Element::id).toList());
  }

  private static List<ElementId> with(List<ElementId> ids, ElementId added) {
    List<ElementId> result = new ArrayList<>(ids);
    result.add(added);
    return result;
  }

  private static List<ElementId> without(List<ElementId> ids, ElementId removed) {
    return ids.stream().filter(id -> !id.equals(removed)).toList();
  }

  private static EditRefusedException refused(String message) {
    return new EditRefusedException(message);
  }
}
