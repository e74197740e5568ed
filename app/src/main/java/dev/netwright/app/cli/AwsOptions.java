package dev.netwright.app.cli;

import dev.netwright.app.aws.AwsSettings;
import dev.netwright.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every AWS command shares: regions, profile and endpoint override. Credentials are
 * never options: they come from the SDK's default chain or the named profile.
 */
public final class AwsOptions {
  @Option(names = "--region", paramLabel = "R", description = "AWS region, e.g. us-east-1 (repeatable for import; default: the profile's"
      + " or AWS_REGION).")
  private List<String> regions = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "P", description = "Named profile of ~/.aws/config (SSO profiles included);"
      + " default: the SDK's default credential chain.")
  private String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "EC2 endpoint to use instead of AWS's (LocalStack and other"
      + " emulators); default: AWS_ENDPOINT_URL when set.")
  private String endpointUrl;

  /** The settings these options and the environment give. */
  AwsSettings settings(Map<String, String> environment) {
    List<Region> parsed = regions.stream().map(Region::of).distinct().toList();
    return AwsSettings.of(profile, parsed, AwsSettings.endpointFrom(endpointUrl, environment));
  }

  AwsSettings settings() {
    return settings(System.getenv());
  }
}
