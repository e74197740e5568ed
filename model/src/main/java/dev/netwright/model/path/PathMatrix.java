package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every subnet × every target the design mentions: {@code s3}, {@code dynamodb}, {@code internet},
 * the service of each interface endpoint, the on-premises networks behind each VPN gateway and each
 * transit gateway VPN attachment, and each
 * external VPC (a peer the design does not create, answered up to the peering).
 *
 * <p>Answers are kept in blocks, one per VPC and target, each with a record of what its answers
 * read. {@link #update} takes the next topology after an edit and re-answers only the blocks
 * whose reads the edit touched (in practice: the edited VPC, plus the blocks of other VPCs that
 * looked at an edited element, such as a peer's CIDR blocks or a VPN gateway's networks); the rest
 * are shared with this matrix. Immutable.
 */
public final class PathMatrix {
  private final PathEngine engine;
  private final List<Target> targets;
  private final Map<ElementId, Row> rows;
  private final int answersComputed;

  /** The answers of one VPC's subnets (in slice order) for one target, and what they read. */
  private record Block(List<PathAnswer> answers, Reads reads) {
  }

  /**
   * The blocks of one VPC, and everything any of them read, so that an untouched row is told at
   * once; {@code computed} is how many of its answers were computed when it was made.
   */
  private record Row(Map<Target, Block> blocks, Reads reads, int computed) {
  }

  private PathMatrix(PathEngine engine, List<Target> targets, Map<ElementId, Row> rows, int answersComputed) {
    this.engine = engine;
    this.targets = targets;
    this.rows = rows;
    this.answersComputed = answersComputed;
  }

  public static PathMatrix of(Topology topology) {
    return build(PathEngine.of(topology), null, null);
  }

  /** The matrix of {@code next}, a later version of this matrix's topology, re-answering only what the change could affect. */
  public PathMatrix update(Topology next) {
    if (next == engine.topology()) {
      return new PathMatrix(engine, targets, rows, 0);
    }
    TopologyDiff diff = TopologyDiff.between(engine.topology(), next);
    PathEngine nextEngine = PathEngine.over(engine.index().next(next, diff), engine.prices());
    return build(nextEngine, this, diff);
  }

  private static PathMatrix build(PathEngine engine, PathMatrix previous, TopologyDiff diff) {
    List<Target> targets = previous != null && sameTargetSources(previous.engine.index(), engine.index(), diff)
        ? previous.targets : targetsOf(engine.index());
    Map<ElementId, Row> rows = new HashMap<>(engine.index().slices().size() * 2);
    List<VpcSlice> toAnswer = new ArrayList<>();
    boolean sameTargets = previous != null && previous.targets.equals(targets);
    for (VpcSlice slice : engine.index().slices()) {
      Row before = previous == null ? null : previous.rows.get(slice.id());
      if (before != null && sameTargets && !before.reads().touchedBy(diff.changed, diff.dirtyVpcs)) {
        rows.put(slice.id(), before);
      } else {
        toAnswer.add(slice);
      }
    }
    // rows are independent of each other: answer them on every core when there are many
    List<Row> answered = (toAnswer.size() >= TopologyIndex.PARALLEL_FROM ? toAnswer.parallelStream() : toAnswer.stream())
        .map(slice -> row(engine, slice, targets, previous == null ? null : previous.rows.get(slice.id()), diff)).toList();
    int computed = 0;
    for (int i = 0; i < toAnswer.size(); i++) {
      rows.put(toAnswer.get(i).id(), answered.get(i));
      computed += answered.get(i).computed();
    }
    return new PathMatrix(engine, targets, rows, computed);
  }

  /** The row of a VPC: its blocks of {@code before} that the edit did not touch, the others answered anew. */
  private static Row row(PathEngine engine, VpcSlice slice, List<Target> targets, Row before, TopologyDiff diff) {
    Map<Target, Block> blocks = new HashMap<>();
    Reads rowReads = new Reads();
    int computed = 0;
    for (Target target : targets) {
      Block old = before == null ? null : before.blocks().get(target);
      if (old == null || diff == null || old.reads().touchedBy(diff.changed, diff.dirtyVpcs)) {
        old = answer(engine, slice, target);
        computed += old.answers().size();
      }
      blocks.put(target, old);
      rowReads.addAll(old.reads());
    }
    return new Row(blocks, rowReads, computed);
  }

  private static Block answer(PathEngine engine, VpcSlice slice, Target target) {
    Reads reads = new Reads();
    // the block depends on its VPC's subnets even while it has none: adding the first one must redo it
    reads.vpc(slice.id());
    PathEngine.Question question = new PathEngine.Question(target, Traffic.HTTPS);
    RegionPrices prices = engine.prices().forRegion(slice.vpc.region());
    List<PathAnswer> answers = new ArrayList<>(slice.subnets.size());
    for (int position = 0; position < slice.subnets.size(); position++) {
      answers.add(engine.answer(position, slice, question, reads, prices));
    }
    return new Block(answers, reads);
  }

  /**
   * True when the edit changed nothing the targets come from: the endpoint services and VPN
   * gateways of the VPCs it touched, and which VPCs are external.
   */
  private static boolean sameTargetSources(TopologyIndex before, TopologyIndex after, TopologyDiff diff) {
    for (ElementId changed : diff.changed) {
      if (before.element(changed) instanceof TransitGatewayVpnAttachment || after.element(changed) instanceof TransitGatewayVpnAttachment) {
        return false;
      }
    }
    for (ElementId vpc : diff.dirtyVpcs) {
      VpcSlice was = before.slice(vpc);
      VpcSlice now = after.slice(vpc);
      if (was == null && now == null) {
        continue;
      }
      if (was == null || now == null) {
        VpcSlice present = was == null ? now : was;
        if (present.vpc.external() || !present.interfaceServices().isEmpty() || !present.vpnGateways.isEmpty()) {
          return false;
        }
        continue;
      }
      if (was.vpc.external() != now.vpc.external() || !was.interfaceServices().equals(now.interfaceServices())
          || !vpnIds(was).equals(vpnIds(now))) {
        return false;
      }
    }
    return true;
  }

  private static List<ElementId> vpnIds(VpcSlice slice) {
    return slice.vpnGateways.stream().map(VpnGateway::id).toList();
  }

  private static List<Target> targetsOf(TopologyIndex index) {
    Set<String> services = new TreeSet<>();
    List<Target> vpns = new ArrayList<>();
    List<Target> externals = new ArrayList<>();
    for (VpcSlice slice : index.slices()) {
      if (slice.vpc.external()) {
        externals.add(Target.element(slice.id()));
      }
      services.addAll(slice.interfaceServices());
      for (VpnGateway vpn : slice.vpnGateways) {
        vpns.add(Target.element(vpn.id()));
      }
    }
    List<Target> targets = new ArrayList<>(List.of(Target.S3, Target.DYNAMODB, Target.INTERNET));
    for (String service : services) {
      Target target = Target.service(service);
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
    targets.addAll(vpns);
    for (TransitGatewayVpnAttachment vpn : index.topology().all(TransitGatewayVpnAttachment.class)) {
      targets.add(Target.element(vpn.id()));
    }
    targets.addAll(externals);
    return Collections.unmodifiableList(targets);
  }

  public Topology topology() {
    return engine.topology();
  }

  /** The engine over this matrix's topology, for questions outside the matrix. */
  public PathEngine engine() {
    return engine;
  }

  /** The targets of the matrix: s3, dynamodb, internet, the interface endpoints' services, the VPN gateways, the external VPCs. */
  public List<Target> targets() {
    return targets;
  }

  /** How many answers building this matrix computed: all of them for {@link #of}, only the re-answered ones for {@link #update}. */
  public int answersComputed() {
    return answersComputed;
  }

  /** The answer for one subnet and one of {@link #targets()}, when the matrix has it. */
  public Optional<PathAnswer> answer(ElementId subnet, Target target) {
    Optional<Subnet> found = engine.topology().find(subnet, Subnet.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    VpcSlice slice = engine.index().slice(found.get().vpcId());
    Row row = slice == null ? null : rows.get(slice.id());
    Block block = row == null ? null : row.blocks().get(target);
    int position = slice == null ? -1 : slice.indexOf(subnet);
    return block == null || position < 0 ? Optional.empty() : Optional.of(block.answers().get(position));
  }

  /** Every answer: the subnets in the design's order, each with every target in {@link #targets()}'s order. */
  public List<PathAnswer> answers() {
    List<PathAnswer> all = new ArrayList<>();
    for (Subnet subnet : engine.topology().subnets()) {
      VpcSlice slice = engine.index().slice(subnet.vpcId());
      Row row = slice == null ? null : rows.get(slice.id());
      if (row == null) {
        continue;
      }
      int position = slice.indexOf(subnet.id());
      for (Target target : targets) {
        all.add(row.blocks().get(target).answers().get(position));
      }
    }
    return all;
  }

  /** The number of answers: subnets × targets. */
  public int size() {
    int size = 0;
    for (VpcSlice slice : engine.index().slices()) {
      size += slice.subnets.size() * targets.size();
    }
    return size;
  }
}
