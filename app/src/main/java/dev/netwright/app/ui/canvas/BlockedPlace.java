package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.document.Bounds;

/**
 * Where the canvas marks what blocks a path: of the places the blocking element is drawn in (a
 * network ACL's chip on each subnet that uses it), the one on the element where it blocks, else
 * its first place.
 */
final class BlockedPlace {
  private BlockedPlace() {
  }

  static Bounds of(Diagram diagram, ElementView blocker, HighlightedPath path) {
    return path.blockerPlace().flatMap(diagram::view).flatMap(at -> blocker.places().stream()
        .filter(place -> at.bounds().contains(place.centerX(), place.centerY())).findFirst())
        .orElse(blocker.bounds());
  }
}
