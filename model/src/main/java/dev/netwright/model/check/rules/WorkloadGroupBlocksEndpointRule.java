package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.SubnetWay;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * WORKLOAD-SG-BLOCKS-ENDPOINT (warning): a workload's subnet routes a service to an endpoint of the
 * VPC, but the workload's way there stops at a security group: its own groups do not let HTTPS out
 * to the endpoint (or the service's prefix list), or the endpoint's groups do not admit it. The
 * design routes the service privately and then keeps this workload from using it. (A network ACL
 * on the way is ACL-BLOCKS-ENDPOINT's to report.)
 */
public final class WorkloadGroupBlocksEndpointRule implements VpcRule {
  public static final String ID = "WORKLOAD-SG-BLOCKS-ENDPOINT";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    Function<Subnet, List<EndpointPaths.Use>> endpoints = EndpointPaths.of(scope);
    // workloads alike (one subnet, the same groups and address) take the same way and stop at the
    // same filter: one walk tells for all of them, unless it stops at a group, where each is told
    // (alike workloads share a subnet, so the same uses: which of them are told is kept by position)
    Map<Alike, boolean[]> quiet = new HashMap<>();
    for (Workload workload : scope.workloads()) {
      Optional<Subnet> subnet = scope.find(workload.subnetId(), Subnet.class);
      if (subnet.isEmpty()) {
        continue;
      }
      List<EndpointPaths.Use> uses = endpoints.apply(subnet.get());
      if (uses.isEmpty()) {
        continue;
      }
      boolean[] told = quiet.computeIfAbsent(new Alike(workload.subnetId(), workload.securityGroupIds(), workload.address()),
          alike -> new boolean[uses.size()]);
      for (int i = 0; i < uses.size(); i++) {
        EndpointPaths.Use use = uses.get(i);
        if (told[i]) {
          continue;
        }
        // the subnet's way (shared with ACL-BLOCKS-ENDPOINT) tells when the workload's groups
        // answer it alike; only a workload they treat otherwise, or a way that stops at a group,
        // is walked on its own
        SubnetWay way = scope.paths().wayFrom(subnet.get().id(), use.target());
        if ((way.answer().reachable() || !isGroup(way.answer())) && way.endsAlikeFor(workload)) {
          told[i] = true;
          continue;
        }
        PathAnswer mine = scope.paths().reach(workload.id(), use.target());
        if (mine.reachable() || !isGroup(mine)) {
          told[i] = true;
          continue;
        }
        String direction = mine.blockedBy().rule();
        String fix = direction.equals("egress")
            ? "add an egress rule for TCP 443 to the endpoint (its security group or the service's prefix list) to " + mine.blockedBy().id()
            : "admit TCP 443 from the workload's group in " + mine.blockedBy().id();
        findings.add(new Finding(ID, Severity.WARNING, List.of(workload.id(), ElementId.of(mine.blockedBy().id()), use.endpoint()),
            "Workload " + Labels.of(workload) + " does not reach " + use.service() + " through endpoint " + use.endpoint()
                + ", which its subnet " + Labels.of(subnet.get()) + " routes it to: " + mine.blockedBy().reason() + " (" + direction
                + "); " + fix + "."));
      }
    }
    return findings;
  }

  /** What a workload's way to a service depends on besides the VPC and the service: its subnet, groups and address. */
  private record Alike(ElementId subnet, List<ElementId> groups, Optional<IpAddress> address) {
  }

  private static boolean isGroup(PathAnswer answer) {
    String rule = answer.blockedBy().rule();
    return "egress".equals(rule) || "ingress".equals(rule);
  }
}
