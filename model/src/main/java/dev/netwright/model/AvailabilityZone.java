package dev.netwright.model;

/** An Availability Zone name such as {@code us-east-1a}: a region followed by one letter. */
public record AvailabilityZone(String name) implements Comparable<AvailabilityZone> {
  public AvailabilityZone {
    // a region name, which ends in a digit, then one letter
    if (name == null || name.length() < 2 || name.charAt(name.length() - 1) < 'a' || name.charAt(name.length() - 1) > 'z'
        || !Region.isName(name, 0, name.length() - 1)) {
      throw new InvalidValueException("'" + name + "' is not an Availability Zone name such as us-east-1a");
    }
  }

  public static AvailabilityZone of(String name) {
    return new AvailabilityZone(name);
  }

  public Region region() {
    return new Region(name.substring(0, name.length() - 1));
  }

  /** The zone's letter, e.g. {@code a} for us-east-1a. */
  public char letter() {
    return name.charAt(name.length() - 1);
  }

  @Override
  public int compareTo(AvailabilityZone other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
