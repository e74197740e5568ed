package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a network ACL the way AWS does (rules in number order, the first match decides, the last
 * rule {@code *} denies the rest), for the checks: which packets of a set one direction lets
 * through, and which rules never decide anything.
 */
public final class AclReading {
  private AclReading() {
  }

  /** Where some packets of a set are denied: by {@code rule}, or by the last rule {@code *} when it is null; {@code block} holds them. */
  public record Denial(AclRule rule, Cidr block) {
    /** How a message names the rule: {@code rule 90} or {@code rule *}. */
    public String ruleText() {
      return rule == null ? "rule *" : "rule " + rule.number();
    }
  }

  /** Where one direction denies some of {@code protocol} to {@code ports} from (inbound) or to (outbound) {@code block}; empty when it allows all. */
  public static Optional<Denial> denial(NetworkAcl acl, boolean inbound, Protocol protocol, PortRange ports, Cidr block) {
    RuleVerdict<AclRule> verdict = RuleVerdict.decide(entries(acl.rules(inbound), protocol),
        List.of(new PacketSpace.Piece(block, ports)));
    RuleVerdict.Denial<AclRule> denial = verdict.firstDenial();
    return denial == null ? Optional.empty() : Optional.of(new Denial(denial.origin(), denial.piece().cidr()));
  }

  /** The allow rules of one direction that let some of {@code protocol} to {@code ports} from or to {@code block} through. */
  public static List<AclRule> allowing(NetworkAcl acl, boolean inbound, Protocol protocol, PortRange ports, Cidr block) {
    RuleVerdict<AclRule> verdict = RuleVerdict.decide(entries(acl.rules(inbound), protocol),
        List.of(new PacketSpace.Piece(block, ports)));
    return verdict.allowedBy().stream().filter(AclRule::allows).toList();
  }

  /**
   * The earlier rules of the same direction that together decide every packet {@code rule} matches,
   * so that it never applies; empty when it still decides some.
   */
  public static List<AclRule> shadowing(NetworkAcl acl, boolean inbound, AclRule rule) {
    List<AclRule> earlier = new ArrayList<>();
    for (AclRule other : acl.rules(inbound)) {
      if (other.number() >= rule.number()) {
        break;
      }
      if (other.protocol() == Protocol.ALL || other.protocol() == rule.protocol()) {
        earlier.add(other);
      }
    }
    // every earlier rule counts as deciding, whatever it decides: mark all of them as allowing
    List<RuleVerdict.Entry<AclRule>> entries = new ArrayList<>();
    for (AclRule other : earlier) {
      entries.add(new RuleVerdict.Entry<>(other.cidr(), spanOf(other), true, other));
    }
    RuleVerdict<AclRule> verdict = RuleVerdict.decide(entries, List.of(new PacketSpace.Piece(rule.cidr(), spanOf(rule))));
    return verdict.allAllowed() ? verdict.allowedBy() : List.of();
  }

  /** The rules of a direction about {@code protocol}, as entries of a {@link RuleVerdict}. */
  static List<RuleVerdict.Entry<AclRule>> entries(List<AclRule> rules, Protocol protocol) {
    List<RuleVerdict.Entry<AclRule>> entries = new ArrayList<>();
    for (AclRule rule : rules) {
      if (rule.coversProtocol(protocol)) {
        entries.add(new RuleVerdict.Entry<>(rule.cidr(), spanOf(rule), rule.allows(), rule));
      }
    }
    return entries;
  }

  /** The ports (TCP, UDP) or ICMP types a rule matches. */
  static PortRange spanOf(AclRule rule) {
    return switch (rule.protocol()) {
      case TCP, UDP -> rule.ports();
      case ICMP -> rule.icmpType() < 0 ? PortRange.ALL : PortRange.single(rule.icmpType());
      default -> PortRange.ALL;
    };
  }
}
