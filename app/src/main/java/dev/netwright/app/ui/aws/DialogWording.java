package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.AwsFailure;
import dev.netwright.app.aws.AwsSettings;
import dev.netwright.model.NetwrightException;

/**
 * A failure told in the words of the AWS dialogs: where the command line says "use --profile",
 * the dialog names its own Profile and Regions fields; and with an endpoint URL, it reminds that an
 * emulator still needs keys (dummy ones do), since the SDK signs every request.
 */
final class DialogWording {
  private DialogWording() {
  }

  static String of(NetwrightException failure, AwsSettings settings) {
    if (!(failure instanceof AwsFailure aws) || aws.missing().isEmpty()) {
      return failure.getMessage();
    }
    String doing = aws.doing().isEmpty() ? "" : aws.doing() + ": ";
    return switch (aws.missing().get()) {
      case CREDENTIALS -> doing + "no AWS credentials found. Fill the Profile field with a profile of ~/.aws/config (run"
            + " 'aws sso login' first for SSO), or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
            + " before starting Netwright." + settings.endpointOverride().map(endpoint -> " The emulator at " + endpoint
            + " still needs keys: dummy ones do (AWS_ACCESS_KEY_ID=test, AWS_SECRET_ACCESS_KEY=test), or a profile"
            + " that has them.").orElse("");
      case REGION -> doing + "no AWS region given. Fill the Regions field (e.g. us-east-1), or name a profile whose"
          + " configuration has a region.";
    };
  }
}
