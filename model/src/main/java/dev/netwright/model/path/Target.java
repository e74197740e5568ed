package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.topology.ServiceName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a path question asks to reach: {@code s3}, {@code dynamodb}, {@code internet}, an AWS
 * service by short name ({@code service:ssm}, in the region of the source's VPC), or an element of
 * the design by id (a subnet, an interface endpoint, a NAT gateway, a VPN gateway's on-premises
 * networks).
 */
public record Target(Kind kind, String name) implements Comparable<Target> {
  /** AWS's short service names: lower-case labels of letters and digits joined by dots or dashes ({@code ecr.api}). */
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  /** Longer than any AWS service's short name. */
  public static final int MAX_SERVICE_NAME = 64;
  private static final int SHOWN = 40;

  /** The kinds of target. */
  public enum Kind { S3, DYNAMODB, INTERNET, SERVICE, ELEMENT }

  public static final Target S3 = new Target(Kind.S3, "s3");
  public static final Target DYNAMODB = new Target(Kind.DYNAMODB, "dynamodb");
  public static final Target INTERNET = new Target(Kind.INTERNET, "internet");

  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** Reads a target as the command line writes it; throws {@link InvalidValueException} saying what is accepted. */
  public static Target parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("a target is missing: use s3, dynamodb, internet, service:NAME or an element id");
    }
    if (!text.strip().equals(text) || text.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidValueException("'" + shown(text) + "' is not a target: it holds spaces; use s3, dynamodb, internet,"
          + " service:NAME or an element id");
    }
    String trimmed = text;
    switch (trimmed) {
      case "s3": return S3;
      case "dynamodb": return DYNAMODB;
      case "internet": return INTERNET;
      default: break;
    }
    if (trimmed.startsWith("service:")) {
      return service(trimmed.substring("service:".length()));
    }
    return element(ElementId.of(trimmed));
  }

  /** An AWS service by short name ({@code ssm}) or full name ({@code com.amazonaws.us-east-1.ssm}). */
  public static Target service(String name) {
    String shortName = ServiceName.shortName(name == null ? "" : name.trim());
    if (shortName.length() > MAX_SERVICE_NAME) {
      throw new InvalidValueException("'service:" + shown(name) + "' does not name a service: a service's short name is at most "
          + MAX_SERVICE_NAME + " characters, such as service:ssm");
    }
    if (!SERVICE.matcher(shortName).matches()) {
      throw new InvalidValueException("'service:" + shown(name) + "' does not name a service: use a short name such as service:ssm");
    }
    if (shortName.equals("s3")) {
      return S3;
    }
    if (shortName.equals("dynamodb")) {
      return DYNAMODB;
    }
    return new Target(Kind.SERVICE, shortName);
  }

  /** The start of a long text, for a message that must stay one readable line. */
  private static String shown(String text) {
    String visible = dev.netwright.model.Text.visible(String.valueOf(text));
    return visible.length() <= SHOWN ? visible : visible.substring(0, SHOWN) + "…";
  }

  public static Target element(ElementId id) {
    return new Target(Kind.ELEMENT, id.value());
  }

  /** True for the targets that are AWS services: s3, dynamodb and service:NAME. */
  public boolean isService() {
    return kind == Kind.S3 || kind == Kind.DYNAMODB || kind == Kind.SERVICE;
  }

  /** The element this target names; only for {@link Kind#ELEMENT}. */
  public ElementId elementId() {
    if (kind != Kind.ELEMENT) {
      throw new IllegalStateException(this + " names no element");
    }
    return ElementId.of(name);
  }

  /** The target as the command line and JSON write it: {@code s3}, {@code service:ssm}, an id. */
  public String text() {
    return kind == Kind.SERVICE ? "service:" + name : name;
  }

  @Override
  public int compareTo(Target other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return text();
  }
}
