package dev.netwright.model.format;

/**
 * What the reader throws inside itself: a problem at a place in the JSON tree, or at an element.
 * {@link DesignReader} turns it into a {@link DesignFileException} that also names the file and
 * the line. No stack trace is kept: it is a message, not a bug.
 */
final class PlacedProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final JsonPlace place;
  private final String elementId;

  PlacedProblem(JsonPlace place, String elementId, String message) {
    super(message, null, false, false);
    this.place = place;
    this.elementId = elementId;
  }

  PlacedProblem(JsonPlace place, String message) {
    this(place, null, message);
  }

  JsonPlace place() {
    return place;
  }

  /** The id of the element the problem is at, or null when it is not at one. */
  String elementId() {
    return elementId;
  }
}
