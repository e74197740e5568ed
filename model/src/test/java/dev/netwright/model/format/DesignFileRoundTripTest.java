package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileRoundTripTest {
  private final DesignFile file = new DesignFile();

  @TempDir
  Path folder;

  @Test
  void writeThenRead_givesAnEqualDocument() {
    Document original = EveryKindDesign.document();
    Path path = folder.resolve("design.json");
    file.write(original, path);

    Document loaded = file.read(path);

    assertEquals(original, loaded);
  }

  @Test
  void save_leavesANewFileReadableByOthers_andKeepsAnExistingFilesPermissions() throws IOException {
    Path fresh = folder.resolve("fresh.json");
    file.write(EveryKindDesign.document(), fresh);
    assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(fresh));

    Path shared = folder.resolve("shared.json");
    Files.writeString(shared, "{}");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    file.write(EveryKindDesign.document(), shared);
    assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(shared));
  }

  @Test
  void savingTwice_givesIdenticalBytes() throws IOException {
    Path first = folder.resolve("first.json");
    Path second = folder.resolve("second.json");
    file.write(EveryKindDesign.document(), first);
    file.write(file.read(first), second);

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void output_hasTwoSpaceIndentKeyColonSpaceAndATrailingNewline() {
    String json = file.toJson(EveryKindDesign.document());

    assertTrue(json.startsWith("{\n  \"format\": \"netwright-design\",\n  \"schemaVersion\": 1,\n"), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertTrue(json.contains("\"PrivateSubnetA\": {\"x\": 60, \"y\": 112, \"width\": 220, \"height\": 110}"), json);
    assertTrue(json.contains("\"height\": 500.5"), json);
  }

  @Test
  void elements_areWrittenByKindThenId_andLayoutKeysSorted() throws IOException {
    JsonNode tree = new ObjectMapper().readTree(file.toJson(EveryKindDesign.document()));

    List<String> order = new ArrayList<>();
    tree.get("elements").forEach(element -> order.add(element.get("kind").asText() + "/" + element.get("id").asText()));
    List<String> sorted = order.stream()
        .sorted((a, b) -> {
          int byKind = ElementKind.fromSlug(a.split("/")[0]).compareTo(ElementKind.fromSlug(b.split("/")[0]));
          return byKind != 0 ? byKind : a.split("/")[1].compareTo(b.split("/")[1]);
        }).toList();
    assertEquals(sorted, order);
    assertEquals("vpc/AppVpc", order.get(0));
    List<String> layoutKeys = new ArrayList<>();
    tree.get("layout").fieldNames().forEachRemaining(layoutKeys::add);
    assertEquals(List.of("AppVpc", "Instance", "PrivateSubnetA"), layoutKeys);
  }

  @Test
  void everyElement_isWrittenWithAllTheKeysOfItsKind_inTheFixedOrder() throws IOException {
    Document document = EveryKindDesign.document();
    JsonNode tree = new ObjectMapper().readTree(file.toJson(document));

    for (JsonNode element : tree.get("elements")) {
      List<String> keys = new ArrayList<>();
      element.fieldNames().forEachRemaining(keys::add);
      List<String> expected = ElementKeys.of(ElementKind.fromSlug(element.get("kind").asText())).stream()
          .filter(key -> !ElementKeys.OPTIONAL.contains(key) || element.has(key)).toList();
      assertEquals(expected, keys, element.toString());
    }
    JsonNode external = find(tree, "vpc-0partner");
    assertEquals("444455556666", external.get("accountId").asText(), "the optional keys are written when set");
    assertTrue(external.get("external").asBoolean());
    assertEquals(ElementKind.values().length,
        Stream.of(ElementKind.values()).filter(kind -> document.topology().elements().stream()
            .map(Element::kind).anyMatch(kind::equals)).count(), "the fixture should hold every kind");
  }

  @Test
  void everyComponentOfEveryElementRecord_hasItsKeyInTheFile_inRecordOrder() {
    for (Element element : EveryKindDesign.document().topology().elements()) {
      List<String> components = Stream.of(element.getClass().getRecordComponents())
          .map(component -> component.getName().equals("zone") ? "availabilityZone" : component.getName())
          // a VPN attachment's customer gateway is written as two flat optional keys
          .flatMap(name -> name.equals("customerGateway") ? Stream.of("customerGatewayIp", "customerGatewayAsn") : Stream.of(name))
          .toList();
      List<String> keys = ElementKeys.of(element.kind());
      assertEquals(components, keys.subList(1, keys.size()), element.getClass().getSimpleName()
          + " changed: the design file must write and read every field");
    }
  }

  @Test
  void references_areWrittenAsIds() throws IOException {
    JsonNode tree = new ObjectMapper().readTree(file.toJson(EveryKindDesign.document()));
    JsonNode privateTable = find(tree, "PrivateRouteTable");

    assertEquals("AppVpc", privateTable.get("vpcId").asText());
    assertEquals("NatA", privateTable.get("routes").get(0).get("target").asText());
    assertEquals("0.0.0.0/0", privateTable.get("routes").get(0).get("destination").asText());
    assertEquals("PrivateSubnetA", privateTable.get("subnetIds").get(0).asText());
    assertEquals("AppSg", find(tree, "EndpointSg").get("ingress").get(1).get("peer").asText());
  }

  @Test
  void layoutOfAnElementThatIsGone_isLeftOut_soTheFileStaysReadable() {
    Document document = EveryKindDesign.document();
    Document stale = document.withLayout(document.layout().with(ElementId.of("Deleted"),
        new dev.netwright.model.document.Bounds(0, 0, 10, 10)));

    Document loaded = file.parse(file.toJson(stale), "stale.json");

    assertEquals(document.layout(), loaded.layout());
  }

  @Test
  void interruptedSave_leavesThePreviousFileIntact_andNoTemporaryFile() throws IOException {
    Path path = folder.resolve("design.json");
    file.write(EveryKindDesign.document(), path);
    byte[] before = Files.readAllBytes(path);
    DesignFile failing = new DesignFile((from, to) -> {
      throw new IOException("disk full");
    });
    Document changed = EveryKindDesign.document().withInfo("Renamed", "", EveryKindDesign.document().region());

    DesignFileException error = assertThrows(DesignFileException.class, () -> failing.write(changed, path));

    assertTrue(error.getMessage().contains(path.toString()), error.getMessage());
    assertTrue(error.getMessage().contains("disk full"), error.getMessage());
    assertArrayEquals(before, Files.readAllBytes(path));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(path), files.toList());
    }
  }

  @Test
  void save_replacesAnExistingFile_andLeavesNoTemporaryFile() throws IOException {
    Path path = folder.resolve("design.json");
    Files.writeString(path, "old content");

    file.write(EveryKindDesign.document(), path);

    assertEquals(file.toJson(EveryKindDesign.document()), Files.readString(path, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(path), files.toList());
    }
  }

  @Test
  void saveIntoAMissingFolder_failsWithTheProjectException() {
    Path path = folder.resolve("no-such-folder").resolve("design.json");

    DesignFileException error = assertThrows(DesignFileException.class, () -> file.write(EveryKindDesign.document(), path));

    assertTrue(error.getMessage().startsWith(path.toString()), error.getMessage());
  }

  @Test
  void isDesign_tellsADesignFromACloudFormationTemplate() throws IOException {
    ObjectMapper mapper = new ObjectMapper();

    assertTrue(DesignFile.isDesign(mapper.readTree(file.toJson(EveryKindDesign.document()))));
    assertFalse(DesignFile.isDesign(mapper.readTree("{\"AWSTemplateFormatVersion\":\"2010-09-09\",\"Resources\":{}}")));
    assertFalse(DesignFile.isDesign(mapper.readTree("[1,2]")));
    assertFalse(DesignFile.isDesign(mapper.readTree("{\"format\":\"something-else\"}")));
  }

  private static JsonNode find(JsonNode tree, String id) {
    for (JsonNode element : tree.get("elements")) {
      if (element.get("id").asText().equals(id)) {
        return element;
      }
    }
    throw new AssertionError("no element " + id);
  }
}
