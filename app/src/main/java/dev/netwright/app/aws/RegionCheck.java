package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.util.List;
import java.util.Set;

/**
 * Tells a region that does not exist or is not enabled from other failures. AWS answers a call in
 * such a region without a useful error (an unknown host, an authentication failure, or an error
 * with no code); only when a read fails that way is the account asked (DescribeRegions, in another
 * region) which regions it has enabled.
 */
final class RegionCheck {
  private static final Set<String> REGION_CODES = Set.of("AuthFailure", "UnrecognizedClientException", "InvalidClientTokenId",
      "OptInRequired");

  private RegionCheck() {
  }

  /** The failure to report for a read of {@code region} that failed with {@code failure}. */
  static NetwrightException explain(AwsSession session, AccountAccess account, Region region, AwsFailure failure) {
    if (failure.connectionRefused() || failure.code().isPresent() && !REGION_CODES.contains(failure.code().get())) {
      return failure;
    }
    Region askIn = region.equals(Region.US_EAST_1) ? Region.of("us-west-2") : Region.US_EAST_1;
    List<Region> enabled;
    try {
      enabled = account.enabledRegions(askIn);
    } catch (NetwrightException cannotTell) {
      return failure;
    }
    if (enabled.contains(region)) {
      return failure;
    }
    String whose = session.accounts().size() > 1 ? account.label() : "this account";
    return new NetwrightException("region " + region + " is unknown or not enabled for " + whose + "; its enabled regions are "
        + String.join(", ", enabled.stream().map(Region::name).toList()) + " (or use --region all)");
  }
}
