package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileRefusalTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final DesignFile file = new DesignFile();
  private final String good = file.toJson(EveryKindDesign.document());

  @TempDir
  Path folder;

  @Test
  void corruptText_isRefusedWithLineAndColumn() {
    DesignFileException error = refuse(good.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,"));

    assertMentions(error, "bad.json", "line 3, column", "is not valid JSON");
  }

  @Test
  void truncatedFile_isRefused() {
    DesignFileException error = refuse(good.substring(0, good.length() / 2));

    assertMentions(error, "bad.json", "line ", "is not valid JSON");
  }

  @Test
  void emptyFile_isRefused() {
    assertMentions(refuse(""), "bad.json", "empty");
  }

  @Test
  void trailingContentAfterTheDesign_isRefused() {
    assertMentions(refuse(good + "{}"), "bad.json", "is not valid JSON");
  }

  @Test
  void futureSchemaVersion_isRefusedAndSaysToUpdate() {
    DesignFileException error = refuse(edit(root -> root.put("schemaVersion", 2)));

    assertMentions(error, "$.schemaVersion (line 3, column 3)", "newer Netwright", "schema version 2");
  }

  @Test
  void otherFormat_isRefused() {
    assertMentions(refuse(edit(root -> root.put("format", "drawio"))), "$.format", "not a Netwright design");
  }

  @Test
  void aCustomerGateway_thatIsNoAddress_orAnAsnWithoutAnAddress_isRefusedAtItsField() {
    int vpn = indexOf("OfficeVpn");

    DesignFileException badAddress = refuse(edit(root -> element(root, vpn).put("customerGatewayIp", "203.0.113")));
    DesignFileException asnAlone = refuse(edit(root -> element(root, vpn).remove("customerGatewayIp")));

    assertMentions(badAddress, "$.elements[" + vpn + "].customerGatewayIp", "public IPv4 address", "203.0.113");
    assertMentions(asnAlone, "$.elements[" + vpn + "].customerGatewayAsn", "needs 'customerGatewayIp'");
  }

  @Test
  void missingField_isRefusedAtItsPath() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).remove("cidr")));

    assertMentions(error, "$.elements[" + subnet + "].cidr", "'cidr' is missing", "line ");
  }

  @Test
  void wrongTypedField_isRefusedAtItsPath() {
    int vpc = indexOf("AppVpc");
    DesignFileException error = refuse(edit(root -> element(root, vpc).put("dnsSupport", "yes")));

    assertMentions(error, "$.elements[" + vpc + "].dnsSupport", "expected true or false", "the string \"yes\"");
  }

  @Test
  void elementThatIsNotAnObject_isRefused() {
    DesignFileException error = refuse(edit(root -> ((ArrayNode) root.get("elements")).insert(0, 42)));

    assertMentions(error, "$.elements[0]", "expected an element as a JSON object, found the number 42");
  }

  @Test
  void unknownKey_isRefusedAtItsPath() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("mapPublicIp", true)));

    assertMentions(error, "$.elements[" + subnet + "].mapPublicIp", "unknown key 'mapPublicIp'");
  }

  @Test
  void unknownTopLevelKey_isRefused() {
    assertMentions(refuse(edit(root -> root.put("author", "me"))), "$.author", "unknown key 'author'");
  }

  @Test
  void duplicateKey_isRefusedWithLineAndColumn() {
    DesignFileException error = refuse(good.replace("\"name\": \"Every kind\",", "\"name\": \"Every kind\",\n  \"name\": \"again\","));

    assertMentions(error, "line 5", "is not valid JSON", "Duplicate field 'name'");
  }

  @Test
  void unknownKind_isRefused() {
    DesignFileException error = refuse(edit(root -> element(root, 0).put("kind", "direct-connect-gateway")));

    assertMentions(error, "$.elements[0].kind", "'direct-connect-gateway' is not an element kind");
  }

  @Test
  void invalidCidr_isRefusedAtItsPath() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("cidr", "10.0.10.0/33")));

    assertMentions(error, "$.elements[" + subnet + "].cidr", "10.0.10.0/33");
  }

  @Test
  void cidrWithHostBits_isRefusedAndSuggestsTheNetwork() {
    int vpc = indexOf("AppVpc");
    DesignFileException error = refuse(edit(root -> ((ArrayNode) element(root, vpc).get("cidrBlocks")).set(1, "100.64.0.1/24")));

    assertMentions(error, "$.elements[" + vpc + "].cidrBlocks[1]", "did you mean 100.64.0.0/24");
  }

  @Test
  void invalidAvailabilityZone_isRefused() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("availabilityZone", "us-east-1")));

    assertMentions(error, "$.elements[" + subnet + "].availabilityZone", "not an Availability Zone");
  }

  @Test
  void invalidRegion_isRefused() {
    assertMentions(refuse(edit(root -> root.put("region", "Virginia"))), "$.region", "not an AWS region");
  }

  @Test
  void invalidId_isRefused() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("id", "private subnet")));

    assertMentions(error, "$.elements[" + subnet + "].id", "not a valid element id");
  }

  @Test
  void invalidPort_isRefused() {
    int group = indexOf("EndpointSg");
    DesignFileException error = refuse(edit(root -> ((ObjectNode) element(root, group).get("ingress").get(0)).put("ports", "70000")));

    assertMentions(error, "$.elements[" + group + "].ingress[0].ports", "outside 0-65535");
  }

  @Test
  void duplicateId_isRefusedNamingBothPlaces() {
    int first = indexOf("PrivateSubnetA");
    int second = indexOf("PublicSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, second).put("id", "PrivateSubnetA")));

    assertMentions(error, "element PrivateSubnetA", "already used by $.elements[" + Math.min(first, second) + "]");
  }

  @Test
  void danglingReference_isRefusedAtTheElement() {
    int table = indexOf("PrivateRouteTable");
    DesignFileException error = refuse(edit(root -> ((ObjectNode) element(root, table).get("routes").get(0)).put("target", "NatB")));

    assertMentions(error, "element PrivateRouteTable at $.elements[" + table + "]", "NatB", "does not exist");
  }

  @Test
  void subnetInNoVpc_isRefused() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("vpcId", "NoSuchVpc")));

    assertMentions(error, "element PrivateSubnetA", "belongs to VPC NoSuchVpc, which does not exist");
  }

  @Test
  void referenceToTheWrongKind_isRefused() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("vpcId", "Igw")));

    assertMentions(error, "element PrivateSubnetA", "which is a internet gateway, not a VPC");
  }

  @Test
  void associationAcrossVpcs_isRefused() {
    DesignFileException error = refuse(edit(root -> {
      ObjectNode other = element(root, indexOf("PrivateSubnetA")).deepCopy();
      other.put("id", "OtherSubnet").put("vpcId", "OtherVpc").put("cidr", "10.1.0.0/24");
      ((ArrayNode) root.get("elements")).add(other);
      ((ArrayNode) element(root, indexOf("PrivateRouteTable")).get("subnetIds")).add("OtherSubnet");
    }));

    assertMentions(error, "element PrivateRouteTable", "subnet OtherSubnet of another VPC (OtherVpc)");
  }

  @Test
  void subnetListedTwiceInOneTable_isRefusedAtTheElement() {
    int table = indexOf("PrivateRouteTable");
    DesignFileException error = refuse(edit(root -> ((ArrayNode) element(root, table).get("subnetIds")).add("PrivateSubnetA")));

    assertMentions(error, "element PrivateRouteTable", "lists a subnet association twice");
  }

  @Test
  void layoutForAnUnknownElement_isRefused() {
    DesignFileException error = refuse(edit(root -> ((ObjectNode) root.get("layout")).putObject("Ghost")
        .put("x", 0).put("y", 0).put("width", 1).put("height", 1)));

    assertMentions(error, "$.layout.Ghost", "no element has that id");
  }

  @Test
  void negativeSizeInTheLayout_isRefused() {
    DesignFileException error = refuse(edit(root -> ((ObjectNode) root.get("layout").get("AppVpc")).put("width", -5)));

    assertMentions(error, "$.layout.AppVpc", "negative");
  }

  @Test
  void fileThatIsNotUtf8_isRefused() throws IOException {
    Path path = folder.resolve("latin1.json");
    byte[] bytes = good.replace("Every kind", "Caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(path, bytes);

    DesignFileException error = assertThrows(DesignFileException.class, () -> file.read(path));

    assertMentions(error, path.toString(), "not UTF-8");
  }

  @Test
  void missingFile_isRefusedNamingIt() {
    Path path = folder.resolve("nowhere.json");

    assertMentions(assertThrows(DesignFileException.class, () -> file.read(path)), path.toString(), "no such file");
  }

  @Test
  void refusal_carriesTheSourceAndThePlaceSeparately() {
    int subnet = indexOf("PrivateSubnetA");
    DesignFileException error = refuse(edit(root -> element(root, subnet).put("cidr", "nonsense")));

    assertEquals("bad.json", error.source());
    assertTrue(error.place().startsWith("$.elements[" + subnet + "].cidr (line "), error.place());
  }

  private DesignFileException refuse(String text) {
    return assertThrows(DesignFileException.class, () -> file.parse(text, "bad.json"));
  }

  private String edit(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(good);
      change.accept(root);
      return JsonText.print(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int indexOf(String id) {
    try {
      JsonNode elements = MAPPER.readTree(good).get("elements");
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i).get("id").asText().equals(id)) {
          return i;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no element " + id);
  }

  private static ObjectNode element(ObjectNode root, int index) {
    return (ObjectNode) root.get("elements").get(index);
  }

  private static void assertMentions(Exception error, String... parts) {
    for (String part : parts) {
      assertTrue(error.getMessage().contains(part), () -> "'" + part + "' not in: " + error.getMessage());
    }
  }
}
