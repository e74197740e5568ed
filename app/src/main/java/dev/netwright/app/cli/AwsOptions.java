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
  @Option(names = "--region", paramLabel = "R", description = "AWS region, e.g. us-east-1, or 'all' for every region the account has"
      + " enabled (repeatable; default: the profile's or AWS_REGION).")
  private List<String> regions = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "P", description = "Named profile of ~/.aws/config (SSO and role_arn profiles included),"
      + " one account each (repeatable); default: the SDK's default credential chain.")
  private List<String> profiles = new ArrayList<>();

  @Option(names = "--role-arn", paramLabel = "ARN", description = "IAM role to assume (STS AssumeRole), one account each (repeatable),"
      + " with the first profile's credentials or the default chain's.")
  private List<String> roleArns = new ArrayList<>();

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "EC2 and STS endpoint to use instead of AWS's (LocalStack and other"
      + " emulators); default: AWS_ENDPOINT_URL when set.")
  private String endpointUrl;

  /** The settings these options and the environment give. */
  AwsSettings settings(Map<String, String> environment) {
    return AwsSettings.parse(profiles, roleArns, regions, AwsSettings.endpointFrom(endpointUrl, environment));
  }

  /** The first region given, for reading a CloudFormation template (which names none); null when none is given. */
  Region firstRegion() {
    return regions.stream().filter(name -> !name.equalsIgnoreCase(AwsSettings.ALL_REGIONS)).findFirst().map(Region::of).orElse(null);
  }

  AwsSettings settings() {
    return settings(System.getenv());
  }
}
