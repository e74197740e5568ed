package dev.netwright.model;

/** An AWS region name such as {@code us-east-1} or {@code us-gov-west-1}. */
public record Region(String name) implements Comparable<Region> {
  public static final Region US_EAST_1 = new Region("us-east-1");

  public Region {
    if (name == null || !isName(name, 0, name.length())) {
      throw new InvalidValueException("'" + name + "' is not an AWS region name such as us-east-1");
    }
  }

  /**
   * Whether {@code text} from {@code from} to {@code to} is a region name: two letters, one or
   * more {@code -letters}, then {@code -} and one or two digits ({@code [a-z]{2}(-[a-z]+)+-\d{1,2}}),
   * read without a regular expression, as millions of names are checked when a template is read.
   */
  public static boolean isName(CharSequence text, int from, int to) {
    if (to - from < 2 || !isLetter(text.charAt(from)) || !isLetter(text.charAt(from + 1))) {
      return false;
    }
    int i = from + 2;
    boolean letterGroup = false;
    while (i < to && text.charAt(i) == '-') {
      i++;
      int start = i;
      if (i < to && isLetter(text.charAt(i))) {
        while (i < to && isLetter(text.charAt(i))) {
          i++;
        }
        letterGroup = true;
        continue;
      }
      while (i < to && i - start < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      return letterGroup && i > start && i == to;
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
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
