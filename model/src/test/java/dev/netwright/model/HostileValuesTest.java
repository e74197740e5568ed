package dev.netwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Values that looked right to Java but are not what AWS reads (issue 12, item 13): digits of other
 * scripts, leading zeros, names a template cannot carry, targets with spaces or of 100 KB.
 */
class HostileValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"१०.0.10.0/24", "１０.0.10.0/24", "10.0.10.0/２４", "10.٠.10.0/24"})
  void aCidrWrittenInTheDigitsOfAnotherScript_isRefused(String text) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Cidr.parse(text));

    assertTrue(refused.getMessage().startsWith("'" + text + "' "), refused.getMessage());
  }

  @Test
  void aCidrWithALeadingZero_isRefused_notReadAsDecimalOrOctal() {
    assertEquals("'010.0.10.0/24' is not a CIDR block: '010' has a leading zero, which some tools read as octal; write it without",
        assertThrows(InvalidValueException.class, () -> Cidr.parse("010.0.10.0/24")).getMessage());
    assertThrows(InvalidValueException.class, () -> Cidr.parse("10.0.10.0/024"));
    assertEquals(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.0.0.0/8"));
    assertEquals(0, Cidr.parse("0.0.0.0/0").prefixLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"٤٤٣", "４４３", "44３", "0-６５５３５"})
  void aPortWrittenInTheDigitsOfAnotherScript_isRefused(String text) {
    assertThrows(InvalidValueException.class, () -> PortRange.parse(text));
  }

  @Test
  void portsInAsciiDigits_stillRead() {
    assertEquals(PortRange.single(443), PortRange.parse("443"));
    assertEquals(new PortRange(1024, 65535), PortRange.parse("1024-65535"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uFFFFb", "a\uFFFEb", "tab\there", "line\nbreak", "nul\u0000", "\uFDD0", "lone \uD800 half", "bell\u0007"})
  void aNameThatNoTemplateCanCarry_isRefusedByTheModel(String name) {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> new Vpc(ElementId.of("Vpc"), name, List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));

    assertTrue(refused.getMessage().contains("which a name may not hold"), refused.getMessage());
    assertTrue(refused.getMessage().contains("\\u"), "the character is shown, not printed raw: " + refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"café", "子网 A", "rocket \uD83D\uDE80", "a\u00A0b", "\uFFFD"})
  void aNameOfPrintableUnicode_isAccepted(String name) {
    assertEquals(name, new Vpc(ElementId.of("Vpc"), name, List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {" internet", "internet ", "service: ssm", "s3\t"})
  void aTargetWithSpaces_isRefused(String text) {
    assertTrue(assertThrows(InvalidValueException.class, () -> Target.parse(text)).getMessage().contains("holds spaces"));
  }

  @Test
  void aServiceNameOfAHundredKilobytes_isRefusedInOneShortLine() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Target.parse("service:" + "a".repeat(100_000)));

    assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    assertTrue(refused.getMessage().contains("at most 64 characters"), refused.getMessage());
  }

  @Test
  void anElementIdOfAHundredKilobytes_isRefusedInOneShortLine() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Target.parse("x".repeat(100_000) + "!"));

    assertTrue(refused.getMessage().length() < 300, refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"service:-ssm", "service:ssm.", "service:ecr..api", "service:SSM"})
  void aServiceNameOutsideAwsShortNameSyntax_isRefused(String text) {
    assertThrows(InvalidValueException.class, () -> Target.parse(text));
  }

  @Test
  void awsShortServiceNames_stillRead() {
    assertEquals("service:ecr.api", Target.parse("service:ecr.api").text());
    assertEquals("service:execute-api", Target.parse("service:execute-api").text());
    assertEquals("service:ssm", Target.parse("service:com.amazonaws.us-east-1.ssm").text());
  }
}
