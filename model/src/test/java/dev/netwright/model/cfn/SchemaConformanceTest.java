package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource of every template exported from every sample (and from the design that holds
 * every special case), in YAML and in JSON, validates against its type's CloudFormation resource
 * schema from {@code netwright.cfnSchemas} (../shared/cfn-schemas, passed by the build): required
 * properties, types, enums, patterns, no unknown and no read-only properties. An intrinsic function
 * stands in for a value of whatever type its property needs, so the type, format, pattern and enum
 * checks of that one value are skipped. The linter's own keywords ({@code relationshipRef},
 * {@code requiredXor}, ...) are not JSON Schema and are ignored. Types without a schema in the
 * folder are listed as unchecked, not failed.
 */
class SchemaConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> UNCHECKED = Collections.synchronizedSet(new TreeSet<>());

  private static Path folder;
  private static Map<String, String> fileOfType;
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();
  private static final Map<String, JsonNode> SCHEMA_TREES = new HashMap<>();

  @BeforeAll
  static void loadIndex() throws IOException {
    String property = System.getProperty("netwright.cfnSchemas");
    if (property == null || property.isBlank()) {
      fail("the system property netwright.cfnSchemas is not set: it must name the folder of CloudFormation resource schemas"
          + " (the root pom sets it to ../shared/cfn-schemas; run 'mvn test' from the project root, or pass -Dcfn.schemas=FOLDER)");
    }
    folder = Path.of(property);
    Path index = folder.resolve("index.json");
    if (!Files.isRegularFile(index)) {
      fail("netwright.cfnSchemas names " + folder + ", which holds no index.json of CloudFormation resource schemas");
    }
    fileOfType = new HashMap<>();
    JSON.readTree(index.toFile()).fields().forEachRemaining(entry -> fileOfType.put(entry.getKey(), entry.getValue().path("file").asText()));
  }

  @AfterAll
  static void reportUnchecked() {
    System.out.println("CloudFormation types exported without a schema in " + folder + " (unchecked): " + UNCHECKED);
  }

  @Test
  void everyExportedResource_ofEverySample_validatesAgainstItsTypesSchema() throws Exception {
    List<Path> samples = CfnDesigns.samples();
    assertFalse(samples.isEmpty(), "no samples in " + CfnDesigns.samplesFolder());
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Path sample : samples) {
      checked += check(sample.getFileName().toString(), new DesignFile().read(sample), violations);
    }
    checked += check("everything", CfnDesigns.everything(), violations);
    checked += check("external peers", CfnDesigns.externalPeers(), violations);
    checked += check("transit", CfnDesigns.transit(), violations);
    assertEquals(List.of(), violations);
    assertTrue(checked > 0, "no resource was checked against a schema");
  }

  @Test
  void handWrittenTemplates_readAndExportedAgain_validateToo() throws Exception {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (String name : List.of("public-private-s3.yaml", "cidr-getazs.yaml", "interface-endpoint.json", "unmodelled-resources.yaml",
        "transit-hub.yaml")) {
      Document imported = TemplateImporter.parse(CfnDesigns.resource(name), name, null).document();
      checked += check(name, imported, violations);
    }
    assertEquals(List.of(), violations);
    assertTrue(checked > 0, "no resource was checked against a schema");
  }

  @Test
  void aPropertyTheSchemaDoesNotKnow_orOfTheWrongType_isAViolation() throws Exception {
    ObjectNode properties = JSON.createObjectNode();
    properties.put("VpcId", "vpc-1");
    properties.put("CidrBlock", 10);
    properties.put("Colour", "blue");
    List<String> violations = new ArrayList<>();

    checkResource("t", "Bad", "AWS::EC2::Subnet", properties, violations);

    assertTrue(violations.stream().anyMatch(text -> text.contains("Colour")), violations.toString());
    assertTrue(violations.stream().anyMatch(text -> text.contains("CidrBlock")), violations.toString());
  }

  @Test
  void aMissingRequiredProperty_isAViolation_butAnIntrinsicIsAcceptedForAnyType() throws Exception {
    ObjectNode group = JSON.createObjectNode();
    group.set("VpcId", Intrinsics.ref("Vpc"));
    ObjectNode vpc = JSON.createObjectNode();
    vpc.set("EnableDnsSupport", Intrinsics.ref("DnsParameter"));
    vpc.set("CidrBlock", Intrinsics.getAtt("Other", "CidrBlock"));
    List<String> violations = new ArrayList<>();

    checkResource("t", "Sg", "AWS::EC2::SecurityGroup", group, violations);
    checkResource("t", "Vpc", "AWS::EC2::VPC", vpc, violations);

    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains("GroupDescription"), violations.toString());
  }

  private static int check(String name, Document design, List<String> violations) throws IOException {
    int checked = 0;
    for (TemplateFormat format : TemplateFormat.values()) {
      String text = TemplateExporter.export(design, format);
      ObjectNode template = format == TemplateFormat.YAML ? YamlTemplateParser.parse(text, name).root()
          : JsonTemplateParser.parse(text, name).root();
      for (Iterator<Map.Entry<String, JsonNode>> resources = template.path("Resources").fields(); resources.hasNext(); ) {
        Map.Entry<String, JsonNode> resource = resources.next();
        JsonNode properties = resource.getValue().get("Properties");
        if (checkResource(name + " (" + format.slug() + ")", resource.getKey(), resource.getValue().path("Type").asText(),
            properties == null ? JSON.createObjectNode() : properties, violations)) {
          checked++;
        }
      }
    }
    return checked;
  }

  /** Checks one resource's properties; false when its type has no schema. */
  private static boolean checkResource(String template, String logicalId, String type, JsonNode properties, List<String> violations)
      throws IOException {
    String file = fileOfType.get(type);
    if (file == null) {
      UNCHECKED.add(type);
      return false;
    }
    JsonNode schemaTree = SCHEMA_TREES.computeIfAbsent(type, key -> readSchema(folder.resolve(file)));
    Schema schema = SCHEMAS.computeIfAbsent(type, key -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(schemaTree));
    Map<JsonNode, Boolean> standIns = new IdentityHashMap<>();
    JsonNode instance = replaceIntrinsics(properties.deepCopy(), standIns);
    String where = template + " " + logicalId + " (" + type + "): ";
    for (Error error : schema.validate(instance)) {
      if (!standIns.containsKey(error.getInstanceNode())) {
        violations.add(where + error.getInstanceLocation() + ": " + error.getMessage());
      }
    }
    JsonNode known = schemaTree.path("properties");
    Set<String> readOnly = new TreeSet<>();
    schemaTree.path("readOnlyProperties").forEach(pointer -> readOnly.add(pointer.asText().replace("/properties/", "")));
    properties.fieldNames().forEachRemaining(property -> {
      if (!known.has(property)) {
        violations.add(where + "property " + property + " is not in the schema");
      }
      if (readOnly.contains(property)) {
        violations.add(where + "property " + property + " is read-only");
      }
    });
    return true;
  }

  /**
   * The schema as the validator should see it: without its {@code $schema} (the resource provider
   * meta-schema, which would be fetched) so that the draft-07 dialect applies.
   */
  private static JsonNode readSchema(Path file) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
      tree.remove("$schema");
      tree.remove("$id");
      javaPatterns(tree);
      return tree;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema " + file, e);
    }
  }

  /**
   * The schemas' patterns are ECMAScript regular expressions, where a '[' inside a character class
   * is a plain character; in Java it opens a nested class. Escaping it keeps the pattern's meaning.
   */
  private static void javaPatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isTextual()) {
        object.put("pattern", escapeBracketsInClasses(pattern.asText()));
      }
      object.forEach(SchemaConformanceTest::javaPatterns);
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaConformanceTest::javaPatterns);
    }
  }

  static String escapeBracketsInClasses(String pattern) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (c == '[' && !inClass) {
        inClass = true;
        out.append(c);
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          out.append(pattern.charAt(++i));
        }
      } else if (c == '[') {
        out.append("\\[");
      } else if (c == ']' && inClass) {
        inClass = false;
        out.append(c);
      } else if (c == '&' && inClass) {
        out.append("\\&");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The value with every intrinsic function replaced by a stand-in, remembered by identity. */
  private static JsonNode replaceIntrinsics(JsonNode node, Map<JsonNode, Boolean> standIns) {
    if (Intrinsics.functionOf(node).isPresent()) {
      JsonNode standIn = new TextNode("intrinsic " + node);
      standIns.put(standIn, true);
      return standIn;
    }
    if (node instanceof ObjectNode object) {
      Map<String, JsonNode> replaced = new TreeMap<>();
      object.fields().forEachRemaining(field -> replaced.put(field.getKey(), replaceIntrinsics(field.getValue(), standIns)));
      replaced.forEach(object::set);
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, replaceIntrinsics(array.get(i), standIns));
      }
    }
    return node;
  }
}
