package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.VpnGateway;

/**
 * Answers path questions on a design: "can traffic from this subnet (or from the on-premises
 * networks behind this VPN gateway) reach that target, and by which way?" It walks the routing a
 * packet would take over a per-VPC {@link ForwardingGraph}, checking security groups and DNS
 * where an interface endpoint is involved, and prices each GB with the {@link PriceTable}.
 *
 * <p>Immutable and safe to share between threads. For every subnet × every target at once, and
 * for re-answering after an edit, use {@link PathMatrix}.
 */
public final class PathEngine {
  private final TopologyIndex index;
  private final PriceTable prices;

  private PathEngine(TopologyIndex index, PriceTable prices) {
    this.index = index;
    this.prices = prices;
  }

  public static PathEngine of(Topology topology) {
    return of(topology, PriceTable.standard());
  }

  public static PathEngine of(Topology topology, PriceTable prices) {
    return new PathEngine(TopologyIndex.of(topology), prices);
  }

  static PathEngine over(TopologyIndex index, PriceTable prices) {
    return new PathEngine(index, prices);
  }

  public Topology topology() {
    return index.topology();
  }

  PriceTable prices() {
    return prices;
  }

  TopologyIndex index() {
    return index;
  }

  /**
   * One path question. {@code from} is a subnet or a VPN gateway (meaning the on-premises networks
   * behind it). Throws {@link NetwrightException} when {@code from} or an element target does not
   * exist or is of a kind a path cannot start or end at.
   */
  public PathAnswer reach(ElementId from, Target to) {
    Element source = index.topology().find(from)
        .orElseThrow(() -> new NetwrightException("there is no element " + from + " to start a path from"));
    if (to.kind() == Target.Kind.ELEMENT && !index.topology().contains(to.elementId())) {
      throw new NetwrightException("there is no element " + to.name() + " to reach");
    }
    if (source instanceof Subnet subnet) {
      return answer(subnet, sliceOf(subnet.vpcId(), from), to, new Reads());
    }
    if (source instanceof VpnGateway vpn) {
      VpcSlice slice = sliceOf(vpn.vpcId(), from);
      Walk walk = new Walk(index, slice, new Reads(), prices.forRegion(slice.vpc.region()));
      OnPremisesQuestions.ask(walk, slice, vpn, to);
      return walk.answer(from.value(), to.text());
    }
    throw new NetwrightException(from + " is " + Router.article(source) + "; a path starts at a subnet or at a VPN gateway"
        + " (the on-premises networks behind it)");
  }

  private VpcSlice sliceOf(ElementId vpc, ElementId element) {
    VpcSlice slice = index.slice(vpc);
    if (slice == null) {
      throw new NetwrightException(element + " belongs to VPC " + vpc + ", which does not exist");
    }
    return slice;
  }

  /** The answer for a subnet of {@code slice}, recording into {@code reads} what it depends on. */
  PathAnswer answer(Subnet source, VpcSlice slice, Target to, Reads reads) {
    return answer(source, slice, new Question(to), reads);
  }

  /** A target resolved once for many answers: its element id (for an element target) and its text. */
  record Question(Target target, ElementId element, String text) {
    Question(Target target) {
      this(target, target.kind() == Target.Kind.ELEMENT ? target.elementId() : null, target.text());
    }
  }

  PathAnswer answer(Subnet source, VpcSlice slice, Question question, Reads reads) {
    return answer(source, slice, question, reads, prices.forRegion(slice.vpc.region()));
  }

  PathAnswer answer(Subnet source, VpcSlice slice, Question question, Reads reads, RegionPrices regionPrices) {
    reads.vpc(slice.id());
    Walk walk = new Walk(index, slice, reads, regionPrices);
    SubnetQuestions.ask(walk, slice, source, question);
    return walk.answer(source.id().value(), question.text());
  }
}
