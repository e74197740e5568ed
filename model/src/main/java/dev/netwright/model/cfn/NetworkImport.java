package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the network itself from a template: VPCs with their extra blocks, subnets, internet and
 * VPN gateways with their attachments (and, behind a VPN gateway, the on-premises blocks of its
 * static VPN connection routes), NAT gateways with their Elastic IPs, and peering connections,
 * with the external VPC a peering names by its literal id (see {@link ExternalPeerImport}).
 */
final class NetworkImport {
  static final String ZONE_ASSUMED = "CFN-ZONE-ASSUMED";

  private final ImportContext context;
  private final Map<String, TemplateResource> attachmentOfGateway = new HashMap<>();
  private final ExternalPeerImport externalPeers;

  NetworkImport(ImportContext context) {
    this.context = context;
    this.externalPeers = new ExternalPeerImport(context);
  }

  void read() {
    for (TemplateResource resource : context.ofType("AWS::EC2::VPC")) {
      context.attempt(resource, () -> vpc(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::VPCCidrBlock")) {
      context.attempt(resource, () -> extraBlock(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::Subnet")) {
      context.attempt(resource, () -> subnet(resource));
    }
    indexAttachments();
    for (TemplateResource resource : context.ofType("AWS::EC2::InternetGateway")) {
      context.attempt(resource, () -> internetGateway(resource));
    }
    new VpnImport(context).read(attachmentOfGateway);
    for (TemplateResource resource : context.ofType("AWS::EC2::NatGateway")) {
      context.attempt(resource, () -> natGateway(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::VPCPeeringConnection")) {
      context.attempt(resource, () -> peering(resource));
    }
  }

  private void vpc(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Cidr block = properties.cidr("CidrBlock");
    Region region = resource.netwright(NetwrightMetadata.REGION).filter(JsonNode::isTextual)
        .map(node -> Region.of(node.asText())).orElse(context.evaluator.region());
    context.add(resource, new Vpc(properties.id(), properties.name(), List.of(block), properties.bool("EnableDnsSupport", true),
        properties.bool("EnableDnsHostnames", false), region));
  }

  private void extraBlock(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String vpcLogical = properties.elementLogicalId("VpcId", Vpc.class);
    Vpc vpc = (Vpc) context.elements.get(vpcLogical);
    if (!properties.has("CidrBlock")) {
      throw new Unmodelled("it adds no IPv4 block Netwright can know (IPv6 and IPAM blocks are not modelled)");
    }
    List<Cidr> blocks = new ArrayList<>(vpc.cidrBlocks());
    blocks.add(properties.cidr("CidrBlock"));
    context.elements.put(vpcLogical, vpc.withCidrBlocks(blocks));
    context.consumed.add(resource.logicalId());
  }

  private void subnet(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Vpc vpc = properties.element("VpcId", Vpc.class);
    Cidr cidr = properties.cidr("CidrBlock");
    Optional<String> zoneName = properties.text("AvailabilityZone");
    AvailabilityZone zone;
    if (zoneName.isPresent()) {
      try {
        zone = AvailabilityZone.of(zoneName.get());
      } catch (InvalidValueException e) {
        throw properties.error("AvailabilityZone", e.getMessage());
      }
    } else {
      zone = vpc.region().zone('a');
      context.findings.add(new Finding(ZONE_ASSUMED, Severity.INFO, List.of(properties.id()), "Subnet " + resource.logicalId()
          + " names no Availability Zone (AWS picks one when it is created); Netwright places it in " + zone
          + ". Set AvailabilityZone to make the choice yours."));
    }
    context.add(resource, new Subnet(properties.id(), properties.name(), vpc.id(), cidr, zone));
  }

  /** Which VPCGatewayAttachment attaches each gateway; attachments that name no gateway of the template stay opaque. */
  private void indexAttachments() {
    for (TemplateResource attachment : context.ofType("AWS::EC2::VPCGatewayAttachment")) {
      context.attempt(attachment, () -> {
        ResourceProperties properties = context.properties(attachment);
        String gateway = properties.referenceTo(properties.has("InternetGatewayId") ? "InternetGatewayId" : "VpnGatewayId");
        attachmentOfGateway.putIfAbsent(gateway, attachment);
      });
    }
  }

  private void internetGateway(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    TemplateResource attachment = attachmentOfGateway.get(resource.logicalId());
    if (attachment == null) {
      throw new Unmodelled("no VPCGatewayAttachment of the template attaches it to a VPC");
    }
    Vpc vpc = context.properties(attachment).element("VpcId", Vpc.class);
    context.add(resource, new InternetGateway(properties.id(), properties.name(), vpc.id()));
    context.consumed.add(attachment.logicalId());
    context.renamed.put(attachment.logicalId(), resource.logicalId() + "Attachment");
  }

  private void natGateway(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Subnet subnet = properties.element("SubnetId", Subnet.class);
    boolean isPublic = !properties.text("ConnectivityType").orElse("public").equals("private");
    String elasticIp = "";
    Optional<JsonNode> allocation = properties.value("AllocationId");
    if (allocation.isPresent()) {
      Optional<TemplateValues.Reference> reference = TemplateValues.referenceOf(allocation.get());
      if (reference.isPresent()) {
        TemplateResource eip = context.resources.get(reference.get().logicalId());
        if (eip == null || !eip.type().equals("AWS::EC2::EIP")) {
          throw new Unmodelled("its AllocationId comes from " + reference.get().logicalId() + ", which is not an Elastic IP");
        }
        // an EIP without an Address is still an Elastic IP: CloudFormation allocates one
        elasticIp = context.properties(eip).text("Address").orElse(eip.logicalId());
        context.consumed.add(eip.logicalId());
        context.renamed.put(eip.logicalId(), resource.logicalId() + "Eip");
      } else {
        elasticIp = properties.text("AllocationId").orElse("");
      }
    }
    Optional<JsonNode> recorded = resource.netwright(NetwrightMetadata.ELASTIC_IP);
    if (recorded.isPresent() && recorded.get().isTextual()) {
      elasticIp = recorded.get().asText();
    }
    context.add(resource, new NatGateway(properties.id(), properties.name(), subnet.id(), isPublic, elasticIp));
  }

  private void peering(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Vpc requester = properties.element("VpcId", Vpc.class);
    Optional<String> literal = properties.value("PeerVpcId").filter(value -> TemplateValues.referenceOf(value).isEmpty())
        .map(value -> properties.requiredText("PeerVpcId"));
    Vpc accepter = literal.isPresent() ? externalPeers.peerOf(resource, properties, requester, literal.get())
        : properties.element("PeerVpcId", Vpc.class);
    context.add(resource, new PeeringConnection(properties.id(), properties.name(), requester.id(), accepter.id()));
  }
}
