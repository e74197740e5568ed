package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;

/**
 * Answers path questions on a design: "can traffic from this subnet (or from the on-premises
 * networks behind this VPN gateway) reach that target, and by which way?" It walks the routing a
 * packet would take over a per-VPC {@link ForwardingGraph}, checking security groups and DNS
 * where an interface endpoint is involved, and prices each GB with the {@link PriceTable}.
 *
 * <p>Immutable (but for the subnets' ways it keeps, {@link #wayFrom}) and safe to share between
 * threads. For every subnet × every target at once, and
 * for re-answering after an edit, use {@link PathMatrix}.
 */
public final class PathEngine {
  private final TopologyIndex index;
  private final PriceTable prices;
  /** The subnets' ways asked through {@link #wayFrom}, kept for the engine's life. */
  private final java.util.Map<WayKey, SubnetWay> ways = new java.util.concurrent.ConcurrentHashMap<>();

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

  /** One path question on TCP 443 (see {@link #reach(ElementId, Target, Traffic)}). */
  public PathAnswer reach(ElementId from, Target to) {
    return reach(from, to, Traffic.HTTPS);
  }

  /**
   * One path question. {@code from} is a subnet (any workload there), a workload (with its own
   * security groups) or a VPN gateway (the on-premises networks behind it); {@code traffic} is what
   * is sent to a subnet, a workload, a NAT gateway or the internet (services and endpoints are
   * always reached on TCP 443). Throws {@link NetwrightException} when {@code from} or an element
   * target does not exist or is of a kind a path cannot start or end at.
   */
  public PathAnswer reach(ElementId from, Target to, Traffic traffic) {
    Element source = index.topology().find(from)
        .orElseThrow(() -> new NetwrightException("there is no element " + from + " to start a path from"));
    if (to.kind() == Target.Kind.ELEMENT && !index.topology().contains(to.elementId())) {
      throw new NetwrightException("there is no element " + to.name() + " to reach");
    }
    Question question = new Question(to, traffic);
    if (source instanceof Subnet subnet) {
      VpcSlice slice = sliceOf(subnet.vpcId(), from);
      return answer(slice.indexOf(subnet.id()), slice, question, new Reads(), prices.forRegion(slice.vpc.region()));
    }
    if (source instanceof Workload workload) {
      Subnet subnet = index.topology().find(workload.subnetId(), Subnet.class).orElseThrow(() -> new NetwrightException(
          "workload " + from + " sits in subnet " + workload.subnetId() + ", which does not exist"));
      VpcSlice slice = sliceOf(subnet.vpcId(), from);
      int position = slice.indexOf(subnet.id());
      Walk walk = new Walk(index, slice, new Reads(), prices.forRegion(slice.vpc.region()));
      SubnetQuestions.ask(walk, slice, position, question, new Sender.OneWorkload(workload, subnet));
      return walk.answer(from.value(), question.text());
    }
    if (source instanceof VpnGateway vpn) {
      VpcSlice slice = sliceOf(vpn.vpcId(), from);
      Walk walk = new Walk(index, slice, new Reads(), prices.forRegion(slice.vpc.region()));
      OnPremisesQuestions.ask(walk, slice, vpn, to, traffic);
      return walk.answer(from.value(), to.text());
    }
    if (source instanceof TransitGatewayVpnAttachment vpn) {
      return TransitQuestions.ask(index, prices, vpn, to, traffic);
    }
    throw new NetwrightException(from + " is " + Router.article(source) + "; a path starts at a subnet, a workload, a VPN gateway or"
        + " a transit gateway VPN attachment (the on-premises networks behind them)");
  }

  /**
   * The way from a subnet (any workload there) to a target on TCP 443, walked once per engine and
   * kept: rules that ask the same subnet the same question, and rules that ask for the workloads of
   * the subnet ({@link SubnetWay#endsAlikeFor}), share the walk. Throws as {@link #reach} does.
   */
  public SubnetWay wayFrom(ElementId subnet, Target to) {
    SubnetWay known = ways.get(new WayKey(subnet, to));
    if (known != null) {
      return known;
    }
    Subnet source = index.topology().find(subnet, Subnet.class)
        .orElseThrow(() -> new NetwrightException("there is no subnet " + subnet + " to start a path from"));
    if (to.kind() == Target.Kind.ELEMENT && !index.topology().contains(to.elementId())) {
      throw new NetwrightException("there is no element " + to.name() + " to reach");
    }
    VpcSlice slice = sliceOf(source.vpcId(), subnet);
    Question question = new Question(to, Traffic.HTTPS);
    RegionPrices regionPrices = prices.forRegion(slice.vpc.region());
    Walk walk = new Walk(index, slice, new Reads(), regionPrices);
    java.util.List<SubnetWay.Ask> asks = new java.util.ArrayList<>();
    walk.recordAsks(asks);
    int position = slice.indexOf(source.id());
    SubnetQuestions.ask(walk, slice, position, question, new Sender.AnyWorkload(source));
    PathAnswer answer = walk.answer(source.id().value(), question.text());
    // a subnet asked for itself arrives at once, where a workload of it leaves: not alike
    SubnetWay way = new SubnetWay(answer, source, slice, index, regionPrices, asks, !source.id().equals(question.element()));
    SubnetWay raced = ways.putIfAbsent(new WayKey(subnet, to), way);
    return raced != null ? raced : way;
  }

  private record WayKey(ElementId subnet, Target to) {
  }

  private VpcSlice sliceOf(ElementId vpc, ElementId element) {
    VpcSlice slice = index.slice(vpc);
    if (slice == null) {
      throw new NetwrightException(element + " belongs to VPC " + vpc + ", which does not exist");
    }
    return slice;
  }

  /** A target resolved once for many answers: its element id (for an element target), its text, and what is sent. */
  record Question(Target target, ElementId element, String text, Traffic traffic) {
    Question(Target target, Traffic traffic) {
      this(target, target.kind() == Target.Kind.ELEMENT ? target.elementId() : null, target.text(), traffic);
    }
  }

  /** The answer for the subnet at {@code position} of {@code slice}, recording into {@code reads} what it depends on. */
  PathAnswer answer(int position, VpcSlice slice, Question question, Reads reads, RegionPrices regionPrices) {
    Walk walk = new Walk(index, slice, reads, regionPrices);
    SubnetQuestions.ask(walk, slice, position, question, new Sender.AnyWorkload(slice.subnets.get(position)));
    return walk.answer(slice.subnets.get(position).id().value(), question.text());
  }
}
