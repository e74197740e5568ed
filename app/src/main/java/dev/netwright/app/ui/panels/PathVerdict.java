package dev.netwright.app.ui.panels;

import dev.netwright.model.path.PathAnswer;
import javafx.scene.Node;

/**
 * How a path answer reads at a glance, and its colour: private (stays on the AWS network without
 * a NAT gateway), through a NAT gateway (works, but pays per GB), across the internet, or blocked.
 */
enum PathVerdict {
  PRIVATE("private", "verdict-reachable"),
  VIA_NAT("via NAT", "verdict-costly"),
  INTERNET("internet", "verdict-internet"),
  BLOCKED("blocked", "verdict-blocked");

  private final String shortText;
  private final String styleClass;

  PathVerdict(String shortText, String styleClass) {
    this.shortText = shortText;
    this.styleClass = styleClass;
  }

  static PathVerdict of(PathAnswer answer) {
    if (!answer.reachable()) {
      return BLOCKED;
    }
    if (answer.viaNat()) {
      return VIA_NAT;
    }
    return answer.crossesInternet() ? INTERNET : PRIVATE;
  }

  /** A word or two for a matrix cell. */
  String shortText() {
    return shortText;
  }

  String styleClass() {
    return styleClass;
  }

  static void applyStyle(Node node, PathVerdict verdict) {
    for (PathVerdict each : values()) {
      node.getStyleClass().remove(each.styleClass);
    }
    if (verdict != null) {
      node.getStyleClass().add(verdict.styleClass);
    }
  }
}
