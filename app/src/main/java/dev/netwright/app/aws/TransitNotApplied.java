package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What joins VPCs that this version of apply does not make: Route 53 Resolver endpoints (the SDK's
 * route53resolver module resolves only at an older SDK than Netwright's; see docs/aws.md). A plan
 * says so. Transit gateways and all their attachments ({@link TransitCreator},
 * {@link TransitAttachmentCreator}) and private hosted zones ({@link HostedZoneSteps}) are applied.
 */
final class TransitNotApplied {
  static final Set<ElementKind> KINDS = EnumSet.of(ElementKind.RESOLVER_ENDPOINT);

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
    int dns = design.resolverEndpoints().size();
    StringBuilder note = new StringBuilder();
    if (dns > 0) {
      note.append(dns).append(dns == 1 ? " Route 53 Resolver endpoint" : " Route 53 Resolver endpoints")
          .append(" (apply does not make or read them: make them with the exported template)");
    }
    return note.length() == 0 ? Optional.empty() : Optional.of(note.toString());
  }
}
