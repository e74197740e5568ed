package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.Vpc;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * YAML written to hurt the reader (issue 12, item 8 and 14): aliases that contain themselves or
 * multiply, nesting without end, scalars of millions of characters. Each is refused with one
 * line naming the file and the line, quickly and in little memory, or read in linear time.
 */
class HostileYamlTest {
  private static final String VPC = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";
  private static final Duration QUICKLY = Duration.ofSeconds(60);

  private static TemplateException refusal(String text) {
    return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(TemplateException.class,
        () -> TemplateImporter.parse(text, "hostile.yaml", null)));
  }

  @Test
  void anAliasInsideTheListItNames_isRefused_notAStackOverflow() {
    TemplateException refused = refusal(VPC + "      Tags: &t [*t]\n");

    assertEquals("hostile.yaml line 6: the alias *t is used inside the value it names, which would contain itself",
        refused.getMessage());
  }

  @Test
  void aBillionLaughs_isRefusedAtTheAliasThatPassesTheLimit() {
    StringBuilder text = new StringBuilder("Metadata:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level < 10; level++) {
      text.append("  a").append(level).append(": &a").append(level).append(" [")
          .append(("*a" + (level - 1) + ", ").repeat(8)).append("*a").append(level - 1).append("]\n");
    }
    text.append(VPC).append("      Tags: *a9\n");

    TemplateException refused = refusal(text.toString());

    assertTrue(text.length() < 700, "the file is small: " + text.length());
    assertTrue(refused.getMessage().matches("hostile\\.yaml line \\d+: aliases \\(\\*a\\d\\) expand the template by more than 1,000,000 values;.*"),
        refused.getMessage());
  }

  /** A name tag joining ten aliases of the level below, {@code levels} deep, over a text of {@code length} characters. */
  private static String joinTower(int length, int levels) {
    StringBuilder text = new StringBuilder("Metadata:\n  s0: &j0 " + "x".repeat(length) + "\n");
    for (int level = 1; level <= levels; level++) {
      text.append("  j").append(level).append(": &j").append(level).append(" !Join ['', [")
          .append(("*j" + (level - 1) + ", ").repeat(9)).append("*j").append(level - 1).append("]]\n");
    }
    return text.append(VPC).append("      Tags:\n        - Key: Name\n          Value: *j").append(levels).append('\n').toString();
  }

  @Test
  void aliasesOfLongTextUnderJoin_areRefusedBeforeTheyFillMemory() {
    TemplateException refused = refusal(joinTower(1000, 9));

    assertTrue(refused.getMessage().startsWith("hostile.yaml line "), refused.getMessage());
    assertTrue(refused.getMessage().contains("expand the template by more than"), refused.getMessage());
  }

  @Test
  void anAliasOfTextBuiltByJoin_withinTheAliasLimit_isRefusedAtTheTextLimit() {
    TemplateException refused = refusal(joinTower(5000, 3));

    assertTrue(refused.getMessage().startsWith("hostile.yaml line 13: Fn::Join builds a text of more than 1,048,576 characters"),
        refused.getMessage());
  }

  @Test
  void anAliasThatNamesNoAnchor_isRefused() {
    assertEquals("hostile.yaml line 6: the alias *nothing names no anchor (&nothing) before it",
        refusal(VPC + "      Tags: *nothing\n").getMessage());
  }

  @Test
  void listsNestedAHundredThousandDeep_areRefusedAtTheDepthLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    TemplateException refused = refusal(VPC + "      Tags: " + deep + "\n");

    assertEquals("hostile.yaml line 6: values are nested more than 100 levels deep", refused.getMessage());
  }

  @Test
  void aliasesThatStackShallowListsIntoADeepOne_areRefusedAtTheDepthLimit() {
    StringBuilder text = new StringBuilder("Metadata:\n  d0: &d0 " + "[".repeat(40) + "]".repeat(40) + "\n");
    for (int level = 1; level < 5; level++) {
      text.append("  d").append(level).append(": &d").append(level).append(" ").append("[".repeat(40))
          .append("*d").append(level - 1).append("]".repeat(40)).append("\n");
    }
    text.append(VPC);

    assertEquals("hostile.yaml line 4: values are nested more than 100 levels deep", refusal(text.toString()).getMessage());
  }

  @Test
  void jsonNestedAHundredThousandDeep_isRefusedAtTheDepthLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String json = "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"CidrBlock\": \"10.0.0.0/16\", \"Tags\": "
        + deep + "}}}}";

    TemplateException refused = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(TemplateException.class,
        () -> TemplateImporter.parse(json, "hostile.json", null)));

    assertEquals("hostile.json line 1: values are nested more than 100 levels deep", refused.getMessage());
  }

  @Test
  void twoDocumentsInOneFile_areRefused() {
    assertEquals("hostile.yaml line 6: a template is one YAML document; this file holds more than one",
        refusal(VPC + "---\n" + VPC).getMessage());
  }

  @Test
  void aScalarOfSixMillionCharacters_isReadInLinearTime() {
    String big = "x".repeat(6_000_000);
    String text = "Metadata:\n  Big: " + big + "\n" + VPC;

    ImportResult read = assertTimeoutPreemptively(QUICKLY, () -> TemplateImporter.parse(text, "big.yaml", null));

    assertEquals(1, read.document().topology().all(Vpc.class).size());
  }

  @Test
  void anchorsAndAliasesWithinTheLimits_stillWork() {
    String text = "Metadata:\n  Common: &tags\n    - Key: Team\n      Value: net\n" + VPC + "      Tags: *tags\n";

    ImportResult read = TemplateImporter.parse(text, "fine.yaml", null);

    assertEquals(1, read.document().topology().all(Vpc.class).size());
  }
}
