package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transit gateways of a topology, ready for look-ups: which attachment joins a VPC to a
 * gateway, which route table each attachment is associated with, and the effective routes of each
 * table (its static routes and blackholes, and the routes its propagating attachments bring: a VPC
 * attachment's VPC blocks, a VPN attachment's on-premises networks), matched by longest prefix with
 * a static route beating a propagated one of the same prefix. Built once per topology, on first use
 * (the path engine's index holds one; checks build their own).
 */
public final class TransitRoutes {
  /** One effective route: to an attachment, or a blackhole ({@code attachment} null). */
  public record Entry(Cidr destination, ElementId attachment, boolean propagated) {
    public boolean blackhole() {
      return attachment == null;
    }

    public String text() {
      return destination + " -> " + (blackhole() ? "blackhole" : attachment.value()) + (propagated ? " (propagated)" : "");
    }
  }

  private final Map<ElementId, Map<ElementId, TransitGatewayVpcAttachment>> attachmentOfVpc = new HashMap<>();
  private final Map<ElementId, Map<ElementId, ElementId>> tableOfAttachment = new HashMap<>();
  /**
   * Per table: prefix length (longest first) to network address ({@link #key mixed}) to the
   * winning entry.
   */
  private final Map<ElementId, TreeMap<Integer, Map<Integer, Entry>>> routes = new HashMap<>();

  private TransitRoutes() {
  }

  public static TransitRoutes of(Topology topology) {
    TransitRoutes index = new TransitRoutes();
    for (TransitGatewayVpcAttachment attachment : topology.transitGatewayVpcAttachments()) {
      index.attachmentOfVpc.computeIfAbsent(attachment.vpcId(), key -> new HashMap<>()).putIfAbsent(attachment.transitGatewayId(), attachment);
    }
    for (TransitGatewayAttachment attachment : topology.transitGatewayAttachments()) {
      for (ElementId gateway : attachment.transitGatewayIds()) {
        topology.transitGatewayRouteTableOf(attachment.id(), gateway).ifPresent(table ->
            index.tableOfAttachment.computeIfAbsent(attachment.id(), key -> new HashMap<>()).put(gateway, table.id()));
      }
    }
    for (TransitGatewayRouteTable table : topology.transitGatewayRouteTables()) {
      TreeMap<Integer, Map<Integer, Entry>> byLength = new TreeMap<>((a, b) -> Integer.compare(b, a));
      for (TransitGatewayAttachment attachment : topology.propagationsOf(table)) {
        for (Cidr block : propagated(topology, attachment)) {
          byLength.computeIfAbsent(block.prefixLength(), key -> new HashMap<>())
              .putIfAbsent(key(block.network()), new Entry(block, attachment.id(), true));
        }
      }
      for (TransitGatewayRoute route : table.routes()) {
        Cidr block = route.destination();
        byLength.computeIfAbsent(block.prefixLength(), key -> new HashMap<>())
            .put(key(block.network()), new Entry(block, route.attachmentId(), false));
      }
      index.routes.put(table.id(), byLength);
    }
    return index;
  }

  /**
   * The map key of a network address: multiplied by an odd constant (one to one), so that the
   * networks of many VPCs, alike in their low bits (a /22 each), spread over a hash map's buckets.
   */
  private static int key(int network) {
    return network * 0x9E3779B9;
  }

  private static List<Cidr> propagated(Topology topology, TransitGatewayAttachment attachment) {
    if (attachment instanceof TransitGatewayVpcAttachment vpc) {
      return topology.find(vpc.vpcId(), Vpc.class).map(Vpc::cidrBlocks).orElse(List.of());
    }
    if (attachment instanceof TransitGatewayVpnAttachment vpn) {
      return vpn.onPremisesCidrs();
    }
    return List.of();
  }

  /** The attachment that joins {@code vpc} to {@code gateway}, or null. */
  public TransitGatewayVpcAttachment attachment(ElementId vpc, ElementId gateway) {
    Map<ElementId, TransitGatewayVpcAttachment> of = attachmentOfVpc.get(vpc);
    return of == null ? null : of.get(gateway);
  }

  /** The route table of {@code gateway} that packets arriving on {@code attachment} are looked up in, or null. */
  public ElementId tableOf(ElementId attachment, ElementId gateway) {
    Map<ElementId, ElementId> of = tableOfAttachment.get(attachment);
    return of == null ? null : of.get(gateway);
  }

  /** The longest-prefix route of a table for an address, or null when none matches. */
  public Entry lookup(ElementId table, int address) {
    TreeMap<Integer, Map<Integer, Entry>> byLength = routes.get(table);
    if (byLength == null) {
      return null;
    }
    for (Map.Entry<Integer, Map<Integer, Entry>> length : byLength.entrySet()) {
      int bits = length.getKey();
      int mask = bits == 0 ? 0 : -1 << (32 - bits);
      Entry entry = length.getValue().get(key(address & mask));
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  /** Every effective route of a table, longest prefix first, then by network; empty for a table it does not know. */
  public List<Entry> routesOf(ElementId table) {
    List<Entry> all = new java.util.ArrayList<>();
    TreeMap<Integer, Map<Integer, Entry>> byLength = routes.get(table);
    if (byLength != null) {
      for (Map<Integer, Entry> entries : byLength.values()) {
        int from = all.size();
        all.addAll(entries.values());
        all.subList(from, all.size()).sort((a, b) -> Integer.compareUnsigned(a.destination().network(), b.destination().network()));
      }
    }
    return all;
  }
}
