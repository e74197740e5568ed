package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * A connection to one or more AWS accounts: each named profile is an account, each role ARN is an
 * account assumed (STS AssumeRole) with the first profile's credentials or the default chain's, and
 * without either the default chain is the one account. Each account keeps one long-lived EC2 client
 * per region (a client per job would leak threads), with the adaptive retry mode and the endpoint
 * override. Close it when done. Safe to use from several threads.
 */
public final class AwsSession implements AutoCloseable {
  private static final String ROLE_SESSION = "netwright";

  private final AwsSettings settings;
  private final List<AccountAccess> accounts;

  /** A session whose "default chain" is {@code credentials} (tests give static ones). */
  AwsSession(AwsSettings settings, AwsCredentialsProvider credentials) {
    this.settings = settings;
    this.accounts = accountsOf(settings, credentials);
  }

  /** A session with the settings' profiles and roles (SSO and role_arn profiles included), else the default chain. */
  public static AwsSession open(AwsSettings settings) {
    settings.profiles().forEach(AwsSession::requireProfile);
    return new AwsSession(settings, DefaultCredentialsProvider.builder().build());
  }

  private static List<AccountAccess> accountsOf(AwsSettings settings, AwsCredentialsProvider defaultChain) {
    List<AccountAccess> accounts = new ArrayList<>();
    for (String profile : settings.profiles()) {
      accounts.add(new AccountAccess("profile " + profile, ProfileCredentialsProvider.builder().profileName(profile).build(), settings,
          null));
    }
    if (settings.profiles().isEmpty() && settings.roleArns().isEmpty()) {
      accounts.add(new AccountAccess("the default credentials", defaultChain, settings, null));
    }
    AwsCredentialsProvider base = accounts.isEmpty() ? defaultChain : accounts.get(0).credentials();
    for (String role : settings.roleArns()) {
      StsClient sts = sts(settings, base);
      StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
          .refreshRequest(request -> request.roleArn(role).roleSessionName(ROLE_SESSION)).build();
      accounts.add(new AccountAccess("role " + role, assumed, settings, () -> {
        assumed.close();
        sts.close();
      }));
    }
    return List.copyOf(accounts);
  }

  /** An STS client: in the first region given (else us-east-1), at the endpoint override when there is one. */
  private static StsClient sts(AwsSettings settings, AwsCredentialsProvider credentials) {
    Region region = settings.regions().isEmpty() ? Region.US_EAST_1 : settings.regions().get(0);
    var builder = StsClient.builder().region(software.amazon.awssdk.regions.Region.of(region.name())).credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(settings.tuning().attemptTimeout())
            .socketTimeout(settings.tuning().attemptTimeout()));
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** Refuses, before any call, a profile that neither AWS file has, naming both files. */
  private static void requireProfile(String profile) {
    ProfileFile files;
    try {
      files = ProfileFile.defaultProfileFile();
    } catch (SdkException | IllegalStateException e) {
      throw new NetwrightException("cannot read the AWS config files (" + configFiles() + "): " + AwsFailure.plain(e.getMessage()));
    }
    if (files.profile(profile).isEmpty()) {
      throw new NetwrightException("there is no profile '" + profile + "' in " + configFiles()
          + " (set AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE for other files; 'aws configure list-profiles' lists them)");
    }
  }

  private static String configFiles() {
    return ProfileFileLocation.configurationFilePath() + " or " + ProfileFileLocation.credentialsFilePath();
  }

  public AwsSettings settings() {
    return settings;
  }

  public AwsTuning tuning() {
    return settings.tuning();
  }

  List<AccountAccess> accounts() {
    return accounts;
  }

  /** The regions to work in for the first account (see {@link #regions(AccountAccess)}). */
  public List<Region> regions() {
    return regions(accounts.get(0));
  }

  /**
   * The regions to work in for one account: every enabled one for {@code --region all}, else the
   * settings' regions, else the one the profile or environment names.
   */
  List<Region> regions(AccountAccess account) {
    if (settings.allRegions()) {
      return account.enabledRegions(regionToAskIn());
    }
    if (!settings.regions().isEmpty()) {
      return settings.regions();
    }
    return List.of(defaultRegion().orElseThrow(() -> AwsFailure.missingRegion("finding the region to read")));
  }

  /**
   * Where to ask for the enabled regions: the first region given, else AWS_REGION or aws.region,
   * else us-east-1 (without the SDK's full region chain, whose last step waits for EC2 instance metadata).
   */
  private Region regionToAskIn() {
    String named = System.getProperty("aws.region", System.getenv("AWS_REGION"));
    try {
      return named == null || named.isBlank() ? Region.US_EAST_1 : Region.of(named.trim());
    } catch (dev.netwright.model.InvalidValueException e) {
      return Region.US_EAST_1;
    }
  }

  private java.util.Optional<Region> defaultRegion() {
    try {
      DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
      settings.profileName().ifPresent(chain::profileName);
      return java.util.Optional.of(Region.of(chain.build().getRegion().id()));
    } catch (SdkException | dev.netwright.model.InvalidValueException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The account with this id: the only one when the session has one, else the one STS says has it
   * (asked once per account).
   */
  AccountAccess account(String accountId) {
    if (accounts.size() == 1 || accountId == null || accountId.isEmpty()) {
      if (accounts.size() > 1) {
        throw new NetwrightException("the design names no account for a resource, and several accounts were given: give each VPC its"
            + " accountId");
      }
      return accounts.get(0);
    }
    for (AccountAccess account : accounts) {
      if (accountId.equals(account.accountId(() -> sts(settings, account.credentials())))) {
        return account;
      }
    }
    throw new NetwrightException("none of the profiles and roles given reaches account " + accountId
        + ": add --profile or --role-arn for it");
  }

  /** The EC2 client of a region in the first account, made on first use. */
  software.amazon.awssdk.services.ec2.Ec2Client ec2(Region region) {
    return accounts.get(0).ec2(region);
  }

  /**
   * The EC2 client of a region that never retries: for create calls without a ClientToken, where a
   * retry after a lost response would make a second resource ({@link IdempotentCreate} retries them safely).
   */
  software.amazon.awssdk.services.ec2.Ec2Client ec2SingleAttempt(Region region) {
    return accounts.get(0).ec2SingleAttempt(region);
  }

  @Override
  public void close() {
    accounts.forEach(AccountAccess::close);
  }
}
