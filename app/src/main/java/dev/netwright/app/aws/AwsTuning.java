package dev.netwright.app.aws;

import java.time.Duration;

/**
 * How patient Netwright is with AWS: the retry backoff and attempts (adaptive retry mode), how long
 * one HTTP attempt may take, how long waiters poll for NAT gateways and endpoints, and the page
 * size of describe calls. Tests shrink the durations; nothing in Netwright sleeps otherwise.
 *
 * @param retryBackoff base delay between retries (exponential with jitter, capped at 20 s)
 * @param maxAttempts attempts per call, the first one included
 * @param attemptTimeout how long one HTTP attempt may take before it is retried
 * @param waiterDelay pause between two polls of a waiter
 * @param waiterAttempts polls before a waiter gives up
 * @param pageSize MaxResults of paged describe calls (5 to 1000)
 */
public record AwsTuning(Duration retryBackoff, int maxAttempts, Duration attemptTimeout, Duration waiterDelay, int waiterAttempts,
    int pageSize) {

  public AwsTuning {
    if (maxAttempts < 1 || waiterAttempts < 1 || pageSize < 5 || pageSize > 1000) {
      throw new IllegalArgumentException("attempts must be positive and the page size between 5 and 1000");
    }
  }

  /** What a real account needs: NAT gateways take a few minutes, so waiters poll every 15 s for 40 minutes. */
  public static AwsTuning defaults() {
    return new AwsTuning(Duration.ofMillis(100), 8, Duration.ofSeconds(30), Duration.ofSeconds(15), 160, 1000);
  }
}
