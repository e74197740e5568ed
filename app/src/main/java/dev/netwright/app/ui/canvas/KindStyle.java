package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** The colour of each kind of element, shared by the canvas, the palette and the SVG export. */
public final class KindStyle {
  private static final Map<ElementKind, Color> ACCENT = new EnumMap<>(ElementKind.class);

  static {
    ACCENT.put(ElementKind.VPC, Color.web("#7b3fe4"));
    ACCENT.put(ElementKind.SUBNET, Color.web("#2e7d32"));
    ACCENT.put(ElementKind.ROUTE_TABLE, Color.web("#5c6bc0"));
    ACCENT.put(ElementKind.INTERNET_GATEWAY, Color.web("#ef6c00"));
    ACCENT.put(ElementKind.NAT_GATEWAY, Color.web("#d84315"));
    ACCENT.put(ElementKind.GATEWAY_ENDPOINT, Color.web("#00897b"));
    ACCENT.put(ElementKind.INTERFACE_ENDPOINT, Color.web("#0277bd"));
    ACCENT.put(ElementKind.SECURITY_GROUP, Color.web("#c62828"));
    ACCENT.put(ElementKind.PEERING, Color.web("#6d4c41"));
    ACCENT.put(ElementKind.VPN_GATEWAY, Color.web("#455a64"));
    ACCENT.put(ElementKind.OPAQUE, Color.web("#757575"));
  }

  public static final Color TEXT = Color.web("#1f2933");
  public static final Color MUTED_TEXT = Color.web("#52606d");
  public static final Color SELECTION = Color.web("#1e88e5");
  public static final Color ERROR = Color.web("#d32f2f");
  public static final Color PATH = Color.web("#f9a825");
  public static final Color BACKGROUND = Color.web("#f7f8fa");
  public static final Color GRID = Color.web("#e4e7eb");
  public static final Color PUBLIC = Color.web("#e8f5e9");
  public static final Color PRIVATE = Color.web("#e3f2fd");
  public static final Color ISOLATED = Color.web("#eceff1");

  private KindStyle() {
  }

  /** The colour that marks a kind: borders, icons, the palette. */
  public static Color accent(ElementKind kind) {
    return ACCENT.get(kind);
  }

  /** A pale fill of the kind's colour for its box. */
  public static Color fill(ElementKind kind) {
    return accent(kind).interpolate(Color.WHITE, 0.9);
  }

  /** The fill of a subnet by how it reaches the internet. */
  public static Color fill(SubnetExposure exposure) {
    switch (exposure) {
      case PUBLIC:
        return PUBLIC;
      case PRIVATE:
        return PRIVATE;
      default:
        return ISOLATED;
    }
  }

  public static String hex(Color color) {
    return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
        Math.round(color.getBlue() * 255));
  }
}
