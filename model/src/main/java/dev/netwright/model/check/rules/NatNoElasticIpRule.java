package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.NatGateway;
import java.util.ArrayList;
import java.util.List;

/** NAT-NO-ELASTIC-IP: a public NAT gateway without an Elastic IP (AWS refuses to create it). */
public final class NatNoElasticIpRule implements VpcRule {
  public static final String ID = "NAT-NO-ELASTIC-IP";

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
      if (nat.publicConnectivity() && !nat.hasElasticIp()) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(nat.id(), nat.subnetId()),
            "Public NAT gateway " + Labels.of(nat) + " has no Elastic IP, and AWS creates a public NAT gateway only with one;"
                + " allocate an Elastic IP and give its allocation id to the NAT gateway, or make it a private NAT gateway."));
      }
    }
    return findings;
  }
}
