package dev.netwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {
  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/16", "0.0.0.0/0", "192.168.1.128/25", "255.255.255.255/32", "172.16.0.0/12"})
  void parse_ofAWellFormedBlock_printsBackTheSameText(String text) {
    assertEquals(text, Cidr.parse(text).toString());
  }

  @Test
  void parse_readsNetworkAndPrefix() {
    Cidr cidr = Cidr.parse("10.1.2.0/24");

    assertEquals(24, cidr.prefixLength());
    assertEquals((10 << 24) | (1 << 16) | (2 << 8), cidr.network());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10.0.0.0/33|prefix length /33 is not between /0 and /32",
      "10.0.0.1/16|CIDR 10.0.0.1/16 has host bits set; did you mean 10.0.0.0/16?",
      "256.0.0.0/8|'256.0.0.0/8' is not a CIDR block: octet 256 is above 255",
      "10.0.0/8|'10.0.0/8' is not a CIDR block: the address needs four octets",
      "10.0.0.0|'10.0.0.0' is not a CIDR block: expected a.b.c.d/n, e.g. 10.0.0.0/16",
      "10.0.0.0/|'10.0.0.0/' has no valid prefix length after '/' (0 to 32)",
      "10.0.0.0/-1|'10.0.0.0/-1' has no valid prefix length after '/' (0 to 32)",
      "10.0.0.0/123|'10.0.0.0/123' has no valid prefix length after '/' (0 to 32)",
      "10.a.0.0/16|'10.a.0.0/16' is not a CIDR block: 'a' is not an octet",
      "10..0.0/16|'10..0.0/16' is not a CIDR block: '' is not an octet",
      "1000.0.0.0/8|'1000.0.0.0/8' is not a CIDR block: '1000' is not an octet",
      "10.0.0.0.0/8|'10.0.0.0.0/8' is not a CIDR block: the address needs four octets"})
  void parse_ofBadText_saysWhatIsWrong(String text, String message) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Cidr.parse(text));
    assertEquals(message, refused.getMessage());
  }

  @Test
  void parse_ofEmptyOrMissingText_isRefused() {
    assertEquals("'' is not a CIDR block: expected a.b.c.d/n, e.g. 10.0.0.0/16",
        assertThrows(InvalidValueException.class, () -> Cidr.parse("")).getMessage());
    assertEquals("a CIDR block is missing", assertThrows(InvalidValueException.class, () -> Cidr.parse(null)).getMessage());
  }

  @Test
  void invalidValue_isANetwrightException() {
    assertThrows(NetwrightException.class, () -> Cidr.parse("nonsense"));
  }

  @Test
  void constructor_refusesHostBitsAndBadPrefixes() {
    assertThrows(InvalidValueException.class, () -> new Cidr(1, 31));
    assertThrows(InvalidValueException.class, () -> new Cidr(0, -1));
    assertEquals(Cidr.ANYWHERE, new Cidr(0, 0));
  }

  @Test
  void contains_blocksAndAddresses() {
    Cidr vpc = Cidr.parse("10.0.0.0/16");

    assertTrue(vpc.contains(Cidr.parse("10.0.1.0/24")));
    assertTrue(vpc.contains(vpc));
    assertFalse(vpc.contains(Cidr.parse("10.1.0.0/24")));
    assertFalse(vpc.contains(Cidr.parse("10.0.0.0/8")), "a wider block is not inside a narrower one");
    assertTrue(vpc.contains(Cidr.parseAddress("10.0.255.255", "")));
    assertFalse(vpc.contains(Cidr.parseAddress("10.1.0.0", "")));
    assertTrue(Cidr.ANYWHERE.contains(Cidr.parse("203.0.113.0/24")));
  }

  @Test
  void overlaps_isSymmetricAndNeedsASharedAddress() {
    Cidr a = Cidr.parse("10.0.0.0/16");
    Cidr inside = Cidr.parse("10.0.128.0/17");
    Cidr beside = Cidr.parse("10.1.0.0/16");

    assertTrue(a.overlaps(inside));
    assertTrue(inside.overlaps(a));
    assertFalse(a.overlaps(beside));
    assertFalse(beside.overlaps(a));
  }

  @ParameterizedTest
  @CsvSource({"10.0.0.0/28,16,11", "10.0.0.0/24,256,251", "10.0.0.0/16,65536,65531", "10.0.0.1/32,1,0", "0.0.0.0/0,4294967296,4294967291"})
  void sizeAndUsableAddresses_leaveAwsItsFiveAddresses(String text, long size, long usable) {
    Cidr cidr = Cidr.parse(text);
    assertEquals(size, cidr.size());
    assertEquals(usable, cidr.usableAddresses());
  }

  @Test
  void firstAndLastAddress_boundTheBlock() {
    Cidr cidr = Cidr.parse("192.168.4.0/22");

    assertEquals("192.168.4.0", Cidr.format(cidr.firstAddress()));
    assertEquals("192.168.7.255", Cidr.format(cidr.lastAddress()));
  }

  @Test
  void subnet_carvesBlocksInOrderAsFnCidrDoes() {
    Cidr vpc = Cidr.parse("10.0.0.0/16");
    List<Cidr> carved = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      carved.add(vpc.subnet(24, i));
    }

    assertEquals(List.of(Cidr.parse("10.0.0.0/24"), Cidr.parse("10.0.1.0/24"), Cidr.parse("10.0.2.0/24")), carved);
    assertEquals(Cidr.parse("10.0.255.0/24"), vpc.subnet(24, 255));
    assertEquals(vpc, vpc.subnet(16, 0));
    assertEquals(Cidr.parse("128.0.0.0/1"), Cidr.ANYWHERE.subnet(1, 1));
  }

  @Test
  void subnet_outsideTheBlock_isRefused() {
    Cidr vpc = Cidr.parse("10.0.0.0/16");

    assertEquals("10.0.0.0/16 holds only 256 blocks of /24",
        assertThrows(InvalidValueException.class, () -> vpc.subnet(24, 256)).getMessage());
    assertEquals("cannot carve /8 blocks out of 10.0.0.0/16",
        assertThrows(InvalidValueException.class, () -> vpc.subnet(8, 0)).getMessage());
    assertThrows(InvalidValueException.class, () -> vpc.subnet(24, -1));
    assertThrows(InvalidValueException.class, () -> vpc.subnet(33, 0));
  }

  @Test
  void compareTo_ordersByUnsignedNetworkThenPrefix() {
    List<Cidr> sorted = new ArrayList<>(List.of(Cidr.parse("200.0.0.0/8"), Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.0.0/8")));
    sorted.sort(null);

    assertEquals(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.0.0.0/16"), Cidr.parse("200.0.0.0/8")), sorted);
  }

  @Test
  void equalBlocks_areEqualValues() {
    assertEquals(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.0.0/16"));
    assertEquals(Cidr.parse("10.0.0.0/16").hashCode(), Cidr.parse("10.0.0.0/16").hashCode());
  }
}
