package dev.netwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PortsAndProtocolsTest {
  @ParameterizedTest
  @CsvSource({"443,443,443", "1024-65535,1024,65535", "all,0,65535", "ALL,0,65535", "' 22 ',22,22", "80 - 81,80,81", "0,0,0"})
  void portRange_parsesPortsRangesAndAll(String text, int from, int to) {
    assertEquals(new PortRange(from, to), PortRange.parse(text));
  }

  @Test
  void portRange_printsAsItIsWritten() {
    assertEquals("443", PortRange.single(443).toString());
    assertEquals("1024-65535", new PortRange(1024, 65535).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https", "443-", "1-2-3", "4.5"})
  void portRange_refusesText(String text) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> PortRange.parse(text));
    assertEquals("'" + text + "' is not a port or port range such as 443 or 1024-65535", refused.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void portRange_refusesMissingText(String text) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> PortRange.parse(text));
    assertEquals("a port range is missing: use a port like 443 or a range like 1024-65535", refused.getMessage());
  }

  @Test
  void portRange_refusesOutOfRangeAndBackwardRanges() {
    assertEquals("port range 0-65536 is outside 0-65535",
        assertThrows(InvalidValueException.class, () -> PortRange.parse("0-65536")).getMessage());
    assertThrows(InvalidValueException.class, () -> PortRange.parse("-1"));
    assertEquals("port range 443-80 starts after it ends",
        assertThrows(InvalidValueException.class, () -> PortRange.parse("443-80")).getMessage());
  }

  @Test
  void portRange_containsItsEndsAndNothingOutside() {
    PortRange range = new PortRange(1024, 2048);

    assertTrue(range.contains(1024));
    assertTrue(range.contains(2048));
    assertFalse(range.contains(1023));
    assertFalse(range.contains(2049));
    assertTrue(PortRange.ALL.contains(0));
  }

  @ParameterizedTest
  @CsvSource({"tcp,TCP", "TCP,TCP", "6,TCP", "udp,UDP", "17,UDP", "icmp,ICMP", "1,ICMP", "-1,ALL", "all,ALL", "All,ALL"})
  void protocol_parsesNamesCodesAndNumbers(String text, Protocol protocol) {
    assertEquals(protocol, Protocol.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sctp", "58", "", "tcp "})
  void protocol_refusesOthers(String text) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Protocol.parse(text));
    assertEquals("'" + text + "' is not a protocol: use tcp, udp, icmp or -1 (all)", refused.getMessage());
  }

  @Test
  void protocol_missing_isRefused() {
    assertEquals("a protocol is missing: use tcp, udp, icmp or -1 (all)",
        assertThrows(InvalidValueException.class, () -> Protocol.parse(null)).getMessage());
  }

  @Test
  void protocol_printsTheEc2Code() {
    assertEquals("-1", Protocol.ALL.toString());
    assertEquals("tcp", Protocol.TCP.code());
    for (Protocol protocol : Protocol.values()) {
      assertEquals(protocol, Protocol.parse(protocol.code()), "the code reads back");
    }
  }
}
