package dev.netwright.model;

import java.util.regex.Pattern;

/** A managed prefix list id such as {@code pl-63a5400a} (the S3 list of us-east-1). */
public record PrefixListId(String value) implements Comparable<PrefixListId> {
  private static final Pattern VALID = Pattern.compile("pl-[0-9a-f]{8,17}");

  public PrefixListId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidValueException("'" + value + "' is not a prefix list id such as pl-63a5400a");
    }
  }

  public static PrefixListId of(String value) {
    return new PrefixListId(value);
  }

  @Override
  public int compareTo(PrefixListId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
