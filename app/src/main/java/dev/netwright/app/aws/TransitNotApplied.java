package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What joins VPCs that this version of apply does not make: VPN and peering attachments of transit
 * gateways (import reads them; apply leaves them as they run: a VPN needs the customer's device, a
 * peering the other side's acceptance), private hosted zones and Resolver endpoints (see
 * docs/aws.md). A plan says so.
 */
final class TransitNotApplied {
  static final Set<ElementKind> KINDS = EnumSet.of(ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT,
      ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT, ElementKind.HOSTED_ZONE, ElementKind.RESOLVER_ENDPOINT);

  private TransitNotApplied() {
  }

  /** {@code kinds} and these. */
  static Set<ElementKind> with(Set<ElementKind> kinds) {
    Set<ElementKind> all = EnumSet.copyOf(KINDS);
    all.addAll(kinds);
    return Set.copyOf(all);
  }

  /** The part of the plan's "Not applied" line for these kinds, when the design has any. */
  static Optional<String> note(Topology design) {
    long transit = design.elements().stream().filter(element -> KINDS.contains(element.kind())
        && element.kind() != ElementKind.HOSTED_ZONE && element.kind() != ElementKind.RESOLVER_ENDPOINT).count();
    int dns = design.hostedZones().size() + design.resolverEndpoints().size();
    StringBuilder note = new StringBuilder();
    if (transit > 0) {
      note.append(transit).append(transit == 1 ? " VPN or peering attachment" : " VPN and peering attachments")
          .append(" of transit gateways (apply reads them but does not make or change them: a VPN needs the on-premises device,"
              + " a peering the other side's acceptance)");
    }
    if (dns > 0) {
      note.append(transit > 0 ? "; " : "").append(dns).append(dns == 1 ? " hosted zone or Resolver endpoint" : " hosted zones and Resolver endpoints")
          .append(" (apply does not make Route 53 resources yet)");
    }
    return note.length() == 0 ? Optional.empty() : Optional.of(note.toString());
  }
}
