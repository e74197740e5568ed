package dev.netwright.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Availability Zone name such as {@code us-east-1a}: a region followed by one letter. */
public record AvailabilityZone(String name) implements Comparable<AvailabilityZone> {
  private static final Pattern VALID = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d{1,2})([a-z])");

  public AvailabilityZone {
    if (name == null || !VALID.matcher(name).matches()) {
      throw new InvalidValueException("'" + name + "' is not an Availability Zone name such as us-east-1a");
    }
  }

  public static AvailabilityZone of(String name) {
    return new AvailabilityZone(name);
  }

  public Region region() {
    Matcher matcher = VALID.matcher(name);
    matcher.matches();
    return new Region(matcher.group(1));
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
