package dev.netwright.app.aws;

import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports what runs in an account into a design: VPCs, subnets, route tables (with prefix-list
 * routes to gateway endpoints and the main flag), internet and NAT gateways, VPC endpoints, security
 * groups, peering connections and VPN gateways of one or many regions, optionally only some VPCs.
 * AWS ids become element ids. Blocking: run it off the UI thread.
 */
public final class AccountImporter {
  private final AwsSession session;

  public AccountImporter(AwsSession session) {
    this.session = session;
  }

  /** The outcome: the design and what could not be put into it. */
  public record Result(Document document, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads the session's accounts in their regions, all VPCs or only {@code vpcIds}; the design's region is the first one.
   *
   * @throws AwsFailure when AWS refuses a call; {@link Cancellation.Cancelled} when cancelled
   */
  public Result importAccount(Set<String> vpcIds, ProgressListener progress, Cancellation cancellation) {
    Map<AccountAccess, List<Region>> regions = new LinkedHashMap<>();
    for (AccountAccess account : session.accounts()) {
      if (session.settings().allRegions()) {
        progress.progress("listing the enabled regions" + (session.accounts().size() > 1 ? " of " + account.label() : ""), 0.0);
      }
      regions.put(account, session.regions(account));
    }
    LiveAccount live = AccountReader.read(session, regions::get, vpcIds, progress, cancellation);
    Set<Region> all = new LinkedHashSet<>();
    regions.values().forEach(all::addAll);
    if (all.isEmpty()) {
      throw new dev.netwright.model.NetwrightException("the account has no enabled region to read");
    }
    String name = "Imported from " + String.join(", ", all.stream().map(Region::name).toList());
    Document document = new Document(name, "", all.iterator().next(), live.topology(), layout(live));
    return new Result(document, live.warnings());
  }

  private static Layout layout(LiveAccount live) {
    return DesignLayout.of(live.topology());
  }
}
