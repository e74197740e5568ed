package dev.netwright.model.diagram;

import dev.netwright.model.topology.ElementKind;
import java.util.EnumMap;
import java.util.Map;

/** The colours of the drawing, shared by its three painters (canvas, SVG, PNG) and the palette. */
public final class DiagramColors {
  private static final Map<ElementKind, Tint> ACCENT = new EnumMap<>(ElementKind.class);

  static {
    ACCENT.put(ElementKind.VPC, Tint.of("#7b3fe4"));
    ACCENT.put(ElementKind.SUBNET, Tint.of("#2e7d32"));
    ACCENT.put(ElementKind.ROUTE_TABLE, Tint.of("#5c6bc0"));
    ACCENT.put(ElementKind.INTERNET_GATEWAY, Tint.of("#ef6c00"));
    ACCENT.put(ElementKind.NAT_GATEWAY, Tint.of("#d84315"));
    ACCENT.put(ElementKind.GATEWAY_ENDPOINT, Tint.of("#00897b"));
    ACCENT.put(ElementKind.INTERFACE_ENDPOINT, Tint.of("#0277bd"));
    ACCENT.put(ElementKind.SECURITY_GROUP, Tint.of("#c62828"));
    ACCENT.put(ElementKind.PEERING, Tint.of("#6d4c41"));
    ACCENT.put(ElementKind.VPN_GATEWAY, Tint.of("#455a64"));
    ACCENT.put(ElementKind.OPAQUE, Tint.of("#757575"));
    ACCENT.put(ElementKind.NETWORK_ACL, Tint.of("#e65100"));
    ACCENT.put(ElementKind.WORKLOAD, Tint.of("#1565c0"));
    ACCENT.put(ElementKind.TRANSIT_GATEWAY, Tint.of("#8e24aa"));
    ACCENT.put(ElementKind.TRANSIT_GATEWAY_VPC_ATTACHMENT, Tint.of("#8e24aa"));
    ACCENT.put(ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT, Tint.of("#8e24aa"));
    ACCENT.put(ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT, Tint.of("#8e24aa"));
    ACCENT.put(ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE, Tint.of("#6a1b9a"));
    ACCENT.put(ElementKind.HOSTED_ZONE, Tint.of("#3949ab"));
    ACCENT.put(ElementKind.RESOLVER_ENDPOINT, Tint.of("#3949ab"));
  }

  public static final Tint TEXT = Tint.of("#1f2933");
  public static final Tint MUTED_TEXT = Tint.of("#52606d");
  public static final Tint SELECTION = Tint.of("#1e88e5");
  public static final Tint ERROR = Tint.of("#d32f2f");
  public static final Tint PATH = Tint.of("#f9a825");
  public static final Tint BACKGROUND = Tint.of("#f7f8fa");
  public static final Tint REGION = Tint.of("#546e7a");
  public static final Tint ZONE = Tint.of("#0073bb");
  public static final Tint PUBLIC = Tint.of("#e8f5e9");
  public static final Tint PRIVATE = Tint.of("#e3f2fd");
  public static final Tint ISOLATED = Tint.of("#eceff1");
  public static final Tint PUBLIC_TAG = Tint.of("#2e7d32");
  public static final Tint PRIVATE_TAG = Tint.of("#1565c0");
  public static final Tint ISOLATED_TAG = Tint.of("#607d8b");

  private DiagramColors() {
  }

  /** The colour that marks a kind: borders, icons, the palette. */
  public static Tint accent(ElementKind kind) {
    return ACCENT.get(kind);
  }

  /** A pale fill of the kind's colour for its box. */
  public static Tint fill(ElementKind kind) {
    return accent(kind).mix(Tint.WHITE, 0.9);
  }
}
