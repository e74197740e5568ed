package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick YAML reader against snakeyaml-engine: for every text it takes, the same tree and the
 * same line for every mapping, sequence and key; for every text it leaves (outside its subset, or
 * not valid YAML), the full reader's result or message, unchanged.
 */
class YamlSubsetReaderTest {
  private static final String HEAD = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n";

  /** Whether the quick reader takes the text alone. */
  private static boolean quick(String text) {
    return YamlSubsetReader.read(text, newParser());
  }

  private static YamlTemplateParser newParser() {
    try {
      var constructor = YamlTemplateParser.class.getDeclaredConstructor(String.class);
      constructor.setAccessible(true);
      return constructor.newInstance("t.yaml");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads the text both ways and asserts the same outcome; returns the tree. */
  private static JsonNode same(String text) {
    ParsedTemplate engine;
    try {
      engine = YamlTemplateParser.parseWithEngine(text, "t.yaml");
    } catch (TemplateException refused) {
      TemplateException again = assertThrows(TemplateException.class, () -> YamlTemplateParser.parse(text, "t.yaml"), text);
      assertEquals(refused.getMessage(), again.getMessage(), text);
      return null;
    }
    ParsedTemplate read = YamlTemplateParser.parse(text, "t.yaml");
    assertEquals(engine.root(), read.root(), text);
    sameLines(engine, engine.root(), read, read.root(), "", text);
    return read.root();
  }

  private static void sameLines(ParsedTemplate expected, JsonNode a, ParsedTemplate actual, JsonNode b, String path, String text) {
    if (a.isContainerNode()) {
      assertEquals(expected.lines().of(a, -1), actual.lines().of(b, -1), "line of " + path + " in\n" + text);
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        assertEquals(expected.lines().of(a, field.getKey(), -1), actual.lines().of(b, field.getKey(), -1),
            "line of " + path + "/" + field.getKey() + " in\n" + text);
        sameLines(expected, field.getValue(), actual, b.get(field.getKey()), path + "/" + field.getKey(), text);
      }
    } else if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        sameLines(expected, a.get(i), actual, b.get(i), path + "/" + i, text);
      }
    }
  }

  /** Taken by the quick reader, and read as the full reader reads it. */
  private static JsonNode taken(String text) {
    assertTrue(quick(text), "the quick reader should take:\n" + text);
    JsonNode tree = same(text);
    assertTrue(tree != null, "valid YAML:\n" + text);
    return tree;
  }

  /** Left to the full reader, which gives the same result as before. */
  private static void left(String text) {
    assertFalse(quick(text), "the quick reader should leave:\n" + text);
    same(text);
  }

  @Test
  void blockMappingsAndSequences() {
    JsonNode tree = taken(HEAD + "      CidrBlock: 10.0.0.0/16\n      Tags:\n        - Key: Name\n          Value: main vpc\n"
        + "        -   Key: Team\n            Value: net\n      List:\n      - a\n      - b\n      Nested:\n        - - x\n          - y\n        - z\n");
    assertEquals("main vpc", tree.at("/Resources/Vpc/Properties/Tags/0/Value").asText());
    assertEquals("net", tree.at("/Resources/Vpc/Properties/Tags/1/Value").asText());
    assertEquals("b", tree.at("/Resources/Vpc/Properties/List/1").asText());
    assertEquals("y", tree.at("/Resources/Vpc/Properties/Nested/0/1").asText());
  }

  @Test
  void plainScalarsKeepTheirMeaning() {
    JsonNode tree = taken(HEAD + "      A: 42\n      B: -7\n      C: 1.5\n      D: yes\n      E: Off\n      F: ~\n      G:\n"
        + "      H: 0x1F\n      I: 2010-09-09\n      J: a:b # comment\n      K: http://example.com/x?y=1&z=[2]\n      L: 99999999999999999999\n"
        + "      M: :colon\n      N: a#b\n      'O': x\n");
    assertEquals(42, tree.at("/Resources/Vpc/Properties/A").intValue());
    assertTrue(tree.at("/Resources/Vpc/Properties/D").booleanValue());
    assertTrue(tree.at("/Resources/Vpc/Properties/F").isNull());
    assertTrue(tree.at("/Resources/Vpc/Properties/G").isNull());
    assertEquals("a:b", tree.at("/Resources/Vpc/Properties/J").asText());
    assertEquals("a#b", tree.at("/Resources/Vpc/Properties/N").asText());
  }

  @Test
  void quotedScalars() {
    JsonNode tree = taken(HEAD + "      A: 'it''s'\n      B: \"tab\\there \\\"q\\\" \\u00e9 \\x41 \\\\ \\/\"\n      C: ''\n      \"D k\": '10'\n"
        + "      E: 'a: b # c'\n");
    assertEquals("it's", tree.at("/Resources/Vpc/Properties/A").asText());
    assertEquals("tab\there \"q\" \u00e9 A \\ /", tree.at("/Resources/Vpc/Properties/B").asText());
    assertTrue(tree.at("/Resources/Vpc/Properties/D k").isTextual());
    assertEquals("a: b # c", tree.at("/Resources/Vpc/Properties/E").asText());
  }

  @Test
  void shortFormTagsAndFlowCollections() {
    JsonNode tree = taken(HEAD + "      A: !Ref Other\n      B: !GetAtt Other.Endpoint.Address\n      C: !Join ['-', [!Ref 'AWS::StackName', x]]\n"
        + "      D: !Select [0, !GetAZs '']\n      E: {Ref: Other}\n      F: !Sub\n        - '${A}-b'\n        - A: !Ref Other\n"
        + "      G: !If\n        - Cond\n        - !Ref X\n        - !Ref AWS::NoValue\n      H: !!str 10\n      I: !!int 10\n      J: []\n"
        + "      K: {}\n      L: [{Key: Name, Value: !Sub '${X}'}, \"q\"]\n      M: !Equals [!Ref Stage, prod]\n");
    assertEquals("Other", tree.at("/Resources/Vpc/Properties/A/Ref").asText());
    assertEquals("Endpoint.Address", tree.at("/Resources/Vpc/Properties/B/Fn::GetAtt/1").asText());
    assertEquals("AWS::StackName", tree.at("/Resources/Vpc/Properties/C/Fn::Join/1/0/Ref").asText());
    assertTrue(tree.at("/Resources/Vpc/Properties/H").isTextual());
    assertTrue(tree.at("/Resources/Vpc/Properties/I").isInt());
    assertEquals("X", tree.at("/Resources/Vpc/Properties/G/Fn::If/1/Ref").asText());
  }

  @Test
  void literalBlockScalars() {
    JsonNode tree = taken(HEAD + "      A: |\n        line one\n          indented\n\n        # not a comment\n      B: |-\n        stripped\n"
        + "      C: |+\n        kept\n\n      D: !Sub |\n        #!/bin/bash\n        echo ${X}\n      E: | # a comment\n\n        after a blank\n"
        + "      F: x\n");
    assertEquals("line one\n  indented\n\n# not a comment\n", tree.at("/Resources/Vpc/Properties/A").asText());
    assertEquals("stripped", tree.at("/Resources/Vpc/Properties/B").asText());
    assertEquals("kept\n\n", tree.at("/Resources/Vpc/Properties/C").asText());
    assertEquals("#!/bin/bash\necho ${X}\n", tree.at("/Resources/Vpc/Properties/D/Fn::Sub").asText());
    assertEquals("\nafter a blank\n", tree.at("/Resources/Vpc/Properties/E").asText());
    left(HEAD + "      A: |\n        last line without a break");
    taken(HEAD + "      A: |+\n        kept at the end\n\n\n");
  }

  @Test
  void foldedBlockScalars() {
    JsonNode tree = taken(HEAD + "      A: >\n        one\n        two\n\n        three\n          kept\n        four\n      B: >-\n        x\n        y\n"
        + "      C: >+\n        z\n\n      D: x\n");
    assertEquals("one two\nthree\n  kept\nfour\n", tree.at("/Resources/Vpc/Properties/A").asText());
    assertEquals("x y", tree.at("/Resources/Vpc/Properties/B").asText());
    assertEquals("z\n\n", tree.at("/Resources/Vpc/Properties/C").asText());
  }

  @Test
  void commentsBlankLinesDocumentStartAndCrlf() {
    taken("# a template\n---\n\nResources:   # the section\n  # a resource\n  Vpc:\n    Type: AWS::EC2::VPC\n\n\n    Properties: {}\n# end\n");
    taken("--- # start\n" + HEAD.replace("\n", "\r\n") + "      CidrBlock: 10.0.0.0/16\r\n      Tags: [a, 'b']\r\n");
  }

  @Test
  void whatTheSubsetLeaves_isReadAsBefore() {
    left(HEAD + "      Tags: &t [a]\n      Other: *t\n");
    left(HEAD + "      A: >\n           \n        more spaces before than after\n");
    left(HEAD + "      A: [4, :x]\n");
    left(HEAD + "      A: plain\n        going on\n");
    left(HEAD + "      A: 'quoted\n        going on'\n");
    left(HEAD + "      A: [a,\n        b]\n");
    left(HEAD + "\tA: b\n");
    left(HEAD + "      ? complex\n      : key\n");
    left("%YAML 1.2\n---\n" + HEAD + "      A: b\n");
    left(HEAD + "      A: b\n---\nB: c\n");
    left(HEAD + "      A: \"\\U0001F600\"\n");
    left(HEAD + "      A: |2\n          two\n");
    left(HEAD + "      A: !<tag:yaml.org,2002:str> x\n");
  }

  @Test
  void errors_keepTheFullReadersMessagesAndLines() {
    assertError("t.yaml line 6: not valid YAML: mapping values are not allowed here", HEAD + "      A: b\n      C: d: e\n");
    assertError("t.yaml line 6: the key 'A' appears twice in the same mapping", HEAD + "      A: b\n      A: c\n");
    assertError(null, HEAD + "      A: b\n     C: d\n");
    assertError(null, HEAD + "      A: [a, b\n");
    assertError(null, HEAD + "      A: 'unclosed\n");
    assertError(null, HEAD + "      A: b\n        C: d\n");
    assertError(null, HEAD + "      - a\n      B: c\n");
    assertError(null, HEAD + "      A: \u0001\n");
    assertError(null, HEAD + "      A: [a, , b]\n");
    assertError("t.yaml line 5: " + TemplateLimits.nestedTooDeep(), HEAD + "      A: " + "[".repeat(120) + "]".repeat(120) + "\n");
  }

  /** Refused with the full reader's message ({@code expected}, when given), the same with or without the quick reader. */
  private static void assertError(String expected, String text) {
    TemplateException refused = assertThrows(TemplateException.class, () -> YamlTemplateParser.parse(text, "t.yaml"), text);
    TemplateException before = assertThrows(TemplateException.class, () -> YamlTemplateParser.parseWithEngine(text, "t.yaml"), text);
    assertEquals(before.getMessage(), refused.getMessage());
    if (expected != null) {
      assertEquals(expected, refused.getMessage());
    }
  }

  @Test
  void everyTemplateInTheTests_andEveryExportedSample_readsTheSame() throws IOException {
    List<String> texts = templates();
    assertTrue(texts.size() >= 8, "templates: " + texts.size());
    for (String text : texts) {
      taken(text);
    }
  }

  /**
   * Thousands of damaged templates (characters dropped, doubled, swapped for YAML's indicators):
   * whatever the quick reader takes must be what the full reader makes of it, and whatever it
   * refuses must be refused as before.
   */
  @Test
  void damagedTemplates_readAsTheFullReaderReadsThem() throws IOException {
    List<String> texts = templates();
    Random random = new Random(12_14);
    String inserts = " \n-:#'\"[]{},!|>&*?\t\\x0";
    int quickTaken = 0;
    for (int round = 0; round < 4_000; round++) {
      String text = texts.get(random.nextInt(texts.size()));
      text = text.length() > 3_000 ? text.substring(0, 3_000) : text;
      StringBuilder damaged = new StringBuilder(text);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(damaged.length());
        switch (random.nextInt(3)) {
          case 0 -> damaged.deleteCharAt(at);
          case 1 -> damaged.insert(at, inserts.charAt(random.nextInt(inserts.length())));
          default -> damaged.setCharAt(at, inserts.charAt(random.nextInt(inserts.length())));
        }
      }
      String input = damaged.toString();
      try {
        same(input);
      } catch (RuntimeException | AssertionError e) {
        fail("differs on:\n" + input, e);
      }
      if (quick(input)) {
        quickTaken++;
      }
    }
    assertTrue(quickTaken > 500, "the quick reader took " + quickTaken);
  }

  private static List<String> templates() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String name : List.of("cidr-getazs.yaml", "unmodelled-resources.yaml", "public-private-s3.yaml")) {
      texts.add(CfnDesigns.resource(name));
    }
    texts.add(TemplateExporter.export(CfnDesigns.everything(), TemplateFormat.YAML));
    texts.add(TemplateExporter.export(CfnDesigns.externalPeers(), TemplateFormat.YAML));
    for (Path sample : CfnDesigns.samples()) {
      Document design = new DesignFile().parse(Files.readString(sample), sample.toString());
      texts.add(TemplateExporter.export(design, TemplateFormat.YAML));
    }
    return texts;
  }
}
