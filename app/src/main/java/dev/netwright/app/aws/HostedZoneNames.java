package dev.netwright.app.aws;

import java.util.Locale;

/** How Route 53 writes names and ids, and how the model writes them. */
final class HostedZoneNames {
  /** The resource type of a hosted zone in Route 53's tag calls. */
  static final String TAG_TYPE = "hostedzone";

  private HostedZoneNames() {
  }

  /**
   * A DNS name as the model keeps it: lower case, without the trailing dot, with the {@code \052}
   * Route 53 writes for the asterisk of a wildcard record back as {@code *}.
   */
  static String plain(String name) {
    String text = name.replace("\\052", "*").toLowerCase(Locale.ROOT);
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** A hosted zone's id without the {@code /hostedzone/} Route 53 puts before it in some answers. */
  static String zoneId(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }
}
