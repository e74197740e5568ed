package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.DesignRule;
import dev.netwright.model.check.DesignScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.OverlapSweep;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PEERED-VPC-OVERLAP: two VPCs with overlapping blocks that are peered (AWS refuses the peering) or
 * that reach one on-premises network (their VPN gateways list overlapping on-premises blocks), so
 * the on-premises routers cannot tell the two apart.
 */
public final class PeeredVpcOverlapRule implements DesignRule {
  public static final String ID = "PEERED-VPC-OVERLAP";

  private record Block(Cidr cidr, ElementId vpc, ElementId via) {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(DesignScope design) {
    List<Finding> findings = new ArrayList<>();
    Set<Set<ElementId>> reported = new HashSet<>();
    for (VpcScope scope : design.scopes()) {
      for (PeeringConnection peering : scope.peerings()) {
        if (!peering.requesterVpcId().equals(scope.vpc().id())) {
          continue;
        }
        design.scope(peering.accepterVpcId()).ifPresent(other -> overlap(scope.vpc(), other.vpc()).ifPresent(pair -> {
          reported.add(Set.of(scope.vpc().id(), other.vpc().id()));
          findings.add(new Finding(ID, Severity.ERROR, List.of(scope.vpc().id(), other.vpc().id(), peering.id()),
              "VPCs " + Labels.of(scope.vpc()) + " (" + pair.first() + ") and " + Labels.of(other.vpc()) + " ("
                  + pair.second() + ") overlap but are peered by " + Labels.of(peering)
                  + "; AWS refuses a peering between overlapping VPCs, so renumber one of them."));
        }));
      }
    }
    sharedOnPremises(design, reported, findings);
    return findings;
  }

  private static void sharedOnPremises(DesignScope design, Set<Set<ElementId>> reported, List<Finding> findings) {
    List<Block> onPremises = new ArrayList<>();
    for (VpcScope scope : design.scopes()) {
      for (VpnGateway vpn : scope.vpnGateways()) {
        vpn.onPremisesCidrs().forEach(cidr -> onPremises.add(new Block(cidr, scope.vpc().id(), vpn.id())));
      }
    }
    if (onPremises.size() < 2) {
      return;
    }
    Map<ElementId, ElementId> parent = new HashMap<>();
    Map<ElementId, ElementId> gatewayOf = new HashMap<>();
    onPremises.forEach(block -> gatewayOf.putIfAbsent(block.vpc(), block.via()));
    for (OverlapSweep.Pair<Block> pair : OverlapSweep.pairs(onPremises, Block::cidr, (a, b) -> !a.vpc().equals(b.vpc()))) {
      union(parent, pair.first().vpc(), pair.second().vpc());
    }
    Map<ElementId, List<Block>> blocksByNetwork = new HashMap<>();
    for (ElementId vpcId : gatewayOf.keySet()) {
      design.scope(vpcId).ifPresent(scope -> {
        ElementId root = find(parent, vpcId);
        for (Cidr cidr : scope.vpc().cidrBlocks()) {
          blocksByNetwork.computeIfAbsent(root, key -> new ArrayList<>()).add(new Block(cidr, vpcId, gatewayOf.get(vpcId)));
        }
      });
    }
    for (List<Block> blocks : blocksByNetwork.values()) {
      for (OverlapSweep.Pair<Block> pair : OverlapSweep.pairs(blocks, Block::cidr, (a, b) -> !a.vpc().equals(b.vpc()))) {
        if (!reported.add(Set.of(pair.first().vpc(), pair.second().vpc()))) {
          continue;
        }
        Vpc first = design.scope(pair.first().vpc()).orElseThrow().vpc();
        Vpc second = design.scope(pair.second().vpc()).orElseThrow().vpc();
        findings.add(new Finding(ID, Severity.ERROR, List.of(first.id(), second.id(), pair.first().via(), pair.second().via()),
            "VPCs " + Labels.of(first) + " (" + pair.first().cidr() + ") and " + Labels.of(second) + " (" + pair.second().cidr()
                + ") overlap but both reach one on-premises network (through " + pair.first().via() + " and "
                + pair.second().via() + "); the on-premises routers cannot tell them apart, so renumber one of them."));
      }
    }
  }

  private static Optional<OverlapSweep.Pair<Cidr>> overlap(Vpc a, Vpc b) {
    for (Cidr mine : a.cidrBlocks()) {
      for (Cidr theirs : b.cidrBlocks()) {
        if (mine.overlaps(theirs)) {
          return Optional.of(new OverlapSweep.Pair<>(mine, theirs));
        }
      }
    }
    return Optional.empty();
  }

  private static ElementId find(Map<ElementId, ElementId> parent, ElementId id) {
    ElementId root = id;
    while (parent.containsKey(root)) {
      root = parent.get(root);
    }
    // path compression keeps later look-ups short when many VPCs share one network
    ElementId step = id;
    while (!step.equals(root)) {
      ElementId up = parent.get(step);
      parent.put(step, root);
      step = up;
    }
    return root;
  }

  private static void union(Map<ElementId, ElementId> parent, ElementId a, ElementId b) {
    ElementId rootA = find(parent, a);
    ElementId rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(rootB, rootA);
    }
  }
}
