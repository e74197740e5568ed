package dev.netwright.model;

import java.util.regex.Pattern;

/** An AWS region name such as {@code us-east-1} or {@code us-gov-west-1}. */
public record Region(String name) implements Comparable<Region> {
  private static final Pattern VALID = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  public static final Region US_EAST_1 = new Region("us-east-1");

  public Region {
    if (name == null || !VALID.matcher(name).matches()) {
      throw new InvalidValueException("'" + name + "' is not an AWS region name such as us-east-1");
    }
  }

  public static Region of(String name) {
    return new Region(name);
  }

  /** The Availability Zone of this region with the given letter, e.g. {@code a}. */
  public AvailabilityZone zone(char letter) {
    return new AvailabilityZone(name + letter);
  }

  @Override
  public int compareTo(Region other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
