package dev.netwright.app.aws;

import dev.netwright.model.Region;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One account a session works in: how its credentials are found (a profile, the default chain, or
 * a role assumed with STS), one long-lived EC2 client per region, and — asked once, only when
 * several accounts are in play — its account id.
 */
final class AccountAccess implements AutoCloseable {
  private final String label;
  private final AwsCredentialsProvider credentials;
  private final AwsSettings settings;
  private final AutoCloseable owned;
  private final Map<Region, Ec2Client> clients = new ConcurrentHashMap<>();
  private final Map<Region, Ec2Client> singleAttemptClients = new ConcurrentHashMap<>();
  private volatile String accountId;
  private volatile software.amazon.awssdk.services.route53.Route53Client route53;
  private volatile software.amazon.awssdk.services.route53.Route53Client route53SingleAttempt;

  /**
   * @param label how messages name the account: "profile prod", "role arn:…", "the default credentials"
   * @param owned what to close with the account (the STS client of an assumed role), or null
   */
  AccountAccess(String label, AwsCredentialsProvider credentials, AwsSettings settings, AutoCloseable owned) {
    this.label = label;
    this.credentials = credentials;
    this.settings = settings;
    this.owned = owned;
  }

  String label() {
    return label;
  }

  AwsCredentialsProvider credentials() {
    return credentials;
  }

  /** Resolves the credentials now, so that a role that cannot be assumed is told as such, before any read. */
  void checkCredentials() {
    try {
      credentials.resolveCredentials();
    } catch (SdkException e) {
      throw AwsFailure.of(label, e, settings.endpoint());
    }
  }

  /** The account id, asked of STS (GetCallerIdentity) on first use. */
  String accountId(java.util.function.Supplier<StsClient> newSts) {
    if (accountId == null) {
      try (StsClient sts = newSts.get()) {
        accountId = sts.getCallerIdentity(r -> { }).account();
      } catch (SdkException e) {
        throw AwsFailure.of("finding the account of " + label, e, settings.endpoint());
      }
    }
    return accountId;
  }

  /** The regions this account has enabled (DescribeRegions, which lists only those unless asked for all). */
  List<Region> enabledRegions(Region askIn) {
    try {
      return ec2(askIn).describeRegions(r -> { }).regions().stream()
          .filter(region -> !"not-opted-in".equals(region.optInStatus()))
          .map(region -> Region.of(region.regionName())).sorted().toList();
    } catch (SdkException e) {
      throw AwsFailure.of("listing the enabled regions of " + label, e, settings.endpoint());
    }
  }

  Ec2Client ec2(Region region) {
    return clients.computeIfAbsent(region, key -> newClient(key, true));
  }

  Ec2Client ec2SingleAttempt(Region region) {
    return singleAttemptClients.computeIfAbsent(region, key -> newClient(key, false));
  }

  private Ec2Client newClient(Region region, boolean retrying) {
    AwsTuning tuning = settings.tuning();
    var builder = Ec2Client.builder()
        .region(software.amazon.awssdk.regions.Region.of(region.name()))
        .credentialsProvider(credentials)
        .httpClientBuilder(Route53Clients.http(tuning))
        .overrideConfiguration(Route53Clients.overrides(tuning, retrying));
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The account's Route 53 client (a global service: one for every region), made on first use. */
  software.amazon.awssdk.services.route53.Route53Client route53() {
    if (route53 == null) {
      synchronized (this) {
        if (route53 == null) {
          route53 = Route53Clients.make(credentials, settings, true);
        }
      }
    }
    return route53;
  }

  /** The account's Route 53 client that never retries, for CreateHostedZone (see {@link IdempotentCreate}). */
  software.amazon.awssdk.services.route53.Route53Client route53SingleAttempt() {
    if (route53SingleAttempt == null) {
      synchronized (this) {
        if (route53SingleAttempt == null) {
          route53SingleAttempt = Route53Clients.make(credentials, settings, false);
        }
      }
    }
    return route53SingleAttempt;
  }

  @Override
  public void close() {
    Route53Clients.close(route53, route53SingleAttempt);
    clients.values().forEach(Ec2Client::close);
    clients.clear();
    singleAttemptClients.values().forEach(Ec2Client::close);
    singleAttemptClients.clear();
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception ignored) {
        // closing an STS client releases threads only; nothing to tell the user
      }
    }
  }
}
