package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * Makes a create call that EC2 offers no ClientToken for (CreateVpc, CreateSubnet, …) safe to
 * retry. The resource is tagged {@code netwright:token} with a value unique to this run and element;
 * the call goes out once, without the SDK's retries; when its outcome is unknown (a lost response, a
 * timeout, a server error, throttling) Netwright looks the token up and adopts what it finds, and
 * only calls again when nothing carries it. So a retry never leaves a second, untracked resource.
 */
final class IdempotentCreate {
  static final String TOKEN_TAG = "netwright:token";
  private static final Set<String> THROTTLING = Set.of("requestlimitexceeded", "throttling", "throttlingexception",
      "requestthrottled", "toomanyrequestsexception");

  private IdempotentCreate() {
  }

  /** A filter on the token tag, for the lookup. */
  static Filter byToken(String token) {
    return Filter.builder().name("tag:" + TOKEN_TAG).values(token).build();
  }

  /**
   * @param create makes the resource (with the token among its tags) and returns its id
   * @param lookup the id of the resource that carries the token, if any
   */
  static String run(ApplyContext context, String token, Supplier<String> create, Function<String, Optional<String>> lookup) {
    AwsTuning tuning = context.tuning();
    SdkException last = null;
    for (int attempt = 0; attempt < tuning.maxAttempts(); attempt++) {
      try {
        return create.get();
      } catch (AwsServiceException e) {
        if (!ambiguous(e)) {
          throw e;
        }
        last = e;
      } catch (SdkException e) {
        last = e;
      }
      Optional<String> found = lookup.apply(token);
      if (found.isPresent()) {
        return found.get();
      }
      pause(tuning.retryBackoff().multipliedBy(1L << Math.min(attempt, 10)));
    }
    throw last;
  }

  private static boolean ambiguous(AwsServiceException e) {
    String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
        : e.awsErrorDetails().errorCode().toLowerCase(Locale.ROOT);
    return e.statusCode() >= 500 || THROTTLING.contains(code);
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(Math.min(delay.toMillis(), 20_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetwrightException("interrupted while retrying a create call");
    }
  }
}
