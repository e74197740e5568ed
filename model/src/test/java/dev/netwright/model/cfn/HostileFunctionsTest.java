package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Intrinsic functions asked for more than any template needs (issue 12, items 8 and 10): numbers
 * past 2^31 and texts or lists that double at each step are refused with the line, not a
 * library's exception or an exhausted memory.
 */
class HostileFunctionsTest {
  private static TemplateException refusal(String cidrBlock) {
    String text = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: " + cidrBlock + "\n";
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(TemplateException.class,
        () -> TemplateImporter.parse(text, "f.yaml", null)));
  }

  @Test
  void selectWithAnIndexPast2To31_isPastTheEndOfTheList() {
    assertEquals("f.yaml line 5: Fn::Select index 4294967296 is past the end of a list of 1",
        refusal("!Select [4294967296, [10.0.0.0/16]]").getMessage());
  }

  @Test
  void selectWithAnIndexOfFortyDigits_isPastTheEndOfTheList() {
    String index = "9".repeat(40);
    assertEquals("f.yaml line 5: Fn::Select index " + index + " is past the end of a list of 1",
        refusal("!Select [" + index + ", [10.0.0.0/16]]").getMessage());
  }

  @Test
  void cidrWithACountPast2To31_isRefusedWithItsRange() {
    assertEquals("f.yaml line 5: Fn::Cidr cannot carve 4294967296 blocks of 8 host bits out of 10.0.0.0/16 (1 to 256 blocks, at most 16 host bits)",
        refusal("!Select [0, !Cidr [10.0.0.0/16, 4294967296, 8]]").getMessage());
  }

  @Test
  void cidrWithHostBitsPast2To31_isRefusedWithItsRange() {
    assertEquals("f.yaml line 5: Fn::Cidr cannot carve 2 blocks of 99999999999 host bits out of 10.0.0.0/16 (1 to 256 blocks, at most 16 host bits)",
        refusal("!Select [0, !Cidr [10.0.0.0/16, 2, 99999999999]]").getMessage());
  }

  @Test
  void subThatRepeatsAParameterPastTheTextLimit_isRefused() {
    String text = "Parameters:\n  Big:\n    Type: String\n    Default: " + "x".repeat(100_000) + "\n"
        + "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "      Tags:\n        - Key: Name\n          Value: !Sub '" + "${Big}".repeat(20) + "'\n";

    TemplateException refused = assertThrows(TemplateException.class, () -> TemplateImporter.parse(text, "f.yaml", null));

    assertEquals("f.yaml line 12: Fn::Sub builds a text of more than 1,048,576 characters", refused.getMessage());
  }

  @Test
  void splitOfALongTextIntoTooManyItems_isRefused() {
    String text = "Parameters:\n  Commas:\n    Type: String\n    Default: '" + ",".repeat(200_000) + "'\n"
        + "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Select [0, !Split [',', !Ref Commas]]\n";

    TemplateException refused = assertThrows(TemplateException.class, () -> TemplateImporter.parse(text, "f.yaml", null));

    assertEquals("f.yaml line 9: Fn::Split builds a list of more than 100,000 items", refused.getMessage());
  }
}
