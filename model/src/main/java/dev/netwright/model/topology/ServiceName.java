package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS service names of VPC endpoints: {@code com.amazonaws.us-east-1.s3} in full, {@code s3} for
 * short. Endpoint services of other accounts ({@code com.amazonaws.vpce.REGION.vpce-svc-…}) pass
 * through unchanged.
 */
public final class ServiceName {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
  private static final String AWS = "com.amazonaws.";

  private ServiceName() {
  }

  static String check(String service, ElementId owner) {
    if (service == null || !VALID.matcher(service).matches()) {
      throw new InvalidValueException("endpoint " + owner + " has no valid service name (such as com.amazonaws.us-east-1.s3): '"
          + service + "'");
    }
    return service;
  }

  /** The full name of an AWS service in a region, e.g. {@code com.amazonaws.us-east-1.ssm}. */
  public static String full(Region region, String shortName) {
    return "com.amazonaws." + region.name() + "." + shortName;
  }

  /**
   * The DNS name a service answers on in a region, the name a private hosted zone for it is named
   * after: {@code ssm.us-east-1.amazonaws.com}; ECR's two endpoints answer as {@code api.ecr.…} and
   * {@code dkr.ecr.…}.
   */
  public static String hostname(Region region, String shortName) {
    String name = switch (shortName) {
      case "ecr.api" -> "api.ecr";
      case "ecr.dkr" -> "dkr.ecr";
      default -> shortName;
    };
    return name + "." + region.name() + ".amazonaws.com";
  }

  /** The short name, e.g. {@code s3} for {@code com.amazonaws.us-east-1.s3}; the text itself otherwise. */
  public static String shortName(String service) {
    int dot = regionEnd(service);
    return dot < 0 ? service : service.substring(dot + 1);
  }

  /** The region named inside a full AWS service name, empty when it names none. */
  public static Optional<Region> regionOf(String service) {
    int dot = regionEnd(service);
    return dot < 0 ? Optional.empty() : Optional.of(Region.of(service.substring(AWS.length(), dot)));
  }

  /**
   * Where the region of {@code com.amazonaws.REGION.NAME} ends (the dot before the name), -1 when
   * the text is not such a name (as {@code com\.amazonaws\.(REGION)\.(.+)} would match it, read
   * without a regular expression: a region has no dot, so it ends at the first one).
   */
  private static int regionEnd(String service) {
    if (!service.startsWith(AWS)) {
      return -1;
    }
    int dot = service.indexOf('.', AWS.length());
    if (dot < 0 || dot == service.length() - 1 || !Region.isName(service, AWS.length(), dot)) {
      return -1;
    }
    for (int i = dot + 1; i < service.length(); i++) {
      char c = service.charAt(i);
      // '.' matches any character but a line's end
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return -1;
      }
    }
    return dot;
  }
}
