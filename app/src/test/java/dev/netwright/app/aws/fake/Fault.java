package dev.netwright.app.aws.fake;

/** What the fake does instead of answering normally at a chosen call. */
public record Fault(Kind kind, String code) {
  /** The kinds of fault: an EC2 error, throttling, a response held back past the client's timeout, or none at all. */
  public enum Kind { ERROR, THROTTLE, SLOW, DROP }

  /** A non-retryable EC2 error with this code. */
  public static Fault error(String code) {
    return new Fault(Kind.ERROR, code);
  }

  /** {@code RequestLimitExceeded}, which the SDK retries. */
  public static Fault throttle() {
    return new Fault(Kind.THROTTLE, "RequestLimitExceeded");
  }

  /** The call is carried out but its response comes after the client has given up waiting. */
  public static Fault slow() {
    return new Fault(Kind.SLOW, null);
  }

  /** The call is carried out but the connection closes without a response. */
  public static Fault drop() {
    return new Fault(Kind.DROP, null);
  }
}
