package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;

/**
 * One numbered rule of a network ACL, for one direction: traffic of {@code protocol} to
 * {@code ports} (TCP, UDP) or of ICMP type {@code icmpType} (-1 for every type), from (inbound) or
 * to (outbound) {@code cidr}, allowed or denied. Rules are checked in ascending number; the first
 * that matches decides. For protocol ALL and ICMP the ports are kept as ALL; {@code icmpType} is
 * kept as -1 except for ICMP.
 */
public record AclRule(int number, Protocol protocol, PortRange ports, int icmpType, Cidr cidr, AclAction action)
    implements Comparable<AclRule> {
  /** The highest rule number a person may use (AWS keeps 32767 for the catch-all rule {@code *}). */
  public static final int MAX_NUMBER = 32766;

  public AclRule {
    if (number < 1 || number > MAX_NUMBER) {
      throw new InvalidValueException("network ACL rule number " + number + " is outside 1-" + MAX_NUMBER);
    }
    if (protocol == null) {
      throw new InvalidValueException("network ACL rule " + number + " needs a protocol");
    }
    if (cidr == null) {
      throw new InvalidValueException("network ACL rule " + number + " needs a CIDR block");
    }
    if (action == null) {
      throw new InvalidValueException("network ACL rule " + number + " needs allow or deny");
    }
    if (protocol != Protocol.TCP && protocol != Protocol.UDP || ports == null) {
      ports = PortRange.ALL;
    }
    if (protocol != Protocol.ICMP) {
      icmpType = -1;
    } else if (icmpType < -1 || icmpType > 255) {
      throw new InvalidValueException("network ACL rule " + number + ": ICMP type " + icmpType + " is outside -1 (all) to 255");
    }
  }

  public static AclRule allowAll(int number) {
    return new AclRule(number, Protocol.ALL, PortRange.ALL, -1, Cidr.ANYWHERE, AclAction.ALLOW);
  }

  public static AclRule tcp(int number, PortRange ports, Cidr cidr, AclAction action) {
    return new AclRule(number, Protocol.TCP, ports, -1, cidr, action);
  }

  public boolean allows() {
    return action == AclAction.ALLOW;
  }

  /** True when this rule is about traffic of {@code traffic}'s protocol (ALL matches every protocol). */
  public boolean coversProtocol(Protocol traffic) {
    return protocol == Protocol.ALL || protocol == traffic;
  }

  /** What the rule matches, in words: {@code tcp 443 to 0.0.0.0/0}. */
  public String matchText(boolean inbound) {
    String what = switch (protocol) {
      case ALL -> "all traffic";
      case ICMP -> icmpType < 0 ? "icmp" : "icmp type " + icmpType;
      default -> protocol.code() + " " + ports;
    };
    return what + (inbound ? " from " : " to ") + cidr;
  }

  @Override
  public int compareTo(AclRule other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return number + " " + action + " " + matchText(false);
  }
}
