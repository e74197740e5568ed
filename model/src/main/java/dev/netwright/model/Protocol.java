package dev.netwright.model;

import java.util.Locale;

/** The IP protocol of a security group rule, named as the EC2 API names it. */
public enum Protocol {
  TCP("tcp"),
  UDP("udp"),
  ICMP("icmp"),
  ALL("-1");

  private final String code;

  Protocol(String code) {
    this.code = code;
  }

  /** The EC2 API's name: {@code tcp}, {@code udp}, {@code icmp} or {@code -1} for all. */
  public String code() {
    return code;
  }

  /** Reads {@code tcp}, {@code udp}, {@code icmp}, {@code -1}, {@code all} or the IANA numbers 6, 17, 1. */
  public static Protocol parse(String text) {
    if (text == null) {
      throw new InvalidValueException("a protocol is missing: use tcp, udp, icmp or -1 (all)");
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "tcp": case "6": return TCP;
      case "udp": case "17": return UDP;
      case "icmp": case "1": return ICMP;
      case "-1": case "all": return ALL;
      default:
        throw new InvalidValueException("'" + text + "' is not a protocol: use tcp, udp, icmp or -1 (all)");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
