package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The peer of a peering connection whose {@code PeerVpcId} is a literal VPC id, not a resource of
 * the template: an external VPC (another account's, another region's). Its id is that literal, its
 * account the {@code PeerOwnerId}, its region the {@code PeerRegion} (else the requester's), and its
 * blocks (and name) those a Netwright export recorded in {@code Metadata.Netwright.PeerCidrBlocks}
 * (and {@code PeerName}); a
 * hand-written template without them gives the destinations of the routes to the peering instead.
 */
final class ExternalPeerImport {
  /** The rule id of the info finding for an external VPC whose blocks were taken from the routes to it. */
  static final String BLOCKS_FROM_ROUTES = "CFN-PEER-BLOCKS-FROM-ROUTES";
  /** Keys external VPCs among the elements: no logical id holds a colon, so none is taken. */
  private static final String KEY_PREFIX = "external:";

  private final ImportContext context;

  ExternalPeerImport(ImportContext context) {
    this.context = context;
  }

  /** The external VPC a peering names by its literal {@code PeerVpcId}: made once, however many peerings reach it. */
  Vpc peerOf(TemplateResource peering, ResourceProperties properties, Vpc requester, String peerVpcId) {
    ElementId id = ElementId.of(peerVpcId);
    String key = KEY_PREFIX + id.value();
    if (context.elements.get(key) instanceof Vpc known) {
      return known;
    }
    Region region = requester.region();
    Optional<String> peerRegion = properties.text("PeerRegion");
    if (peerRegion.isPresent()) {
      try {
        region = Region.of(peerRegion.get());
      } catch (InvalidValueException e) {
        throw properties.error("PeerRegion", e.getMessage());
      }
    }
    String account = properties.text("PeerOwnerId").orElse("");
    List<Cidr> blocks = recordedBlocks(peering);
    if (blocks.isEmpty()) {
      blocks = routedBlocks(peering, requester);
      if (blocks.isEmpty()) {
        throw context.template.error(peering.line(), "resource " + peering.logicalId() + ": its PeerVpcId " + id
            + " is a VPC outside the template, whose CIDR blocks Netwright cannot know; add them to " + peering.logicalId()
            + " as Metadata: {Netwright: {" + NetwrightMetadata.PEER_CIDR_BLOCKS + ": [...]}}, or add a route to "
            + peering.logicalId() + " in one of the template's route tables");
      }
      context.findings.add(new Finding(BLOCKS_FROM_ROUTES, Severity.INFO, List.of(id, properties.id()), "External VPC " + id
          + " (the peer of " + peering.logicalId() + ") is given the blocks of the routes to it, " + blocks + ". Set Metadata.Netwright."
          + NetwrightMetadata.PEER_CIDR_BLOCKS + " on " + peering.logicalId() + " to give its blocks exactly."));
    }
    Vpc vpc;
    try {
      vpc = Vpc.external(id, blocks, region, account);
    } catch (InvalidValueException e) {
      throw properties.error("PeerOwnerId", e.getMessage());
    }
    Optional<JsonNode> name = peering.netwright(NetwrightMetadata.PEER_NAME).filter(JsonNode::isTextual);
    if (name.isPresent()) {
      vpc = vpc.withName(name.get().asText());
    }
    context.elements.put(key, vpc);
    return vpc;
  }

  /** The blocks a Netwright export recorded in the metadata; empty when there are none. */
  private List<Cidr> recordedBlocks(TemplateResource peering) {
    Optional<JsonNode> recorded = peering.netwright(NetwrightMetadata.PEER_CIDR_BLOCKS);
    List<Cidr> blocks = new ArrayList<>();
    if (recorded.isEmpty()) {
      return blocks;
    }
    int line = context.template.lines().of(peering.raw(), "Metadata", peering.line());
    String where = "resource " + peering.logicalId() + ", Metadata.Netwright." + NetwrightMetadata.PEER_CIDR_BLOCKS;
    if (!recorded.get().isArray()) {
      throw context.template.error(line, where + ": must be a list of CIDR blocks, such as [10.1.0.0/16]");
    }
    for (JsonNode block : recorded.get()) {
      if (!block.isTextual()) {
        throw context.template.error(line, where + ": must be a list of CIDR blocks, such as [10.1.0.0/16]");
      }
      try {
        blocks.add(Cidr.parse(block.asText()));
      } catch (InvalidValueException e) {
        throw context.template.error(line, where + ": " + e.getMessage());
      }
    }
    return blocks;
  }

  /**
   * The IPv4 destinations of the template's routes through the peering, in template order, each
   * once and none inside another: the least the peer VPC must hold. A destination that overlaps the
   * requester's own blocks says nothing of the peer (AWS peers no overlapping VPCs).
   */
  private List<Cidr> routedBlocks(TemplateResource peering, Vpc requester) {
    List<Cidr> destinations = new ArrayList<>();
    for (TemplateResource route : context.ofType("AWS::EC2::Route")) {
      ResourceProperties properties = context.properties(route);
      try {
        if (properties.has("VpcPeeringConnectionId") && properties.has("DestinationCidrBlock")
            && properties.referenceTo("VpcPeeringConnectionId").equals(peering.logicalId())) {
          destinations.add(properties.cidr("DestinationCidrBlock"));
        }
      } catch (Unmodelled unknowable) {
        // a route whose target or destination cannot be known says nothing about the peer
      }
    }
    return destinations.stream().distinct()
        .filter(block -> requester.cidrBlocks().stream().noneMatch(block::overlaps))
        .filter(block -> destinations.stream().noneMatch(other -> !other.equals(block) && other.contains(block)))
        .toList();
  }
}
