package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SUBNET-TOO-SMALL: a subnet with fewer usable addresses (its size minus the 5 AWS reserves) than
 * the network interfaces the design places in it: one per interface endpoint that lists it and
 * one per NAT gateway in it. AWS fails to create the interface that does not fit.
 */
public final class SubnetTooSmallRule implements VpcRule {
  public static final String ID = "SUBNET-TOO-SMALL";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    Map<ElementId, List<ElementId>> interfaces = new HashMap<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      for (ElementId subnet : endpoint.subnetIds()) {
        interfaces.computeIfAbsent(subnet, key -> new ArrayList<>()).add(endpoint.id());
      }
    }
    for (NatGateway nat : scope.natGateways()) {
      interfaces.computeIfAbsent(nat.subnetId(), key -> new ArrayList<>()).add(nat.id());
    }
    List<Finding> findings = new ArrayList<>();
    for (Subnet subnet : scope.subnets()) {
      List<ElementId> users = interfaces.getOrDefault(subnet.id(), List.of());
      if (users.size() > subnet.cidr().usableAddresses()) {
        List<ElementId> elements = new ArrayList<>();
        elements.add(subnet.id());
        elements.addAll(users);
        findings.add(new Finding(ID, Severity.ERROR, elements,
            "Subnet " + Labels.of(subnet) + " (" + subnet.cidr() + ") has " + subnet.cidr().usableAddresses()
                + " usable addresses (" + subnet.cidr().size() + " minus the " + Cidr.AWS_RESERVED_ADDRESSES
                + " AWS reserves) but the design places " + users.size() + " network interfaces in it; give it a /"
                + prefixFor(users.size()) + " block or wider, or move some endpoints to another subnet of "
                + subnet.zone() + "."));
      }
    }
    return findings;
  }

  /** The narrowest prefix whose usable addresses hold {@code count} interfaces. */
  static int prefixFor(int count) {
    int prefix = 28;
    while (prefix > 0 && (1L << (32 - prefix)) - Cidr.AWS_RESERVED_ADDRESSES < count) {
      prefix--;
    }
    return prefix;
  }
}
