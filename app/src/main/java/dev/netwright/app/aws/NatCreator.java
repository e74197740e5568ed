package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.NatGateway;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ConnectivityType;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * Makes a NAT gateway: allocates a tagged Elastic IP when a public one names none, creates the
 * gateway with a ClientToken, and waits (bounded) until it is available. Rolling back deletes the
 * gateway, waits until it is gone, then releases the address it allocated.
 */
final class NatCreator {
  private final ApplyContext context;
  private final Cancellation cancellation;

  NatCreator(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  NatGateway create(NatGateway nat, Map<String, String> tags) {
    Ec2Client ec2 = context.ec2();
    String allocation = null;
    if (nat.publicConnectivity()) {
      if (nat.elasticIp().startsWith("eipalloc-")) {
        allocation = nat.elasticIp();
      } else {
        String token = context.token("eip " + nat.id());
        Map<String, String> tokenTags = new java.util.LinkedHashMap<>(tags);
        tokenTags.put(IdempotentCreate.TOKEN_TAG, token);
        String allocated = IdempotentCreate.run(context, token,
            () -> context.ec2SingleAttempt().allocateAddress(r -> r.domain(DomainType.VPC)
                .tagSpecifications(Ec2Shapes.tagging(ResourceType.ELASTIC_IP, tokenTags))).allocationId(),
            t -> ec2.describeAddresses(r -> r.filters(IdempotentCreate.byToken(t))).addresses().stream()
                .map(a -> a.allocationId()).findFirst());
        context.undo.push("allocated Elastic IP " + allocated + " for " + nat.id(), "release " + allocated,
            () -> ec2.releaseAddress(r -> r.allocationId(allocated)));
        allocation = allocated;
      }
    }
    String allocationId = allocation;
    String subnet = context.aws(nat.subnetId());
    String id = ec2.createNatGateway(r -> r.subnetId(subnet).allocationId(allocationId)
        .connectivityType(nat.publicConnectivity() ? ConnectivityType.PUBLIC : ConnectivityType.PRIVATE)
        .clientToken(context.token("nat " + nat.id()))
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.NATGATEWAY, tags))).natGateway().natGatewayId();
    AwsTuning tuning = context.tuning();
    context.undo.push("created NAT gateway " + nat.id() + " as " + id, "delete " + id + " (" + nat.id() + ")", () -> {
      ec2.deleteNatGateway(r -> r.natGatewayId(id));
      Waiter.until("NAT gateway " + id, "deleted", () -> state(ec2, id), tuning, new Cancellation());
    });
    Waiter.until("NAT gateway " + id + " (" + nat.id() + ")", "available", () -> state(ec2, id), tuning, cancellation);
    return new NatGateway(ElementId.of(id), nat.name(), ElementId.of(subnet), nat.publicConnectivity(),
        allocationId == null ? "" : allocationId);
  }

  static String state(Ec2Client ec2, String id) {
    return ec2.describeNatGateways(r -> r.natGatewayIds(id)).natGateways().stream().findFirst().map(n -> n.stateAsString())
        .orElse(null);
  }
}
