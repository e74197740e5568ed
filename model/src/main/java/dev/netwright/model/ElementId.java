package dev.netwright.model;

/**
 * The stable id of an element of a design: a design's own id, a CloudFormation logical id or an
 * AWS id such as {@code subnet-0abc}. Its hash never changes, so it is the key of graphs and maps.
 */
public record ElementId(String value) implements Comparable<ElementId> {
  public ElementId {
    if (value == null || !isValid(value)) {
      String shown = value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
      throw new InvalidValueException("'" + (shown == null ? null : Text.visible(shown)) + "' is not a valid element id: use letters, digits, '-', '_', '.' or ':',"
          + " starting with a letter or digit, at most 255 characters");
    }
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,254}}, checked without a regular expression (millions of ids are made by a big read). */
  private static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > 255 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
