package dev.netwright.model.check.rules;

import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of element a route may send traffic to. An opaque resource counts: it may be a transit
 * gateway or a network interface that Netwright keeps but does not model.
 */
final class RouteTargets {
  private static final Set<ElementKind> ROUTABLE = EnumSet.of(ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY,
      ElementKind.GATEWAY_ENDPOINT, ElementKind.INTERFACE_ENDPOINT, ElementKind.PEERING, ElementKind.VPN_GATEWAY,
      ElementKind.TRANSIT_GATEWAY, ElementKind.OPAQUE);

  private RouteTargets() {
  }

  static boolean routable(Element element) {
    return ROUTABLE.contains(element.kind());
  }
}
