package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What joins VPCs that this version of apply does not make: VPN and peering attachments of transit
 * gateways (import reads them; apply leaves them as they run: a VPN needs the customer's device, a
 * peering the other side's acceptance), and Route 53 Resolver endpoints (the SDK's route53resolver
 * module resolves only at an older SDK than Netwright's; see docs/aws.md). A plan says so. Private
 * hosted zones are applied ({@link HostedZoneSteps}).
 */
final class TransitNotApplied {
  static final Set<ElementKind> KINDS = EnumSet.of(ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT,
      ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT, ElementKind.RESOLVER_ENDPOINT);

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
    int dns = design.resolverEndpoints().size();
    StringBuilder note = new StringBuilder();
    if (transit > 0) {
      note.append(transit).append(transit == 1 ? " VPN or peering attachment" : " VPN and peering attachments")
          .append(" of transit gateways (apply reads them but does not make or change them: a VPN needs the on-premises device,"
              + " a peering the other side's acceptance)");
    }
    if (dns > 0) {
      note.append(transit > 0 ? "; " : "").append(dns).append(dns == 1 ? " Route 53 Resolver endpoint" : " Route 53 Resolver endpoints")
          .append(" (apply does not make or read them: make them with the exported template)");
    }
    return note.length() == 0 ? Optional.empty() : Optional.of(note.toString());
  }
}
