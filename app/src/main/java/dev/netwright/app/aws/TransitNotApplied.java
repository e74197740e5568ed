package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What joins VPCs that this version of apply does not make: private hosted zones and Resolver
 * endpoints (see docs/aws.md). A plan says so. (Transit gateways and all their attachments are
 * applied: see {@link TransitCreator} and {@link TransitAttachmentCreator}.)
 */
final class TransitNotApplied {
  static final Set<ElementKind> KINDS = EnumSet.of(ElementKind.HOSTED_ZONE, ElementKind.RESOLVER_ENDPOINT);

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
    int dns = design.hostedZones().size() + design.resolverEndpoints().size();
    StringBuilder note = new StringBuilder();
    if (dns > 0) {
      note.append(dns).append(dns == 1 ? " hosted zone or Resolver endpoint" : " hosted zones and Resolver endpoints")
          .append(" (apply does not make Route 53 resources yet)");
    }
    return note.length() == 0 ? Optional.empty() : Optional.of(note.toString());
  }
}
