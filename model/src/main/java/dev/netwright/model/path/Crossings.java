package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The subnet boundaries a packet crosses, where network ACLs apply. ACLs are stateless: a
 * request is checked leaving its subnet (outbound) and entering the other (inbound), and its reply
 * the other way round, on the client's ephemeral ports. Traffic that stays inside one subnet is
 * never checked by an ACL. The first time a packet leaves, the sender's own security groups are
 * checked too.
 */
final class Crossings {
  private Crossings() {
  }

  /** The packet leaves the subnet it is in toward {@code destination}; false (the walk blocked) when a filter stops it. */
  static boolean leave(Walk walk, Destination destination) {
    boolean first = walk.depart();
    if (first && !walk.senderMayLeave(destination)) {
      walk.cutAfterSender();
      return false;
    }
    Subnet here = walk.here();
    if (here == null || destination.subnet() != null && destination.subnet().id().equals(here.id())) {
      return true;
    }
    NetworkAcl acl = walk.aclOf(here);
    if (acl == null) {
      return true;
    }
    Traffic traffic = walk.traffic();
    List<Cidr> blocks = destination.blocks();
    Check request = check(walk, acl, false, traffic, traffic.requestSpan(), blocks);
    Check replies = request.passed() ? check(walk, acl, true, traffic, traffic.replySpan(), blocks) : null;
    Hop hop = walk.memo(new MemoKey(Hop.NETWORK_ACL, acl, here, request, replies, "out"), () -> new Hop(acl.id().value(), Hop.NETWORK_ACL,
        request.lets() + " " + traffic.text() + " out of " + here.id() + (replies == null ? "" : ", " + replies.lets()
        + " the replies in")));
    if (first) {
      walk.insertSourceHop(hop);
    } else {
      walk.hop(hop);
    }
    if (request.passed() && replies.passed()) {
      return true;
    }
    if (first) {
      walk.cutAfterSourceAcl();
    }
    return request.passed() ? blocked(walk, acl, here, replies, true, traffic.replyText(), "from", destination, true)
        : blocked(walk, acl, here, request, false, traffic.text(), "to", destination, false);
  }

  /** The packet enters {@code into} from the walk's current subnet (or from outside the VPC); false when its ACL stops it. */
  static boolean enter(Walk walk, Subnet into) {
    Subnet here = walk.here();
    if (here != null && here.id().equals(into.id())) {
      return true;
    }
    NetworkAcl acl = walk.aclOf(into);
    if (acl == null) {
      return true;
    }
    Traffic traffic = walk.traffic();
    List<Cidr> from = walk.from();
    Check request = check(walk, acl, true, traffic, traffic.requestSpan(), walk.from());
    Check replies = request.passed() ? check(walk, acl, false, traffic, traffic.replySpan(), walk.from()) : null;
    walk.hop(walk.memo(new MemoKey(Hop.NETWORK_ACL, acl, into, request, replies, "in"), () -> new Hop(acl.id().value(), Hop.NETWORK_ACL,
        request.lets() + " " + traffic.text() + " into " + into.id() + (replies == null ? "" : ", " + replies.lets()
        + " the replies out"))));
    if (request.passed() && replies.passed()) {
      return true;
    }
    Destination sources = Destination.outside(from.stream().map(Cidr::toString).collect(Collectors.joining(", ")), from);
    return request.passed() ? blocked(walk, acl, into, replies, false, traffic.replyText(), "to", sources, true)
        : blocked(walk, acl, into, request, true, traffic.text(), "from", sources, false);
  }

  /**
   * How one direction of an ACL decided a set of packets. Made once per ACL, direction and packets
   * in a slice ({@link #check}), so it is compared and hashed by identity: a memo key holding it
   * then costs nothing to hash, where the verdict's lists would be hashed deep.
   */
  private record Check(RuleVerdict<AclRule> verdict, String lets) {
    /** The check of a verdict, with its {@link #lets} text made once for every hop that shows it. */
    static Check of(RuleVerdict<AclRule> verdict) {
      return new Check(verdict, lets(verdict));
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    boolean passed() {
      return verdict.allAllowed();
    }

    /** Which rules let the packets through, with the verb: "rule 100 lets", "rules 100, 110 let", "no rule lets". */
    private static String lets(RuleVerdict<AclRule> verdict) {
      List<AclRule> used = verdict.allowedBy().stream().filter(AclRule::allows).toList();
      if (used.isEmpty()) {
        return "no rule lets";
      }
      return (used.size() == 1 ? "rule " : "rules ") + used.stream().map(rule -> Integer.toString(rule.number()))
          .collect(Collectors.joining(", ")) + (used.size() == 1 ? " lets" : " let");
    }
  }

  /**
   * How one direction of an ACL decides a set of packets; made once per ACL and set in a VPC's
   * slice. The ACLs of a VPC often have the same rules (one ACL per subnet, made from one
   * template): a verdict is worked out once per rules and set, and shared by those ACLs.
   */
  private static Check check(Walk walk, NetworkAcl acl, boolean inbound, Traffic traffic, PortRange span, List<Cidr> peers) {
    return walk.memo(new MemoKey("acl-check", acl, inbound, traffic.protocol(), span, peers), () -> {
      List<AclRule> rules = acl.rules(inbound);
      return walk.memo(new MemoKey("acl-rules-check", rules, traffic.protocol(), span, peers), () ->
          Check.of(RuleVerdict.decide(AclReading.entries(rules, traffic.protocol()), PacketSpace.of(peers, span))));
    });
  }

  private static boolean blocked(Walk walk, NetworkAcl acl, Subnet subnet, Check check, boolean inbound, String what, String preposition,
      Destination peers, boolean reply) {
    RuleVerdict.Denial<AclRule> denial = check.verdict().firstDenial();
    String direction = inbound ? "inbound" : "outbound";
    String where = "network ACL " + acl.id() + " of " + subnet.id();
    String packets = (reply ? "the replies (" + what : what) + " " + preposition + " "
        + (peers.known() ? denial.piece().cidr().toString() : peers.label()) + (reply ? ")" : "");
    String ruleRef = direction + " " + (denial.origin() == null ? "*" : Integer.toString(denial.origin().number()));
    if (!peers.known() && check.verdict().anyAllowed()) {
      return walk.block(acl.id().value(), where + " lets " + (inbound ? "in" : "out") + " only some addresses, and " + peers.unknown()
          + ": cannot tell whether its rules admit " + packets, ruleRef);
    }
    String reason = denial.origin() == null
        ? where + " has no " + direction + " rule that allows " + packets + ", so its last rule * denies "
            + (reply ? "them" : "it")
        : "rule " + denial.origin().number() + " of " + where + " denies " + direction + " " + packets;
    return walk.block(acl.id().value(), reason, ruleRef);
  }
}
