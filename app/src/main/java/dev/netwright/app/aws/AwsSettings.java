package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and as whom to reach AWS: the accounts (named profiles, SSO and {@code role_arn} profiles
 * included, or the SDK's default credential chain, and roles to assume), the regions (or all the
 * enabled regions of each account), and an endpoint override for LocalStack and other emulators.
 * Holds no secret: credentials are resolved by the SDK when a client first needs them.
 *
 * @param profiles the profiles of ~/.aws/config, each an account; empty for the default chain
 * @param roleArns roles to assume, each an account, with the credentials of the first profile (else the default chain)
 * @param regions the regions to work in; empty means the profile's or environment's region
 * @param allRegions every region each account has enabled (DescribeRegions), instead of {@code regions}
 * @param endpoint the EC2 (and STS and Route 53) endpoint to use instead of AWS's, or null
 */
public record AwsSettings(List<String> profiles, List<String> roleArns, List<Region> regions, boolean allRegions, URI endpoint,
    AwsTuning tuning) {
  /** The environment variable the AWS SDKs and CLI read for an endpoint override. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";
  /** What {@code --region} takes for every enabled region of each account. */
  public static final String ALL_REGIONS = "all";
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

  public AwsSettings {
    profiles = profiles.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
    roleArns = roleArns.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).distinct().toList();
    for (String role : roleArns) {
      if (!ROLE_ARN.matcher(role).matches()) {
        throw new NetwrightException("'" + role + "' is not an IAM role ARN such as arn:aws:iam::123456789012:role/NetwrightReadOnly");
      }
    }
    regions = List.copyOf(regions);
    tuning = tuning == null ? AwsTuning.defaults() : tuning;
  }

  /** One account: a profile (null: the default chain), in the given regions. */
  public AwsSettings(String profile, List<Region> regions, URI endpoint, AwsTuning tuning) {
    this(profile == null ? List.of() : List.of(profile), List.of(), regions, false, endpoint, tuning);
  }

  public static AwsSettings of(String profile, List<Region> regions, URI endpoint) {
    return new AwsSettings(profile, regions, endpoint, AwsTuning.defaults());
  }

  /**
   * Settings from what a person typed: profiles, role ARNs, and region names where {@code all}
   * stands for every enabled region. Refuses a region name that is not one.
   */
  public static AwsSettings parse(List<String> profiles, List<String> roleArns, List<String> regionNames, URI endpoint) {
    boolean all = regionNames.stream().anyMatch(name -> name.trim().equalsIgnoreCase(ALL_REGIONS));
    List<Region> regions = regionNames.stream().map(String::trim).filter(name -> !name.equalsIgnoreCase(ALL_REGIONS))
        .filter(name -> !name.isEmpty()).map(Region::of).distinct().toList();
    return new AwsSettings(profiles, roleArns, all ? List.of() : regions, all, endpoint, AwsTuning.defaults());
  }

  /** The first profile, when one is named: the one whose region and credentials roles start from. */
  public Optional<String> profileName() {
    return profiles.isEmpty() ? Optional.empty() : Optional.of(profiles.get(0));
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpoint);
  }

  public AwsSettings withRegions(List<Region> newRegions) {
    return new AwsSettings(profiles, roleArns, newRegions, false, endpoint, tuning);
  }

  public AwsSettings withTuning(AwsTuning newTuning) {
    return new AwsSettings(profiles, roleArns, regions, allRegions, endpoint, newTuning);
  }

  public AwsSettings withRoles(List<String> newRoleArns) {
    return new AwsSettings(profiles, newRoleArns, regions, allRegions, endpoint, tuning);
  }

  public AwsSettings withProfiles(List<String> newProfiles) {
    return new AwsSettings(newProfiles, roleArns, regions, allRegions, endpoint, tuning);
  }

  /**
   * The endpoint to use: {@code explicit} when given, else {@code AWS_ENDPOINT_URL} from {@code environment}.
   * Refuses text that is not an http(s) URL.
   */
  public static URI endpointFrom(String explicit, java.util.Map<String, String> environment) {
    String text = explicit != null && !explicit.isBlank() ? explicit : environment.get(ENDPOINT_VARIABLE);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(text.trim());
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
        throw new java.net.URISyntaxException(text, "not an http or https URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new NetwrightException("endpoint URL '" + text + "' is not an http or https URL such as http://localhost:4566");
    }
  }
}
