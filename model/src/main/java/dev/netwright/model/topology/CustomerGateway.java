package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;

/**
 * The on-premises side of a site-to-site VPN: the public IPv4 address of the customer's VPN device
 * and the BGP ASN it speaks (AWS's {@code CustomerGateway}: {@code IpAddress}, {@code BgpAsn}).
 * Only the customer knows them; a design without them can be checked and drawn but not applied.
 */
public record CustomerGateway(String ipAddress, long bgpAsn) {
  /** The ASN AWS suggests when a device has none of its own. */
  public static final long DEFAULT_ASN = 65000;

  public CustomerGateway {
    ipAddress = ipAddress == null ? "" : ipAddress.trim();
    if (!ipv4(ipAddress)) {
      throw new InvalidValueException("a customer gateway needs the public IPv4 address of the on-premises VPN device (like"
          + " 203.0.113.10), not '" + ipAddress + "'");
    }
    if (bgpAsn < 1 || bgpAsn > 4_294_967_294L) {
      throw new InvalidValueException("a customer gateway's BGP ASN is 1 to 4294967294, not " + bgpAsn);
    }
  }

  private static boolean ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return ipAddress + " (ASN " + bgpAsn + ")";
  }
}
