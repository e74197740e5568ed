package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON Schema in docs/ describes what the writer writes: every sample and a design of every kind validate. */
class DesignFileSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Schema schema = loadSchema();

  @TestFactory
  Stream<DynamicTest> everySample_validatesAgainstTheSchema() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () ->
        assertEquals(List.of(), messages(schema.validate(MAPPER.readTree(path.toFile()))))));
  }

  @Test
  void aDesignWithEveryKind_validatesAgainstTheSchema() throws IOException {
    JsonNode written = MAPPER.readTree(new DesignFile().toJson(EveryKindDesign.document()));

    assertEquals(List.of(), messages(schema.validate(written)));
  }

  @Test
  void aDesignStatingFlows_validates_andAFlowWithATotalAndASplit_doesNot() throws IOException {
    String subnet = EveryKindDesign.document().topology().subnets().get(0).id().value();
    ObjectNode written = (ObjectNode) MAPPER.readTree(new DesignFile().toJson(EveryKindDesign.document()));
    ObjectNode traffic = written.putObject("traffic");
    traffic.put("gbPerSubnet", 0);
    ObjectNode flow = traffic.putArray("flows").addObject();
    flow.put("id", "ToS3").put("from", subnet).put("to", "s3").put("gbPerMonth", 40000);

    assertEquals(List.of(), messages(schema.validate(written)));
    flow.put("receivedGbPerMonth", 10);
    assertFalse(schema.validate(written).isEmpty());
  }

  @Test
  void theSchema_refusesWhatTheLoaderRefuses() throws IOException {
    ObjectNode unknownKey = (ObjectNode) MAPPER.readTree(new DesignFile().toJson(EveryKindDesign.document()));
    ((ObjectNode) unknownKey.get("elements").get(0)).put("colour", "red");
    ObjectNode badCidr = (ObjectNode) MAPPER.readTree(new DesignFile().toJson(EveryKindDesign.document()));
    ((ObjectNode) badCidr.get("elements").get(2)).put("cidr", "10.0.0.0/33");
    ObjectNode futureVersion = (ObjectNode) MAPPER.readTree(new DesignFile().toJson(EveryKindDesign.document()));
    futureVersion.put("schemaVersion", 2);

    assertFalse(schema.validate(unknownKey).isEmpty());
    assertFalse(schema.validate(badCidr).isEmpty());
    assertFalse(schema.validate(futureVersion).isEmpty());
  }

  private static Schema loadSchema() {
    Path file = Samples.folder().toAbsolutePath().getParent().resolve("docs").resolve("design-file.schema.json");
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the schema " + file, e);
    }
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).toList();
  }
}
