package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
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
 * the service of each interface endpoint, and the on-premises networks behind each VPN gateway.
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
  private final Map<ElementId, Map<Target, Block>> blocks;
  private final int answersComputed;

  /** The answers of one VPC's subnets (in slice order) for one target, and what they read. */
  private record Block(List<PathAnswer> answers, Reads reads) {
  }

  private PathMatrix(PathEngine engine, List<Target> targets, Map<ElementId, Map<Target, Block>> blocks, int answersComputed) {
    this.engine = engine;
    this.targets = targets;
    this.blocks = blocks;
    this.answersComputed = answersComputed;
  }

  public static PathMatrix of(Topology topology) {
    return build(PathEngine.of(topology), null, null);
  }

  /** The matrix of {@code next}, a later version of this matrix's topology, re-answering only what the change could affect. */
  public PathMatrix update(Topology next) {
    if (next == engine.topology()) {
      return new PathMatrix(engine, targets, blocks, 0);
    }
    TopologyDiff diff = TopologyDiff.between(engine.topology(), next);
    PathEngine nextEngine = PathEngine.over(engine.index().next(next, diff), engine.prices());
    return build(nextEngine, this, diff);
  }

  private static PathMatrix build(PathEngine engine, PathMatrix previous, TopologyDiff diff) {
    List<Target> targets = targetsOf(engine.index());
    Map<ElementId, Map<Target, Block>> blocks = new HashMap<>();
    int computed = 0;
    for (VpcSlice slice : engine.index().slices()) {
      Map<Target, Block> before = previous == null ? null : previous.blocks.get(slice.id());
      if (before != null && previous.targets.equals(targets) && untouched(before, diff)) {
        blocks.put(slice.id(), before);
        continue;
      }
      Map<Target, Block> row = new HashMap<>();
      for (Target target : targets) {
        Block old = before == null ? null : before.get(target);
        if (old != null && !old.reads().touchedBy(diff.changed, diff.dirtyVpcs)) {
          row.put(target, old);
          continue;
        }
        Reads reads = new Reads();
        List<PathAnswer> answers = new ArrayList<>(slice.subnets.size());
        for (Subnet subnet : slice.subnets) {
          answers.add(engine.answer(subnet, slice, target, reads));
        }
        computed += answers.size();
        row.put(target, new Block(answers, reads));
      }
      blocks.put(slice.id(), row);
    }
    return new PathMatrix(engine, targets, blocks, computed);
  }

  private static boolean untouched(Map<Target, Block> row, TopologyDiff diff) {
    for (Block block : row.values()) {
      if (block.reads().touchedBy(diff.changed, diff.dirtyVpcs)) {
        return false;
      }
    }
    return true;
  }

  private static List<Target> targetsOf(TopologyIndex index) {
    Set<String> services = new TreeSet<>();
    List<Target> vpns = new ArrayList<>();
    for (VpcSlice slice : index.slices()) {
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
    return Collections.unmodifiableList(targets);
  }

  public Topology topology() {
    return engine.topology();
  }

  /** The engine over this matrix's topology, for questions outside the matrix. */
  public PathEngine engine() {
    return engine;
  }

  /** The targets of the matrix: s3, dynamodb, internet, the interface endpoints' services, the VPN gateways. */
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
    Map<Target, Block> row = slice == null ? null : blocks.get(slice.id());
    Block block = row == null ? null : row.get(target);
    int position = slice == null ? -1 : slice.indexOf(subnet);
    return block == null || position < 0 ? Optional.empty() : Optional.of(block.answers().get(position));
  }

  /** Every answer: the subnets in the design's order, each with every target in {@link #targets()}'s order. */
  public List<PathAnswer> answers() {
    List<PathAnswer> all = new ArrayList<>();
    for (Subnet subnet : engine.topology().subnets()) {
      VpcSlice slice = engine.index().slice(subnet.vpcId());
      Map<Target, Block> row = slice == null ? null : blocks.get(slice.id());
      if (row == null) {
        continue;
      }
      int position = slice.indexOf(subnet.id());
      for (Target target : targets) {
        all.add(row.get(target).answers().get(position));
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
