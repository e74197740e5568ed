package dev.netwright.model.path;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One packet walk in progress: the hops so far, what the path has crossed, its cost per GB, the
 * Availability Zone it is in, and, once it stops, what blocked it. Every look-up goes through it so
 * that it can record what the answer depends on.
 */
final class Walk {
  private final TopologyIndex index;
  private final VpcSlice home;
  private final Reads reads;
  final RegionPrices prices;
  private final List<Hop> hops = new ArrayList<>(8);
  private boolean crossesInternet;
  private boolean viaNat;
  private boolean crossesAz;
  private String endpoint;
  private double cost;
  private AvailabilityZone zone;
  private Blocked blocked;
  private Sender sender;
  private Traffic traffic = Traffic.HTTPS;
  private Subnet here;
  private List<Cidr> from = List.of();
  private boolean departed;
  private int senderSlot;
  private int sourceSlot;
  private int transitCrossings;
  /** What the walk asked of its sender, when it is recorded (see {@link SubnetWay}); null when not. */
  private List<SubnetWay.Ask> asks;
  /** More transit gateways than a packet crosses in any sane design (spoke, hub, peer hub, egress): a loop. */
  private static final int MAX_TRANSIT_CROSSINGS = 6;

  Walk(TopologyIndex index, VpcSlice home, Reads reads, RegionPrices prices) {
    this.index = index;
    this.home = home;
    this.reads = reads;
    reads.vpc(home.id());
    this.prices = prices;
  }

  /** A walk over the same design and prices that starts afresh from the same zone and sender (to try a second destination). */
  Walk fork() {
    Walk fork = new Walk(index, home, reads, prices);
    fork.zone = zone;
    fork.sender = sender;
    fork.traffic = traffic;
    fork.here = here;
    fork.from = from;
    fork.asks = asks;
    return fork;
  }

  /** Starts the walk at its sender, sending {@code sent}; the sender's own hops come first, then the source's. */
  void start(Sender who, Traffic sent) {
    sender = who;
    traffic = sent;
    here = who.subnet();
    from = who.addresses();
  }

  Sender sender() {
    return sender;
  }

  /** Records from here on what the walk asks of its sender into {@code into}. */
  void recordAsks(List<SubnetWay.Ask> into) {
    asks = into;
  }

  /** Whether the sender may leave toward {@code destination} by its own groups (recorded when asks are). */
  boolean senderMayLeave(Destination destination) {
    if (asks != null) {
      asks.add(new SubnetWay.Ask.Leave(destination, traffic));
    }
    return sender.mayLeave(this, destination);
  }

  /** Whether a rule naming {@code group} of a receiver in {@code receiverVpc} admits the sender (recorded when asks are). */
  boolean senderCarries(ElementId group, ElementId receiverVpc) {
    boolean carries = sender.carries(group, receiverVpc);
    if (asks != null) {
      asks.add(new SubnetWay.Ask.Carries(group, receiverVpc, carries));
    }
    return carries;
  }

  Traffic traffic() {
    return traffic;
  }

  /** What is sent from here on: services and endpoints are reached on TCP 443 whatever the question said. */
  void send(Traffic sent) {
    traffic = sent;
  }

  /** The subnet the packet is in; null outside the VPCs (on-premises). */
  Subnet here() {
    return here;
  }

  /** The addresses the packet comes from, as the next filter sees them. */
  List<Cidr> from() {
    return from;
  }

  /** The packet is now in {@code subnet}, coming from {@code addresses} (a NAT gateway translated it). */
  void moveTo(Subnet subnet, List<Cidr> addresses) {
    here = subnet;
    from = addresses;
  }

  /** Marks that the sender's hops are done: its groups' hop goes at this point. */
  void markSenderSlot() {
    senderSlot = hops.size();
  }

  /** Marks that the source subnet's hop is done: its ACL's hop goes at this point. */
  void markSourceSlot() {
    sourceSlot = hops.size();
  }

  /** True the first time the packet leaves its sender (its own groups and its subnet's ACL are checked then). */
  boolean depart() {
    boolean first = !departed;
    departed = true;
    return first;
  }

  /** Adds the hop of the sender's security groups, after the sender's own hop. */
  void insertSenderHop(Hop hop) {
    hops.add(senderSlot, hop);
    sourceSlot++;
  }

  /** Drops the hops after the source subnet's (the walk stopped at the sender's groups) or after the source's ACL. */
  void cutAfterSender() {
    hops.subList(Math.min(sourceSlot, hops.size()), hops.size()).clear();
  }

  void cutAfterSourceAcl() {
    hops.subList(Math.min(sourceSlot + 1, hops.size()), hops.size()).clear();
  }

