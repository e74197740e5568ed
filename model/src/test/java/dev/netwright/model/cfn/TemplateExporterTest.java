package dev.netwright.model.cfn;

import static dev.netwright.model.cfn.CfnDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the export writes for each special case of a design. */
class TemplateExporterTest {
  private static final ObjectNode TEMPLATE = TemplateExporter.template(CfnDesigns.everything());

  private static JsonNode resource(String logicalId) {
    JsonNode resource = TEMPLATE.path("Resources").get(logicalId);
    assertTrue(resource != null, "no resource " + logicalId);
    return resource;
  }

  private static List<String> ofType(String type) {
    List<String> ids = new ArrayList<>();
    TEMPLATE.path("Resources").fields().forEachRemaining(entry -> {
      if (entry.getValue().path("Type").asText().equals(type)) {
        ids.add(entry.getKey());
      }
    });
    return ids;
  }

  @Test
  void mainRouteTable_becomesAnExplicitTable_associatedWithTheSubnetsThatUsedIt_andTheTemplateSaysSo() {
    assertTrue(resource("MainRt").path("Metadata").path("Netwright").path("Main").asBoolean());
    JsonNode implied = resource("IsolatedRouteTableAssociation");
    assertEquals("MainRt", implied.path("Properties").path("RouteTableId").path("Ref").asText());
    assertEquals("Isolated", implied.path("Properties").path("SubnetId").path("Ref").asText());
    assertTrue(implied.path("Metadata").path("Netwright").path("ImpliedByMain").asBoolean());
    String notes = TEMPLATE.path("Metadata").path("Netwright").path("Notes").toString();
    assertTrue(notes.contains("cannot address a VPC's main route table") && notes.contains("MainRt"), notes);
  }

  @Test
  void routesThroughAGateway_waitForItsAttachment_andSoDoesTheNatsElasticIp() {
    assertEquals("IgwAttachment", resource("PublicRtToIgw").path("DependsOn").asText());
    assertEquals("VgwAttachment", resource("PrivateRtToVgw").path("DependsOn").asText());
    assertEquals("IgwAttachment", resource("NatEip").path("DependsOn").asText());
    assertEquals("NatEip", resource("Nat").path("Properties").path("AllocationId").path("Fn::GetAtt").get(0).asText());
    assertFalse(resource("PrivateRtToNat").has("DependsOn"));
  }

  @Test
  void gatewayEndpointRoutes_areImpliedByRouteTableIds_neverWrittenAsRoutes() {
    for (String route : ofType("AWS::EC2::Route")) {
      JsonNode properties = resource(route).path("Properties");
      assertFalse(properties.has("DestinationPrefixListId"), route);
      assertFalse(properties.has("VpcEndpointId"), route);
    }
    assertEquals("[{\"Ref\":\"PrivateRt\"},{\"Ref\":\"MainRt\"}]", resource("S3Endpoint").path("Properties").path("RouteTableIds").toString());
  }

  @Test
  void groupsThatReferToEachOther_getRulesOfTheirOwn_soTheTemplateHasNoCircularDependency() {
    assertFalse(resource("WebSg").path("Properties").toString().contains("DbSg"));
    assertFalse(resource("DbSg").path("Properties").toString().contains("WebSg"));
    assertEquals(List.of("AppSgIngress1", "AppSgIngress2", "DbSgIngress1"), ofType("AWS::EC2::SecurityGroupIngress"));
    assertEquals(List.of("WebSgEgress1", "WebSgEgress2", "DbSgEgress1"), ofType("AWS::EC2::SecurityGroupEgress"));
    // a reference that makes no cycle stays inline
    assertTrue(resource("EndpointSg").path("Properties").path("SecurityGroupIngress").toString().contains("AppSg"));
    assertAcyclic(TEMPLATE);
  }

