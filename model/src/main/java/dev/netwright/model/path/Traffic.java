package dev.netwright.model.path;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;

/**
 * What a path question sends: TCP or UDP to a port, or an ICMP echo request. Services and
 * endpoints are always reached on {@link #HTTPS}; other targets take what the question says.
 */
public record Traffic(Protocol protocol, int port) {
  /** TCP 443: what services and endpoints are reached on, and the default of a question. */
  public static final Traffic HTTPS = new Traffic(Protocol.TCP, 443);
  /** The ports a reply comes back to: 1024-65535 covers the ephemeral ports of every client AWS documents. */
  public static final PortRange EPHEMERAL = new PortRange(1024, 65535);
  static final int ICMP_ECHO = 8;
  static final int ICMP_ECHO_REPLY = 0;

  public Traffic {
    if (protocol == null || protocol == Protocol.ALL) {
      throw new InvalidValueException("a path question sends tcp, udp or icmp, not every protocol at once");
    }
    if (protocol == Protocol.ICMP) {
      port = 0;
    } else if (port < 0 || port > 65535) {
      throw new InvalidValueException("port " + port + " is outside 0-65535");
    }
  }

  /** Reads {@code --protocol} and {@code --port} as the command line gives them. */
  public static Traffic of(String protocol, int port) {
    return new Traffic(Protocol.parse(protocol), port);
  }

  /** The destination ports (or, for ICMP, the types) the request is sent to. */
  PortRange requestSpan() {
    return protocol == Protocol.ICMP ? PortRange.single(ICMP_ECHO) : PortRange.single(port);
  }

  /** The destination ports (or, for ICMP, the types) the replies come back to. */
  PortRange replySpan() {
    return protocol == Protocol.ICMP ? PortRange.single(ICMP_ECHO_REPLY) : EPHEMERAL;
  }

  /** As messages write it: {@code TCP 443}, {@code UDP 53}, {@code ICMP echo}. */
  public String text() {
    return protocol == Protocol.ICMP ? "ICMP echo" : protocol.code().toUpperCase(java.util.Locale.ROOT) + " " + port;
  }

  /** The replies in words: {@code TCP 1024-65535}, {@code ICMP echo reply}. */
  String replyText() {
    return protocol == Protocol.ICMP ? "ICMP echo reply" : protocol.code().toUpperCase(java.util.Locale.ROOT) + " " + EPHEMERAL;
  }

  @Override
  public String toString() {
    return text();
  }
}
