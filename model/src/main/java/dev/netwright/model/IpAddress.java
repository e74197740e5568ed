package dev.netwright.model;

/** One IPv4 address, such as a workload's private address {@code 10.0.1.25}. */
public record IpAddress(int value) implements Comparable<IpAddress> {

  /** Reads a dotted address such as {@code 10.0.1.25}; throws {@link InvalidValueException} saying what is wrong. */
  public static IpAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("an IPv4 address is missing: write one such as 10.0.1.25");
    }
    try {
      return new IpAddress(Cidr.parseAddress(text.trim(), text));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("'" + text + "' is not an IPv4 address such as 10.0.1.25");
    }
  }

  /** The block of this one address: {@code 10.0.1.25/32}. */
  public Cidr asCidr() {
    return new Cidr(value, 32);
  }

  @Override
  public int compareTo(IpAddress other) {
    return Integer.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return Cidr.format(value);
  }
}