  @Test
  void aGroupWithoutEgress_getsTheRuleThatMatchesNothing_notCloudFormationsAllowAll() {
    JsonNode egress = resource("EndpointSg").path("Properties").path("SecurityGroupEgress");
    assertEquals(1, egress.size());
    assertEquals("255.255.255.255/32", egress.get(0).path("CidrIp").asText());
  }

  @Test
  void logicalIds_keepValidDesignIds_andComeFromNamesOtherwise_recordingTheDesignId() {
    assertTrue(TEMPLATE.path("Resources").has("AppVpc"));
    JsonNode shared = resource("SharedServices");
    assertEquals("vpc-0shared", shared.path("Metadata").path("Netwright").path("Id").asText());
    assertEquals("vpc-0shared", resource("SharedA").path("Properties").path("VpcId").path("Ref").asText().equals("SharedServices")
        ? "vpc-0shared" : "the subnet does not refer to its VPC's logical id");
    for (Iterator<String> names = TEMPLATE.path("Resources").fieldNames(); names.hasNext(); ) {
      assertTrue(LogicalIds.isValid(names.next()));
    }
  }

  @Test
  void logicalIdsFromEqualNames_areMadeUnique() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("vpc-1"), "Main network", List.of(Cidr.parse("10.0.0.0/16")), true, true, CfnDesigns.REGION));
    elements.add(new Vpc(id("vpc-2"), "main-network", List.of(Cidr.parse("10.1.0.0/16")), true, true, CfnDesigns.REGION));
    elements.add(new Vpc(id("vpc-3"), "", List.of(Cidr.parse("10.2.0.0/16")), true, true, CfnDesigns.REGION));
    Document document = new Document("n", "", CfnDesigns.REGION, Topology.of(elements), Layout.empty());

    ObjectNode template = TemplateExporter.template(document);

    List<String> ids = new ArrayList<>();
    template.path("Resources").fieldNames().forEachRemaining(ids::add);
    assertEquals(List.of("MainNetwork", "MainNetwork2", "Vpc3"), ids);
  }

  @Test
  void everyElementHasItsNameTag_andVpcsAndSubnetsTheirOutputs() {
    assertEquals("[{\"Key\":\"Name\",\"Value\":\"Public A\"}]", resource("PublicA").path("Properties").path("Tags").toString());
    assertFalse(resource("Isolated").path("Properties").has("Tags"), "an element without a name gets no empty Name tag");
    JsonNode outputs = TEMPLATE.path("Outputs");
    assertEquals("AppVpc", outputs.path("AppVpcId").path("Value").path("Ref").asText());
    assertEquals("SharedA", outputs.path("SharedAId").path("Value").path("Ref").asText());
    assertEquals(2 + 6, outputs.size());
  }

  @Test
  void extraVpcBlocks_becomeVpcCidrBlocks_andTheirSubnetsWaitForThem() {
    assertEquals("10.1.0.0/16", resource("AppVpcCidrBlock2").path("Properties").path("CidrBlock").asText());
    assertEquals("AppVpcCidrBlock2", resource("Isolated").path("DependsOn").asText());
    assertFalse(resource("PublicA").has("DependsOn"), "a subnet of the primary block needs no wait");
  }

  @Test
  void onPremisesNetworks_becomeAStaticVpnConnectionWithOneRouteEach_behindACustomerGatewayParameter() {
    assertEquals("[\"VgwCustomerGateway\"]", "[\"" + ofType("AWS::EC2::CustomerGateway").get(0) + "\"]");
    assertEquals(List.of("VgwOnPremisesRoute1", "VgwOnPremisesRoute2"), ofType("AWS::EC2::VPNConnectionRoute"));
    assertTrue(resource("VgwConnection").path("Properties").path("StaticRoutesOnly").asBoolean());
    assertEquals("String", TEMPLATE.path("Parameters").path("VgwCustomerGatewayIp").path("Type").asText());
  }

  @Test
  void aDesignThatBreaksAStructuralRule_isRefused() {
    Document broken = new Document("b", "", CfnDesigns.REGION, Topology.of(List.of(
        new Subnet(id("Lost"), "", id("NoVpc"), Cidr.parse("10.0.0.0/24"), CfnDesigns.REGION.zone('a')))), Layout.empty());

    NetwrightException error = assertThrows(NetwrightException.class, () -> TemplateExporter.template(broken));

    assertTrue(error.getMessage().contains("Lost"), error.getMessage());
  }

  @Test
  void aBigDesign_exportsInLinearTime() {
    Document big = bigDesign(2_500);
    long start = System.nanoTime();
    String yaml = TemplateExporter.export(big, TemplateFormat.YAML);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(yaml.contains("Subnet2499"));
    // generous: the target is 10,000 resources in 1 s; this is a guard against quadratic work, not a benchmark
    assertTrue(millis < 20_000, "export of a 2,500-subnet design took " + millis + " ms");
  }

  /** A VPC per 250 subnets, each subnet with its own table, association and route to the VPC's IGW. */
  static Document bigDesign(int subnets) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < subnets; i++) {
      int vpc = i / 250;
      if (i % 250 == 0) {
        elements.add(new Vpc(id("Vpc" + vpc), "", List.of(Cidr.parse("10." + vpc + ".0.0/16")), true, true, CfnDesigns.REGION));
        elements.add(new dev.netwright.model.topology.InternetGateway(id("Igw" + vpc), "", id("Vpc" + vpc)));
      }
      elements.add(new Subnet(id("Subnet" + i), "subnet " + i, id("Vpc" + vpc), Cidr.parse("10." + vpc + "." + (i % 250) + ".0/24"),
          CfnDesigns.REGION.zone('a')));
      elements.add(new RouteTable(id("Rt" + i), "", id("Vpc" + vpc), false,
          List.of(dev.netwright.model.topology.Route.of("0.0.0.0/0", "Igw" + vpc)), List.of(id("Subnet" + i))));
    }
    return new Document("big", "", CfnDesigns.REGION, Topology.of(elements), Layout.empty());
  }

  /** Fails when the resources' references (Ref, GetAtt, Sub, DependsOn) form a cycle. */
  static void assertAcyclic(ObjectNode template) {
    Map<String, Set<String>> edges = new HashMap<>();
    JsonNode resources = template.path("Resources");
    resources.fields().forEachRemaining(entry -> {
      Set<String> targets = new HashSet<>();
      collect(entry.getValue(), targets);
      targets.retainAll(toSet(resources.fieldNames()));
      edges.put(entry.getKey(), targets);
    });
    Map<String, Integer> state = new HashMap<>();
    for (String node : edges.keySet()) {
      visit(node, edges, state, new ArrayList<>());
    }
  }

  private static Set<String> toSet(Iterator<String> names) {
    Set<String> set = new HashSet<>();
    names.forEachRemaining(set::add);
    return set;
  }

  private static void visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(node);
    if (seen != null && seen == 2) {
      return;
    }
    path.add(node);
    if (seen != null) {
      throw new AssertionError("circular dependency: " + path);
    }
    state.put(node, 1);
    for (String next : edges.get(node)) {
      visit(next, edges, state, path);
    }
    state.put(node, 2);
    path.remove(path.size() - 1);
  }

  private static final Pattern SUB = Pattern.compile("\\$\\{([A-Za-z0-9]+)[.}]");

  private static void collect(JsonNode node, Set<String> targets) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        switch (field.getKey()) {
          case "Ref": targets.add(value.asText()); break;
          case "Fn::GetAtt": targets.add(value.get(0).asText()); break;
          case "DependsOn":
            if (value.isArray()) {
              value.forEach(name -> targets.add(name.asText()));
            } else {
              targets.add(value.asText());
            }
            break;
          case "Fn::Sub":
            Matcher matcher = SUB.matcher(value.isArray() ? value.get(0).asText() : value.asText());
            while (matcher.find()) {
              targets.add(matcher.group(1));
            }
            break;
          default:
            break;
        }
        collect(value, targets);
      });
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, targets));
    }
  }
}
