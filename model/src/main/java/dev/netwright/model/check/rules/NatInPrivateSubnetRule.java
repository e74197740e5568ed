package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NAT-IN-PRIVATE-SUBNET: a public NAT gateway in a private subnet. It translates to its Elastic IP
 * but then has no route to the internet, so nothing behind it gets out.
 */
public final class NatInPrivateSubnetRule implements VpcRule {
  public static final String ID = "NAT-IN-PRIVATE-SUBNET";

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
    List<Finding> findings = new ArrayList<>();
    for (NatGateway nat : scope.natGateways()) {
      if (!nat.publicConnectivity()) {
        continue;
      }
      Optional<Subnet> subnet = scope.find(nat.subnetId(), Subnet.class);
      if (subnet.isEmpty() || scope.exposure().isPublic(subnet.get())) {
        continue;
      }
      Optional<RouteTable> table = scope.tableOf(subnet.get().id());
      List<dev.netwright.model.ElementId> elements = new ArrayList<>(List.of(nat.id(), subnet.get().id()));
      table.ifPresent(used -> elements.add(used.id()));
      String fix = table.map(used -> "add a route 0.0.0.0/0 to an internet gateway in its route table " + Labels.of(used))
          .orElse("give it a route table with a route 0.0.0.0/0 to an internet gateway");
      findings.add(new Finding(ID, Severity.ERROR, elements,
          "Public NAT gateway " + Labels.of(nat) + " sits in the private subnet " + Labels.of(subnet.get())
              + ", so the traffic it translates has no way to the internet; move it to a public subnet, or " + fix + "."));
    }
    return findings;
  }
}
