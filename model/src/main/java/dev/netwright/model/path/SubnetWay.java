package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.cost.RegionPrices;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.List;

/**
 * The way from a subnet (any workload there) to a target, with what the walk asked of its sender on
 * the way: whether the sender's own groups let it leave toward a destination, and whether a rule
 * naming a security group admits it. Those are the only places a workload of the subnet (sending
 * from the subnet's block) can part from the subnet's way, so when it answers every ask alike, its
 * way ends where the subnet's does ({@link #endsAlikeFor}), and need not be walked.
 */
public final class SubnetWay {
  private final PathAnswer answer;
  private final Subnet subnet;
  private final VpcSlice slice;
  private final TopologyIndex index;
  private final RegionPrices prices;
  private final List<Ask> asks;
  private final boolean comparable;

  SubnetWay(PathAnswer answer, Subnet subnet, VpcSlice slice, TopologyIndex index, RegionPrices prices, List<Ask> asks,
      boolean comparable) {
    this.answer = answer;
    this.subnet = subnet;
    this.slice = slice;
    this.index = index;
    this.prices = prices;
    this.asks = List.copyOf(asks);
    this.comparable = comparable;
  }

  /** The subnet's answer, as {@link PathEngine#reach(ElementId, Target)} gives it. */
  public PathAnswer answer() {
    return answer;
  }

  /**
   * Whether {@code workload}'s own way to the target is reachable or blocked exactly as the
   * subnet's is (the same {@link PathAnswer#reachable} and {@link PathAnswer#blockedBy}): it sits
   * in the subnet and sends from the subnet's block, its groups let it out wherever the subnet's
   * walk left, and the group rules on the way admit it exactly where they admitted the subnet.
   * False says only that its way must be walked to tell.
   */
  public boolean endsAlikeFor(Workload workload) {
    if (!comparable || !workload.subnetId().equals(subnet.id()) || workload.address().isPresent()) {
      return false;
    }
    Sender.OneWorkload sender = new Sender.OneWorkload(workload, subnet);
    for (Ask ask : asks) {
      if (ask instanceof Ask.Carries carries) {
        if (sender.carries(carries.group(), carries.receiverVpc()) != carries.carried()) {
          return false;
        }
      } else if (ask instanceof Ask.Leave leave) {
        Walk scratch = new Walk(index, slice, new Reads(), prices);
        scratch.start(sender, leave.traffic());
        if (!SecurityFilters.egress(scratch, workload, subnet, leave.destination())) {
          return false;
        }
      }
    }
    return true;
  }

  /** One thing a walk asked of its sender. */
  sealed interface Ask permits Ask.Leave, Ask.Carries {
    /** Whether its own groups let {@code traffic} out toward {@code destination} (a subnet's always do). */
    record Leave(Destination destination, Traffic traffic) implements Ask {
    }

    /** Whether a rule naming {@code group}, of a receiver in {@code receiverVpc}, admits it, and the subnet's answer. */
    record Carries(ElementId group, ElementId receiverVpc, boolean carried) implements Ask {
    }
  }
}
