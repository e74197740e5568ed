package dev.netwright.model;

/**
 * An IPv4 CIDR block such as {@code 10.0.1.0/24}. Built only through {@link #parse} or the
 * canonical constructor, both of which refuse host bits and malformed text, so every Cidr in the
 * model is a valid network address.
 */
public record Cidr(int network, int prefixLength) implements Comparable<Cidr> {
  /** Addresses AWS reserves in every subnet: the first four and the last. */
  public static final int AWS_RESERVED_ADDRESSES = 5;

  public static final Cidr ANYWHERE = new Cidr(0, 0);

  public Cidr {
    if (prefixLength < 0 || prefixLength > 32) {
      throw new InvalidValueException("prefix length /" + prefixLength + " is not between /0 and /32");
    }
    if ((network & ~mask(prefixLength)) != 0) {
      Cidr fixed = new Cidr(network & mask(prefixLength), prefixLength);
      throw new InvalidValueException(
          "CIDR " + format(network) + "/" + prefixLength + " has host bits set; did you mean " + fixed + "?");
    }
  }

  /** Parses {@code a.b.c.d/n}; throws {@link InvalidValueException} naming the text otherwise. */
  public static Cidr parse(String text) {
    if (text == null) {
      throw new InvalidValueException("a CIDR block is missing");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new InvalidValueException("'" + text + "' is not a CIDR block: expected a.b.c.d/n, e.g. 10.0.0.0/16");
    }
    int address = parseAddress(text.substring(0, slash), text);
    String prefix = text.substring(slash + 1);
    if (prefix.length() > 2 || !Text.isAsciiDigits(prefix) || prefix.length() == 2 && prefix.charAt(0) == '0') {
      throw new InvalidValueException("'" + text + "' has no valid prefix length after '/' (0 to 32)");
    }
    return new Cidr(address, Integer.parseInt(prefix));
  }

  /** Parses a dotted IPv4 address into its 32 bits. */
  public static int parseAddress(String dotted, String whole) {
    // read in place, octet by octet (an import parses hundreds of thousands): the same checks, in
    // the same order, as on the four parts between the dots
    int dots = 0;
    for (int i = 0; i < dotted.length(); i++) {
      if (dotted.charAt(i) == '.') {
        dots++;
      }
    }
    if (dots != 3) {
      throw new InvalidValueException("'" + whole + "' is not a CIDR block: the address needs four octets");
    }
    int address = 0;
    int start = 0;
    for (int n = 0; n < 4; n++) {
      int end = n < 3 ? dotted.indexOf('.', start) : dotted.length();
      int length = end - start;
      int octet = 0;
      boolean digits = length > 0;
      for (int i = start; i < end && digits; i++) {
        char c = dotted.charAt(i);
        digits = c >= '0' && c <= '9';
        octet = octet * 10 + (c - '0');
      }
      if (length > 3 || !digits) {
        throw new InvalidValueException("'" + whole + "' is not a CIDR block: '" + dotted.substring(start, end) + "' is not an octet");
      }
      if (length > 1 && dotted.charAt(start) == '0') {
        throw new InvalidValueException("'" + whole + "' is not a CIDR block: '" + dotted.substring(start, end)
            + "' has a leading zero, which some tools read as octal; write it without");
      }
      start = end + 1;
      if (octet > 255) {
        throw new InvalidValueException("'" + whole + "' is not a CIDR block: octet " + octet + " is above 255");
      }
      address = (address << 8) | octet;
    }
    return address;
  }

  public static int mask(int prefixLength) {
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }

  /** Number of addresses in the block. */
  public long size() {
    return 1L << (32 - prefixLength);
  }

  /** Addresses left for hosts in an AWS subnet of this size (AWS keeps five). */
  public long usableAddresses() {
    return Math.max(0, size() - AWS_RESERVED_ADDRESSES);
  }

  public boolean contains(int address) {
    return (address & mask(prefixLength)) == network;
  }

  /** True when every address of {@code other} is in this block. */
  public boolean contains(Cidr other) {
    return other.prefixLength >= prefixLength && contains(other.network);
  }

  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  public int firstAddress() {
    return network;
  }

  public int lastAddress() {
    return network | ~mask(prefixLength);
  }

  /** The {@code index}-th block of {@code newPrefix} inside this one (as Fn::Cidr carves). */
  public Cidr subnet(int newPrefix, int index) {
    if (newPrefix < prefixLength || newPrefix > 32) {
      throw new InvalidValueException("cannot carve /" + newPrefix + " blocks out of " + this);
    }
    long count = 1L << (newPrefix - prefixLength);
    if (index < 0 || index >= count) {
      throw new InvalidValueException(this + " holds only " + count + " blocks of /" + newPrefix);
    }
    return new Cidr((int) (network + ((long) index << (32 - newPrefix))), newPrefix);
  }

  public static String format(int address) {
    return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "." + (address & 255);
  }

  @Override
  public int compareTo(Cidr other) {
    int byNetwork = Integer.compareUnsigned(network, other.network);
    return byNetwork != 0 ? byNetwork : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public String toString() {
    return format(network) + "/" + prefixLength;
  }
}
