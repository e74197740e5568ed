package dev.netwright.model.format;

import dev.netwright.model.NetwrightException;

/**
 * A design file that cannot be loaded or saved. The message names the file and the place in it
 * (a JSON path such as {@code $.elements[3].cidr}, with line and column when known, or an element
 * id), then says what is wrong, so that it can be shown to a person as it is.
 */
public final class DesignFileException extends NetwrightException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String place;

  public DesignFileException(String source, String place, String problem) {
    super(source + (place.isEmpty() ? "" : ": " + place) + ": " + problem);
    this.source = source;
    this.place = place;
  }

  public DesignFileException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
    this.place = "";
  }

  /** The file (or other source) the problem is in. */
  public String source() {
    return source;
  }

  /** Where in the file: a JSON path with line and column, an element id, or empty for the file as a whole. */
  public String place() {
    return place;
  }
}
