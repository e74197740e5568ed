package dev.netwright.model;

/**
 * The project's own failure: something a person gave Netwright (a value, a file, a template, an
 * edit) that it cannot accept. The message says what is wrong and where, in words a network
 * engineer understands; callers show it as it is, never a stack trace.
 */
public class NetwrightException extends RuntimeException {
  public NetwrightException(String message) {
    super(message);
  }

  public NetwrightException(String message, Throwable cause) {
    super(message, cause);
  }
}
