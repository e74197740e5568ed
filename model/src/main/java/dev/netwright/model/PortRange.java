package dev.netwright.model;

/** An inclusive range of TCP or UDP ports, e.g. 443 or 1024-65535. */
public record PortRange(int from, int to) {
  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || from > 65535 || to < 0 || to > 65535) {
      throw new InvalidValueException("port range " + from + "-" + to + " is outside 0-65535");
    }
    if (from > to) {
      throw new InvalidValueException("port range " + from + "-" + to + " starts after it ends");
    }
  }

  public static PortRange single(int port) {
    return new PortRange(port, port);
  }

  /** Reads {@code 443}, {@code 1024-65535} or {@code all}. */
  public static PortRange parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("a port range is missing: use a port like 443 or a range like 1024-65535");
    }
    String trimmed = text.trim();
    if (trimmed.equalsIgnoreCase("all")) {
      return ALL;
    }
    if (trimmed.startsWith("-")) {
      throw new InvalidValueException("'" + text + "' is not a port: ports run from 0 to 65535");
    }
    int dash = trimmed.indexOf('-', 1);
    String from = dash < 0 ? trimmed : trimmed.substring(0, dash).trim();
    String to = dash < 0 ? trimmed : trimmed.substring(dash + 1).trim();
    if (!Text.isAsciiDigits(from) || !Text.isAsciiDigits(to) || from.length() > 5 || to.length() > 5) {
      throw new InvalidValueException("'" + text + "' is not a port or port range such as 443 or 1024-65535");
    }
    return new PortRange(Integer.parseInt(from), Integer.parseInt(to));
  }

  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
