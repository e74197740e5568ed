package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;

/** The other side of a security group rule: a CIDR block, another security group or a prefix list. */
public sealed interface RulePeer permits RulePeer.CidrPeer, RulePeer.GroupPeer, RulePeer.PrefixListPeer {

  /** Reads {@code 10.0.0.0/16}, {@code pl-…} or otherwise a security group id. */
  static RulePeer parse(String text) {
    if (text != null && text.startsWith("pl-")) {
      return new PrefixListPeer(PrefixListId.of(text));
    }
    if (text != null && !text.isEmpty() && Character.isDigit(text.charAt(0)) && text.contains("/")) {
      return new CidrPeer(Cidr.parse(text));
    }
    return new GroupPeer(ElementId.of(text));
  }

  String text();

  /** Traffic from or to a CIDR block. */
  record CidrPeer(Cidr cidr) implements RulePeer {
    @Override
    public String text() {
      return cidr.toString();
    }
  }

  /** Traffic from or to the members of a security group. */
  record GroupPeer(ElementId groupId) implements RulePeer {
    @Override
    public String text() {
      return groupId.value();
    }
  }

  /** Traffic from or to the addresses of a prefix list. */
  record PrefixListPeer(PrefixListId prefixList) implements RulePeer {
    @Override
    public String text() {
      return prefixList.value();
    }
  }
}
