package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A call to AWS that failed, told in one line: what Netwright was doing, AWS's error code and
 * message. It carries no request, header or credential: only what AWS said.
 */
public final class AwsFailure extends NetwrightException {
  private final String code;

  private AwsFailure(String message, String code) {
    super(message);
    this.code = code;
  }

  /** The AWS error code, such as {@code UnauthorizedOperation}, when AWS answered with one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  static AwsFailure of(String doing, SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = service.awsErrorDetails().errorCode();
      String text = service.awsErrorDetails().errorMessage();
      return new AwsFailure(doing + ": " + code + (text == null ? "" : ": " + text), code);
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    return new AwsFailure(doing + ": " + text, null);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