  /** Adds the hop of the source subnet's ACL, after the source subnet's hop. */
  void insertSourceHop(Hop hop) {
    hops.add(sourceSlot, hop);
  }

  /** The network ACL a subnet uses, from its VPC's slice (recording the read); null when the design states none. */
  NetworkAcl aclOf(Subnet subnet) {
    VpcSlice slice = subnet.vpcId().equals(home.id()) ? home : slice(subnet.vpcId()).orElse(null);
    return slice == null ? null : slice.aclOf(subnet.id());
  }

  /** The element a route leads to: resolved when the graph was built if it is in the same VPC, else looked up. */
  Optional<Element> target(Link route) {
    return route.target != null ? Optional.of(route.target) : element(route.to);
  }

  /** The slice of a VPC, recording that the answer depends on everything in it; empty when there is no such VPC. */
  Optional<VpcSlice> slice(ElementId vpc) {
    reads.vpc(vpc);
    return Optional.ofNullable(index.slice(vpc));
  }

  /**
   * An element of the design by id and type, recording that the answer depends on it: elements of
   * the walk's own VPC come from its slice and need no record (the whole VPC is read).
   */
  <T extends Element> Optional<T> element(ElementId id, Class<T> type) {
    Optional<Element> found = element(id);
    return found.isPresent() && type.isInstance(found.get()) ? Optional.of(type.cast(found.get())) : Optional.empty();
  }

  Optional<Element> element(ElementId id) {
    Element local = home.member(id);
    if (local != null) {
      return Optional.of(local);
    }
    Element element = index.element(id);
    ElementId home = element == null ? null : TopologyIndex.homeVpc(element);
    if (home == null || !reads.coversVpc(home)) {
      reads.element(id);
    }
    return Optional.ofNullable(element);
  }

  /** The transit gateways of the design, for look-ups whose elements the caller records with {@link #read}. */
  TransitRoutes transit() {
    return index.transit();
  }

  /** Records that the answer depends on an element outside its VPCs (a transit gateway route table, a hosted zone). */
  void read(ElementId id) {
    reads.element(id);
  }

  /** Counts one more transit gateway crossed; false when the path has crossed so many that it must be a routing loop. */
  boolean crossTransit() {
    return ++transitCrossings <= MAX_TRANSIT_CROSSINGS;
  }

  /** Adds a hop made once per {@code key} (see {@link VpcSlice#hop}). */
  void hop(MemoKey key, java.util.function.Supplier<Hop> make) {
    hops.add(home.memo(key, make));
  }

  /** Anything immutable made once per {@code key} and shared by every answer of this VPC (see {@link VpcSlice#memo}). */
  <T> T memo(MemoKey key, java.util.function.Supplier<T> make) {
    return home.memo(key, make);
  }

  /** A text made once per {@code key} (see {@link VpcSlice#memo}). */
  String text(MemoKey key, java.util.function.Supplier<String> make) {
    return home.memo(key, make);
  }

  void hop(Hop hop) {
    hops.add(hop);
  }

  void hop(ElementId id, String kind, String detail) {
    hops.add(new Hop(id.value(), kind, detail));
  }

  /** Moves the path into a zone; leaving one zone for another is billed as cross-AZ traffic. */
  void enterZone(AvailabilityZone next) {
    if (next == null) {
      return;
    }
    if (zone != null && !zone.equals(next)) {
      crossesAz = true;
      cost += prices.crossAzPerGb();
    }
    zone = next;
  }

  AvailabilityZone zone() {
    return zone;
  }

  void throughNat() {
    viaNat = true;
    cost += prices.natGatewayPerGb();
  }

  void outToInternet() {
    crossesInternet = true;
  }

  void charge(double perGb) {
    cost += perGb;
  }

  void useEndpoint(ElementId id) {
    endpoint = id.value();
  }

  /** Stops the walk at an element; always returns false, so that a leg can {@code return walk.block(…)}. */
  boolean block(ElementId id, String reason) {
    return block(id.value(), reason);
  }

  boolean block(Element element, String reason) {
    return block(element.id().value(), reason);
  }

  boolean block(String id, String reason) {
    blocked = new Blocked(id, reason);
    return false;
  }

  /** Stops the walk at a filter's rule (see {@link Blocked#rule}). */
  boolean block(String id, String reason, String rule) {
    blocked = new Blocked(id, reason, rule);
    return false;
  }

  Blocked blocked() {
    return blocked;
  }

  PathAnswer answer(String from, String to) {
    boolean reachable = blocked == null;
    double perGb = reachable ? Math.round(cost * 1_000_000) / 1_000_000.0 : 0.0;
    return new PathAnswer(from, to, reachable, crossesInternet, viaNat, crossesAz, endpoint, hops, blocked, perGb);
  }
}
