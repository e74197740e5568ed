package dev.netwright.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VPC the design only peers with: its structure, its file record, its export and paths up to it. */
class ExternalVpcTest {
  private static final ElementId OWN = ElementId.of("AppVpc");
  private static final ElementId PEER = ElementId.of("vpc-0partner");
  private static final ElementId PCX = ElementId.of("pcx-0partner");

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  /** AppVpc (us-east-1, account 111122223333) peered with a partner's VPC in eu-west-1, account 444455556666. */
  private static List<Element> design(String routeTo) {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(OWN, "app", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1, "111122223333", false));
    elements.add(Vpc.external(PEER, List.of(Cidr.parse("10.1.0.0/16"), Cidr.parse("10.2.0.0/16")), Region.of("eu-west-1"),
        "444455556666"));
    elements.add(new Subnet(id("AppA"), "", OWN, Cidr.parse("10.0.1.0/24"), Region.US_EAST_1.zone('a')));
    elements.add(new RouteTable(id("AppRt"), "", OWN, true, List.of(Route.of(routeTo, PCX.value())), List.of()));
    elements.add(new PeeringConnection(PCX, "to partner", OWN, PEER));
    return elements;
  }

  private static Document document(List<Element> elements) {
    return new Document("partner", "", Region.US_EAST_1, Topology.of(elements), Layout.empty());
  }

  @Test
  void structure_ofAPeeringToAnExternalVpc_isSound() {
    assertEquals(List.of(), StructureCheck.problems(Topology.of(design("10.1.0.0/16"))));
  }

  @Test
  void structure_refusesASubnetInsideAnExternalVpc() {
    List<Element> elements = design("10.1.0.0/16");
    elements.add(new Subnet(id("Inside"), "", PEER, Cidr.parse("10.1.1.0/24"), Region.of("eu-west-1").zone('a')));

    List<StructureCheck.Problem> problems = StructureCheck.problems(Topology.of(elements));

    assertEquals(id("Inside"), problems.get(0).element());
    assertTrue(problems.get(0).message().contains("which is external"), problems.get(0).message());
  }

  @Test
  void structure_refusesAPeeringBetweenTwoExternalVpcs() {
    List<Element> elements = design("10.1.0.0/16");
    elements.add(Vpc.external(id("vpc-0other"), List.of(Cidr.parse("10.9.0.0/16")), Region.US_EAST_1, ""));
    elements.add(new PeeringConnection(id("pcx-0both"), "", PEER, id("vpc-0other")));

    List<StructureCheck.Problem> problems = StructureCheck.problems(Topology.of(elements));

    assertEquals(List.of(id("pcx-0both")), problems.stream().map(StructureCheck.Problem::element).toList());
  }

  @Test
  void accountId_mustBeTwelveDigits() {
    assertThrows(InvalidValueException.class, () -> Vpc.external(PEER, List.of(Cidr.parse("10.1.0.0/16")), Region.US_EAST_1, "12345"));
  }

  @Test
  void designFile_keepsTheAccountAndTheExternalFlag() {
    DesignFile file = new DesignFile();
    Document document = document(design("10.1.0.0/16"));

    Document read = file.parse(file.toJson(document), "partner.json");

    assertEquals(document.topology().require(PEER, Vpc.class), read.topology().require(PEER, Vpc.class));
    assertEquals("111122223333", read.topology().require(OWN, Vpc.class).accountId());
  }

  @Test
  void export_namesTheExternalPeerByIdOwnerAndRegion_andDoesNotCreateIt() {
    ObjectNode resources = (ObjectNode) TemplateExporter.template(document(design("10.1.0.0/16"))).get("Resources");

    JsonNode peering = find(resources, "AWS::EC2::VPCPeeringConnection");
    JsonNode properties = peering.get("Properties");
    assertEquals("vpc-0partner", properties.get("PeerVpcId").asText());
    assertEquals("444455556666", properties.get("PeerOwnerId").asText());
    assertEquals("eu-west-1", properties.get("PeerRegion").asText());
    assertEquals(1, count(resources, "AWS::EC2::VPC"), "only the design's own VPC is created");
  }

  @Test
  void reach_throughThePeering_isAnsweredUpToTheExternalVpc() {
    PathAnswer answer = PathEngine.of(Topology.of(design("10.1.0.0/16"))).reach(id("AppA"), Target.element(PEER));

    assertTrue(answer.reachable(), String.valueOf(answer.blockedBy()));
    List<String> kinds = answer.hops().stream().map(Hop::kind).toList();
    assertEquals(List.of(Hop.SUBNET, Hop.ROUTE_TABLE, Hop.PEERING, Hop.VPC), kinds);
    assertTrue(answer.hops().get(3).detail().contains("up to the peer VPC"));
  }

  @Test
  void reach_withoutARouteToTheExternalVpc_isBlockedAtTheRouteTable() {
    PathAnswer answer = PathEngine.of(Topology.of(design("10.2.0.0/16"))).reach(id("AppA"), Target.element(PEER));

    assertFalse(answer.reachable());
    assertEquals("AppRt", answer.blockedBy().id());
  }

  private static JsonNode find(ObjectNode resources, String type) {
    for (JsonNode resource : resources) {
      if (resource.get("Type").asText().equals(type)) {
        return resource;
      }
    }
    throw new AssertionError("no " + type);
  }

  private static long count(ObjectNode resources, String type) {
    long count = 0;
    for (JsonNode resource : resources) {
      count += resource.get("Type").asText().equals(type) ? 1 : 0;
    }
    return count;
  }
}
