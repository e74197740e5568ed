package dev.netwright.app.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * Route 53 clients, and what every client of a session shares: Route 53 is a global service
 * (route53.amazonaws.com, signed for us-east-1), so an account has one client, not one per region,
 * with the same HTTP client, retries (adaptive, or none for creates that {@link IdempotentCreate}
 * retries), timeouts and endpoint override (an emulator's URL) as the EC2 clients.
 */
final class Route53Clients {
  private Route53Clients() {
  }

  static Route53Client make(AwsCredentialsProvider credentials, AwsSettings settings, boolean retrying) {
    var builder = Route53Client.builder()
        .region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
        .credentialsProvider(credentials)
        .httpClientBuilder(http(settings.tuning()))
        .overrideConfiguration(overrides(settings.tuning(), retrying));
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The URL-connection HTTP client with the tuning's timeouts. */
  static UrlConnectionHttpClient.Builder http(AwsTuning tuning) {
    return UrlConnectionHttpClient.builder().connectionTimeout(tuning.attemptTimeout()).socketTimeout(tuning.attemptTimeout());
  }

  /** The adaptive retry mode with the tuning's attempts and backoff (or no retry), and the attempt timeout. */
  static ClientOverrideConfiguration overrides(AwsTuning tuning, boolean retrying) {
    BackoffStrategy backoff = BackoffStrategy.exponentialDelay(tuning.retryBackoff(), Duration.ofSeconds(20));
    var retries = retrying ? AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
        .maxAttempts(tuning.maxAttempts())
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(backoff)
        .build() : AwsRetryStrategy.doNotRetry();
    return ClientOverrideConfiguration.builder().retryStrategy(retries).apiCallAttemptTimeout(tuning.attemptTimeout()).build();
  }

  static void close(Route53Client... clients) {
    for (Route53Client client : clients) {
      if (client != null) {
        client.close();
      }
    }
  }
}
