package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML writer: short-form tags, and text that reads back as the very same text. */
class YamlEmitterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode readBack(String yaml) {
    return YamlTemplateParser.parse(yaml, "t.yaml").root();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", "on", "OFF", "y", "true", "null", "~", "10", "-1", "1.5", "1e3", "0x1F", "2010-09-09",
      "10.0.0.0/16", "", " leading", "trailing ", "a: b", "ends:", "#comment", "x #y", "@at", "*star", "&anchor", "!bang", "|pipe",
      ">fold", "'quote", "\"double", "%pct", "`tick", "{brace}", "[list]", "a, b", "- dash", "?q", "line\nbreak", "tab\there",
      "ünïcödé", "emoji \uD83D\uDE00", "back\\slash", "<<", "com.amazonaws.${AWS::Region}.s3", "Fn::Sub"})
  void everyString_readsBackAsTheSameString(String text) {
    ObjectNode root = JSON.createObjectNode();
    root.put("Value", text);
    root.putArray("List").add(text);
    root.put(text.isEmpty() ? "empty" : text, "key");

    assertEquals(root, readBack(YamlEmitter.write(root)));
  }

  @Test
  void intrinsics_areWrittenInShortForm() {
    ObjectNode root = JSON.createObjectNode();
    root.set("A", Intrinsics.ref("Vpc"));
    root.set("B", Intrinsics.getAtt("Nat", "AllocationId"));
    root.set("C", Intrinsics.sub("com.amazonaws.${AWS::Region}.s3"));

    assertEquals("A: !Ref Vpc\nB: !GetAtt Nat.AllocationId\nC: !Sub 'com.amazonaws.${AWS::Region}.s3'\n", YamlEmitter.write(root));
  }

  @Test
  void nestedFunctions_useFlowListsOrTheLongForm_andReadBackTheSame() throws Exception {
    JsonNode root = JSON.readTree("{\"Zone\": {\"Fn::Select\": [0, {\"Fn::GetAZs\": \"\"}]},"
        + "\"Data\": {\"Fn::Base64\": {\"Fn::Sub\": \"echo ${AWS::Region}\"}},"
        + "\"Joined\": {\"Fn::Join\": [\"\", [\"a\", {\"Ref\": \"B\"}]]},"
        + "\"Maybe\": {\"Fn::If\": [\"IsProd\", {\"Key\": \"v\"}, {\"Ref\": \"AWS::NoValue\"}]},"
        + "\"Nested\": [[1, 2], {\"x\": [true, null]}], \"Empty\": {}, \"None\": []}");

    String yaml = YamlEmitter.write(root);

    assertEquals(root, readBack(yaml));
    assertEquals(List.of("Zone: !Select [0, !GetAZs '']", "Data:", "  Fn::Base64: !Sub 'echo ${AWS::Region}'"),
        List.of(yaml.split("\n")).subList(0, 3));
  }

  @Test
  void theSameTree_givesTheSameBytes() throws Exception {
    JsonNode root = TemplateExporter.template(CfnDesigns.everything());

    assertEquals(YamlEmitter.write(root), YamlEmitter.write(root.deepCopy()));
  }
}
