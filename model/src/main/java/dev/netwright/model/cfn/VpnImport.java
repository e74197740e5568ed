package dev.netwright.model.cfn;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the VPN side of a template: virtual private gateways with the attachment that attaches
 * each to a VPC, the VPN connections that use them (and those connections' customer gateways),
 * and the static VPN connection routes, whose blocks become the gateway's on-premises networks.
 */
final class VpnImport {
  private final ImportContext context;

  VpnImport(ImportContext context) {
    this.context = context;
  }

  void read(Map<String, TemplateResource> attachmentOfGateway) {
    for (TemplateResource resource : context.ofType("AWS::EC2::VPNGateway")) {
      context.attempt(resource, () -> {
        ResourceProperties properties = context.properties(resource);
        TemplateResource attachment = attachmentOfGateway.get(resource.logicalId());
        if (attachment == null) {
          throw new Unmodelled("no VPCGatewayAttachment of the template attaches it to a VPC");
        }
        Vpc vpc = context.properties(attachment).element("VpcId", Vpc.class);
        context.add(resource, new VpnGateway(properties.id(), properties.name(), vpc.id(), List.of()));
        context.consumed.add(attachment.logicalId());
        context.renamed.put(attachment.logicalId(), resource.logicalId() + "Attachment");
      });
    }
    Map<String, String> gatewayOfConnection = new HashMap<>();
    for (TemplateResource connection : context.ofType("AWS::EC2::VPNConnection")) {
      if (connection.properties().has("TransitGatewayId")) {
        continue; // a transit gateway's VPN attachment: see TransitImport
      }
      context.attempt(connection, () -> {
        ResourceProperties properties = context.properties(connection);
        gatewayOfConnection.put(connection.logicalId(), properties.elementLogicalId("VpnGatewayId", VpnGateway.class));
        context.consumed.add(connection.logicalId());
        String customer = properties.referenceTo("CustomerGatewayId");
        TemplateResource customerGateway = context.resources.get(customer);
        if (customerGateway != null && customerGateway.type().equals("AWS::EC2::CustomerGateway")) {
          context.consumed.add(customer);
        }
      });
    }
    for (TemplateResource route : context.ofType("AWS::EC2::VPNConnectionRoute")) {
      context.attempt(route, () -> {
        ResourceProperties properties = context.properties(route);
        String gatewayLogical = gatewayOfConnection.get(properties.referenceTo("VpnConnectionId"));
        if (gatewayLogical == null) {
          throw new Unmodelled("its VPN connection is not one Netwright could model");
        }
        VpnGateway gateway = (VpnGateway) context.elements.get(gatewayLogical);
        List<Cidr> blocks = new ArrayList<>(gateway.onPremisesCidrs());
        blocks.add(properties.cidr("DestinationCidrBlock"));
        context.elements.put(gatewayLogical, gateway.withOnPremisesCidrs(blocks));
        context.consumed.add(route.logicalId());
      });
    }
  }

}
