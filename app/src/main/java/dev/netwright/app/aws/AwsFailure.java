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
  /** A setting the person must give before AWS can be reached; each place that asks for it words the fix its own way. */
  public enum Missing {
    /** No credentials in the profile or the SDK's default chain. */
    CREDENTIALS,
    /** No region given, and none in the profile or environment. */
    REGION
  }

  private final String code;
  private final String doing;
  private final Missing missing;

  private AwsFailure(String message, String code, String doing, Missing missing) {
    super(message);
    this.code = code;
    this.doing = doing;
    this.missing = missing;
  }

  private AwsFailure(String message, String code) {
    this(message, code, "", null);
  }

  /** What Netwright was doing when it failed, e.g. "reading region us-east-1"; empty when not known. */
  public String doing() {
    return doing;
  }

  /**
   * The setting that was missing, when that is why the call failed. The message says how to give
   * it on the command line; a dialog says which of its fields to fill instead.
   */
  public Optional<Missing> missing() {
    return Optional.ofNullable(missing);
  }

  /** No region was given and none could be found. */
  static AwsFailure missingRegion(String doing) {
    return new AwsFailure(doing + ": no AWS region given; use --region, or set AWS_REGION or a profile's region", null, doing,
        Missing.REGION);
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
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("Unable to load credentials")) {
      // the SDK lists every provider of its chain with Java class names: say what to do instead
      return new AwsFailure(doing + ": no AWS credentials found; name a profile with --profile (run 'aws sso login'"
          + " first for SSO), or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", null, doing,
          Missing.CREDENTIALS);
    }
    if (message.startsWith("Unable to load region")) {
      return missingRegion(doing);
    }
    String text = message.isEmpty() ? "the AWS SDK failed without a message" : firstLine(message);
    return new AwsFailure(doing + ": " + text, null);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
