package dev.netwright.app.aws;

import dev.netwright.model.Region;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where and as whom to reach AWS: a named profile (SSO profiles included) or the SDK's default
 * credential chain, the regions, and an endpoint override for LocalStack and other emulators.
 * Holds no secret: credentials are resolved by the SDK when a client first needs them.
 *
 * @param profile the profile of ~/.aws/config, or null for the default chain
 * @param regions the regions to work in; empty means the profile's or environment's region
 * @param endpoint the EC2 endpoint to use instead of AWS's, or null
 */
public record AwsSettings(String profile, List<Region> regions, URI endpoint, AwsTuning tuning) {
  /** The environment variable the AWS SDKs and CLI read for an endpoint override. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

  public AwsSettings {
    profile = profile == null || profile.isBlank() ? null : profile.trim();
    regions = List.copyOf(regions);
    tuning = tuning == null ? AwsTuning.defaults() : tuning;
  }

  public static AwsSettings of(String profile, List<Region> regions, URI endpoint) {
    return new AwsSettings(profile, regions, endpoint, AwsTuning.defaults());
  }

  public Optional<String> profileName() {
    return Optional.ofNullable(profile);
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpoint);
  }

  public AwsSettings withRegions(List<Region> newRegions) {
    return new AwsSettings(profile, newRegions, endpoint, tuning);
  }

  public AwsSettings withTuning(AwsTuning newTuning) {
    return new AwsSettings(profile, regions, endpoint, newTuning);
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
      throw new dev.netwright.model.NetwrightException("endpoint URL '" + text + "' is not an http or https URL such as http://localhost:4566");
    }
  }
}
