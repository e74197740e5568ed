package dev.netwright.app.aws;

import dev.netwright.model.Region;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * A connection to one AWS account: one long-lived EC2 client per region (a client per job would
 * leak threads), all sharing the credentials of the settings' profile or the SDK's default chain,
 * the adaptive retry mode (which slows down when AWS throttles), and the endpoint override. Close
 * it when done. Safe to use from several threads.
 */
public final class AwsSession implements AutoCloseable {
  private final AwsSettings settings;
  private final AwsCredentialsProvider credentials;
  private final Map<Region, Ec2Client> clients = new ConcurrentHashMap<>();
  private final Map<Region, Ec2Client> singleAttemptClients = new ConcurrentHashMap<>();

  AwsSession(AwsSettings settings, AwsCredentialsProvider credentials) {
    this.settings = settings;
    this.credentials = credentials;
  }

  /** A session with the credentials of the settings' profile (SSO profiles included), else the default chain. */
  public static AwsSession open(AwsSettings settings) {
    AwsCredentialsProvider credentials = settings.profileName()
        .<AwsCredentialsProvider>map(profile -> ProfileCredentialsProvider.builder().profileName(profile).build())
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    return new AwsSession(settings, credentials);
  }

  public AwsSettings settings() {
    return settings;
  }

  public AwsTuning tuning() {
    return settings.tuning();
  }

  /** The regions to work in: the settings' regions, else the one the profile or environment names. */
  public List<Region> regions() {
    if (!settings.regions().isEmpty()) {
      return settings.regions();
    }
    try {
      DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
      settings.profileName().ifPresent(chain::profileName);
      return List.of(Region.of(chain.build().getRegion().id()));
    } catch (SdkException e) {
      throw AwsFailure.missingRegion("finding the region to read");
    }
  }

  /** The EC2 client of a region, made on first use. */
  Ec2Client ec2(Region region) {
    return clients.computeIfAbsent(region, this::newClient);
  }

  /**
   * The EC2 client of a region that never retries: for create calls without a ClientToken, where a
   * retry after a lost response would make a second resource ({@link IdempotentCreate} retries them safely).
   */
  Ec2Client ec2SingleAttempt(Region region) {
    return singleAttemptClients.computeIfAbsent(region, key -> newClient(key, false));
  }

  private Ec2Client newClient(Region region) {
    return newClient(region, true);
  }

  private Ec2Client newClient(Region region, boolean retrying) {
    AwsTuning tuning = settings.tuning();
    BackoffStrategy backoff = BackoffStrategy.exponentialDelay(tuning.retryBackoff(), Duration.ofSeconds(20));
    var retries = retrying ? AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
        .maxAttempts(tuning.maxAttempts())
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(backoff)
        .build() : AwsRetryStrategy.doNotRetry();
    var builder = Ec2Client.builder()
        .region(software.amazon.awssdk.regions.Region.of(region.name()))
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(tuning.attemptTimeout())
            .socketTimeout(tuning.attemptTimeout()))
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .retryStrategy(retries)
            .apiCallAttemptTimeout(tuning.attemptTimeout())
            .build());
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Override
  public void close() {
    clients.values().forEach(Ec2Client::close);
    clients.clear();
    singleAttemptClients.values().forEach(Ec2Client::close);
    singleAttemptClients.clear();
  }
}
