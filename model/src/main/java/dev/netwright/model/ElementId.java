package dev.netwright.model;

import java.util.regex.Pattern;

/**
 * The stable id of an element of a design: a design's own id, a CloudFormation logical id or an
 * AWS id such as {@code subnet-0abc}. Its hash never changes, so it is the key of graphs and maps.
 */
public record ElementId(String value) implements Comparable<ElementId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,254}");

  public ElementId {
    if (value == null || !VALID.matcher(value).matches()) {
      String shown = value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
      throw new InvalidValueException("'" + (shown == null ? null : Text.visible(shown)) + "' is not a valid element id: use letters, digits, '-', '_', '.' or ':',"
          + " starting with a letter or digit, at most 255 characters");
    }
  }

  public static ElementId of(String value) {
    return new ElementId(value);
  }

  @Override
  public int compareTo(ElementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
