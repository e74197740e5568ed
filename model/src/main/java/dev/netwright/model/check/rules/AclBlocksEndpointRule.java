package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * ACL-BLOCKS-ENDPOINT (error): a subnet routes a service to an endpoint of its VPC (a gateway
 * endpoint on its route table, an interface endpoint whose private DNS takes effect), but a
 * network ACL on the way stops that traffic or its replies: the endpoint is the subnet's only way
 * to the service, so the service is out of reach. Traffic to a gateway endpoint leaves toward the
 * service's public ranges, so an ACL that lets out only private ranges stops it.
 */
public final class AclBlocksEndpointRule implements VpcRule {
  public static final String ID = "ACL-BLOCKS-ENDPOINT";

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
    if (scope.networkAcls().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Function<Subnet, List<EndpointPaths.Use>> endpoints = EndpointPaths.of(scope);
    for (Subnet subnet : scope.subnets()) {
      for (EndpointPaths.Use use : endpoints.apply(subnet)) {
        PathAnswer answer = scope.paths().wayFrom(subnet.id(), use.target()).answer();
        if (answer.reachable()) {
          continue;
        }
        Optional<NetworkAcl> acl = scope.find(ElementId.of(answer.blockedBy().id()), NetworkAcl.class);
        if (acl.isEmpty()) {
          continue;
        }
        findings.add(new Finding(ID, Severity.ERROR, List.of(acl.get().id(), subnet.id(), use.endpoint()),
            "Subnet " + Labels.of(subnet) + " routes " + use.service() + " to endpoint " + use.endpoint() + ", but network ACL "
                + Labels.of(acl.get()) + " stops it (" + answer.blockedBy().rule() + "): " + answer.blockedBy().reason()
                + "; add rules to " + acl.get().id() + " that let TCP 443 through toward the endpoint and TCP 1024-65535 back."));
      }
    }
    return findings;
  }
}
