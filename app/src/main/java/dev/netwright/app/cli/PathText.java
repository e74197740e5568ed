package dev.netwright.app.cli;

import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Path answers as a network engineer would explain them: a verdict with what the path crosses and
 * costs, then the hops as a chain, e.g. {@code AppA → AppRt: 0.0.0.0/0 via NatA → NatA (in PublicA
 * (us-east-1a)) → …}, and, when blocked, where and why.
 */
final class PathText {
  private PathText() {
  }

  /** The verdict: {@code reachable through gateway endpoint S3GatewayEndpoint, privately; $0 per GB}. */
  static String verdict(PathAnswer answer) {
    if (!answer.reachable()) {
      return "not reachable";
    }
    List<String> facts = new ArrayList<>();
    if (answer.endpoint() != null) {
      String kind = answer.hops().stream().filter(hop -> hop.id().equals(answer.endpoint())).map(Hop::kind).findFirst().orElse("");
      facts.add("through " + kind.replace('-', ' ') + " " + answer.endpoint());
    }
    if (answer.viaNat()) {
      facts.add("through a NAT gateway");
    }
    facts.add(answer.crossesInternet() ? "out over the internet" : "without crossing the internet");
    if (answer.crossesAz()) {
      facts.add("across Availability Zones");
    }
    return "reachable " + String.join(", ", facts) + "; " + cost(answer.costPerGb()) + " per GB";
  }

  static String cost(double perGb) {
    return perGb == 0 ? "$0" : String.format(Locale.ROOT, "$%.3f", perGb);
  }

  /** The hops as a chain, each with what happens there; {@code fromIndex} skips leading hops. */
  static String chain(PathAnswer answer, int fromIndex) {
    List<String> parts = new ArrayList<>();
    List<Hop> hops = answer.hops();
    for (int i = fromIndex; i < hops.size(); i++) {
      parts.add(hop(hops.get(i)));
    }
    return String.join(" → ", parts);
  }

  private static String hop(Hop hop) {
    if (hop.detail().isEmpty()) {
      return hop.id();
    }
    if (hop.kind().equals(Hop.ROUTE_TABLE)) {
      return hop.id() + ": " + hop.detail().replace(" -> ", " via ");
    }
    return hop.id() + " (" + hop.detail() + ")";
  }

  /** The whole explanation of one answer, as {@code reach} prints it. */
  static List<String> explain(PathAnswer answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.from() + " → " + answer.to() + ": " + verdict(answer));
    lines.add("  " + chain(answer, 0));
    if (answer.blockedBy() != null) {
      lines.add("  blocked at " + answer.blockedBy().id() + ": " + answer.blockedBy().reason());
    }
    return lines;
  }
}
