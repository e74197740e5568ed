package dev.netwright.model;

/** A value (a CIDR, an id, a region, a port) that does not parse or is out of range. */
public final class InvalidValueException extends NetwrightException {
  public InvalidValueException(String message) {
    super(message);
  }
}
