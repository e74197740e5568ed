package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A call to AWS that failed, told in one line: what Netwright was doing, AWS's error code and
 * message, or what went wrong on the way (which endpoint could not be reached). It carries no
 * request, header or credential, and no SDK class name: only what AWS or the network said.
 */
public final class AwsFailure extends NetwrightException {
  /** A fully qualified Java class name, such as software.amazon.awssdk.core.exception.SdkClientException. */
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*\\b:?\\s*");
  /** A bare exception or error class name, such as SdkClientException. */
  private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");
  /** The SDK's own suffix: (Service: Ec2, Status Code: 400, Request ID: …). */
  private static final Pattern SDK_SUFFIX = Pattern.compile("\\s*\\(Service: [^)]*\\)");

  /** A setting the person must give before AWS can be reached; each place that asks for it words the fix its own way. */
  public enum Missing {
    /** No credentials in the profile or the SDK's default chain. */
    CREDENTIALS,
    /** No region given, and none in the profile or environment. */
    REGION
  }

  private final String code;
  private final boolean refused;
  private final String doing;
  private final Missing missing;

  private AwsFailure(String message, String code, boolean refused, String doing, Missing missing) {
    super(message);
    this.code = code;
    this.refused = refused;
    this.doing = doing;
    this.missing = missing;
  }

  private AwsFailure(String message, String code) {
    this(message, code, false, "", null);
  }

  private AwsFailure(String message, String code, boolean refused) {
    this(message, code, refused, "", null);
  }

  private AwsFailure(String message, String code, String doing, Missing missing) {
    this(message, code, false, doing, missing);
  }

  /** True when nothing listened at the endpoint: no region can be to blame. */
  boolean connectionRefused() {
    return refused;
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
    return of(doing, e, null);
  }

  /** The failure of {@code doing}; {@code endpoint} is the endpoint override, named when it cannot be reached. */
  static AwsFailure of(String doing, SdkException e, URI endpoint) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = service.awsErrorDetails().errorCode();
      String text = service.awsErrorDetails().errorMessage();
      if (code == null || code.isBlank()) {
        String status = "HTTP status " + service.statusCode();
        return new AwsFailure(doing + ": the endpoint answered " + status + (text == null || text.isBlank() ? "" : ": " + plain(text))
            + " without an AWS error code", null);
      }
      return new AwsFailure(doing + ": " + code + (text == null || text.isBlank() ? "" : ": " + plain(text)), code);
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
    if (message.contains("Profile file contained no credentials") || message.contains("ProfileFile(")) {
      return new AwsFailure(doing + ": the profile has no credentials (no keys, SSO settings, role_arn or credential_process)", null);
    }
    Optional<Throwable> network = cause(e, ConnectException.class, UnknownHostException.class, SocketTimeoutException.class);
    if (network.isPresent()) {
      Throwable cause = network.get();
      if (cause instanceof UnknownHostException) {
        // the host the SDK chose (an AWS endpoint, say sts.us-east-1.amazonaws.com for a role_arn profile), not the override
        return new AwsFailure(doing + ": cannot connect to " + cause.getMessage() + " (unknown host: no network or DNS, or a"
            + " region that does not exist)", null);
      }
      String where = endpoint != null ? endpoint.toString() : "the AWS endpoint";
      String what = cause instanceof ConnectException ? "connection refused" : "no answer in time";
      return new AwsFailure(doing + ": cannot connect to " + where + " (" + what + ")"
          + (endpoint != null ? "; is the emulator running there?" : ""), null, cause instanceof ConnectException);
    }
    String text = message.isEmpty() ? "the AWS SDK failed without a message" : plain(firstLine(message));
    return new AwsFailure(doing + ": " + text, null);
  }

  /** Text from the SDK without Java class names or the SDK's request suffix. */
  static String plain(String text) {
    if (text == null) {
      return "";
    }
    String without = SDK_SUFFIX.matcher(text).replaceAll("");
    without = CLASS_NAME.matcher(without).replaceAll("");
    without = EXCEPTION_NAME.matcher(without).replaceAll("");
    return without.trim();
  }

  @SafeVarargs
  private static Optional<Throwable> cause(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(cause)) {
          return Optional.of(cause);
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
