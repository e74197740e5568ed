package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;

/**
 * One ingress or egress rule of a security group. For protocol {@link Protocol#ALL} the ports are
 * always {@link PortRange#ALL}; for ICMP they are ignored and kept as ALL.
 */
public record SecurityRule(Protocol protocol, PortRange ports, RulePeer peer, String description) {
  public SecurityRule {
    if (protocol == null) {
      throw new InvalidValueException("a security group rule needs a protocol");
    }
    if (peer == null) {
      throw new InvalidValueException("a security group rule needs a source or destination");
    }
    if (protocol == Protocol.ALL || protocol == Protocol.ICMP || ports == null) {
      ports = PortRange.ALL;
    }
    description = description == null ? "" : description;
  }

  public static SecurityRule tcp(int port, RulePeer peer) {
    return new SecurityRule(Protocol.TCP, PortRange.single(port), peer, "");
  }

  public static SecurityRule all(RulePeer peer) {
    return new SecurityRule(Protocol.ALL, PortRange.ALL, peer, "");
  }

  /** True when this rule lets TCP traffic to {@code port} through (ignoring who the peer is). */
  public boolean admitsTcp(int port) {
    return (protocol == Protocol.ALL || protocol == Protocol.TCP) && ports.contains(port);
  }

  @Override
  public String toString() {
    return protocol + " " + ports + " " + peer.text();
  }
}
