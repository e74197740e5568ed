package dev.netwright.model.check.rules;

import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityRule;
import java.util.List;

/**
 * What the Security Hub controls EC2.18 and EC2.19 call unrestricted: an inbound rule from
 * 0.0.0.0/0 (the design holds no IPv6 blocks, so ::/0 cannot occur), and the ports they name.
 */
final class OpenToTheInternet {
  /** EC2.19's high-risk ports: remote administration, file sharing, mail, databases, dashboards. */
  static final List<Integer> HIGH_RISK_PORTS = List.of(20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333,
      5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300);
  /** EC2.18's default authorised ports: the only ones it lets be open to everyone. */
  static final List<Integer> AUTHORISED_PORTS = List.of(80, 443);

  private OpenToTheInternet() {
  }

  static boolean fromAnywhere(SecurityRule rule) {
    return rule.peer() instanceof RulePeer.CidrPeer cidr && cidr.cidr().prefixLength() == 0;
  }

  /** The high-risk ports a rule opens (every one of them for all protocols). */
  static List<Integer> highRiskPorts(SecurityRule rule) {
    if (rule.protocol() == Protocol.ICMP) {
      return List.of();
    }
    PortRange ports = rule.protocol() == Protocol.ALL ? PortRange.ALL : rule.ports();
    return HIGH_RISK_PORTS.stream().filter(ports::contains).toList();
  }

  /** True when a rule opens a port other than the authorised ones. */
  static boolean opensUnauthorised(SecurityRule rule) {
    if (rule.protocol() == Protocol.ALL || rule.protocol() == Protocol.ICMP) {
      return true;
    }
    PortRange ports = rule.ports();
    return !(ports.from() == ports.to() && AUTHORISED_PORTS.contains(ports.from()));
  }
}
