package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * Makes a gateway or interface VPC endpoint with a ClientToken and its tags, and waits (bounded)
 * until it is available; rolling back deletes it.
 */
final class EndpointCreator {
  private final ApplyContext context;
  private final Cancellation cancellation;

  EndpointCreator(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  Element create(Element element, Map<String, String> tags) {
    Ec2Client ec2 = context.ec2();
    CreateVpcEndpointRequest.Builder request = CreateVpcEndpointRequest.builder()
        .clientToken(context.token("vpce " + element.id()))
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.VPC_ENDPOINT, tags));
    Element made;
    if (element instanceof GatewayEndpoint endpoint) {
      request.vpcEndpointType(VpcEndpointType.GATEWAY).vpcId(context.aws(endpoint.vpcId())).serviceName(endpoint.service())
          .routeTableIds(endpoint.routeTableIds().stream().map(context::aws).toList());
      if (!endpoint.policy().isBlank()) {
        request.policyDocument(endpoint.policy());
      }
      made = Resolve.element(endpoint, context::resolve);
    } else {
      InterfaceEndpoint endpoint = (InterfaceEndpoint) element;
      request.vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(context.aws(endpoint.vpcId())).serviceName(endpoint.service())
          .subnetIds(endpoint.subnetIds().stream().map(context::aws).toList())
          .securityGroupIds(endpoint.securityGroupIds().stream().map(context::aws).toList())
          .privateDnsEnabled(endpoint.privateDns());
      if (!endpoint.policy().isBlank()) {
        request.policyDocument(endpoint.policy());
      }
      made = Resolve.element(endpoint, context::resolve);
    }
    String id = ec2.createVpcEndpoint(request.build()).vpcEndpoint().vpcEndpointId();
    context.undo.push("created " + element.kind().label().toLowerCase() + " " + element.id() + " as " + id,
        "delete " + id + " (" + element.id() + ")", () -> ec2.deleteVpcEndpoints(r -> r.vpcEndpointIds(id)));
    Waiter.until("VPC endpoint " + id + " (" + element.id() + ")", "available", () -> state(ec2, id), context.tuning(), cancellation);
    return Resolve.element(made, current -> current.equals(made.id()) ? ElementId.of(id) : current);
  }

  static String state(Ec2Client ec2, String id) {
    return ec2.describeVpcEndpoints(r -> r.vpcEndpointIds(id)).vpcEndpoints().stream().findFirst().map(e -> e.stateAsString())
        .orElse(null);
  }
}
