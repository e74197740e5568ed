package dev.netwright.model.path;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Element;
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

  Walk(TopologyIndex index, VpcSlice home, Reads reads, RegionPrices prices) {
    this.index = index;
    this.home = home;
    this.reads = reads;
    this.prices = prices;
  }

  /** A walk over the same design and prices that starts afresh from the same zone (to try a second destination). */
  Walk fork() {
    Walk fork = new Walk(index, home, reads, prices);
    fork.zone = zone;
    return fork;
  }

  /** The slice of a VPC, recording that the answer depends on everything in it; empty when there is no such VPC. */
  Optional<VpcSlice> slice(ElementId vpc) {
    reads.vpc(vpc);
    return Optional.ofNullable(index.slice(vpc));
  }

  /** An element of the design by id and type, recording that the answer depends on it. */
  <T extends Element> Optional<T> element(ElementId id, Class<T> type) {
    Optional<Element> found = element(id);
    return found.isPresent() && type.isInstance(found.get()) ? Optional.of(type.cast(found.get())) : Optional.empty();
  }

  Optional<Element> element(ElementId id) {
    Element element = index.element(id);
    ElementId home = element == null ? null : TopologyIndex.homeVpc(element);
    if (home == null || !reads.coversVpc(home)) {
      reads.element(id);
    }
    return Optional.ofNullable(element);
  }

  /** Adds a hop made once per {@code key} (see {@link VpcSlice#hop}). */
  void hop(MemoKey key, java.util.function.Supplier<Hop> make) {
    hops.add(home.memo(key, make));
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

  Blocked blocked() {
    return blocked;
  }

  PathAnswer answer(String from, String to) {
    boolean reachable = blocked == null;
    double perGb = reachable ? Math.round(cost * 1_000_000) / 1_000_000.0 : 0.0;
    return new PathAnswer(from, to, reachable, crossesInternet, viaNat, crossesAz, endpoint, hops, blocked, perGb);
  }
}
