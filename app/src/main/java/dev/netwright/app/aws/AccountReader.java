package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the regions of every account of a session at once, one thread per account and region,
 * into one {@link LiveAccount}: VPCs keep the id of the account that owns them.
 */
final class AccountReader {
  private AccountReader() {
  }

  /** Reads the same regions in every account of the session. */
  static LiveAccount read(AwsSession session, List<Region> regions, Set<String> vpcIds, ProgressListener progress,
      Cancellation cancellation) {
    return read(session, account -> regions, vpcIds, progress, cancellation);
  }

  /** Reads each account of the session in the regions {@code regionsOf} gives it. */
  static LiveAccount read(AwsSession session, Function<AccountAccess, List<Region>> regionsOf, Set<String> vpcIds,
      ProgressListener progress, Cancellation cancellation) {
    List<AccountAccess> accounts = session.accounts();
    boolean several = accounts.size() > 1;
    List<Job> jobs = new ArrayList<>();
    for (AccountAccess account : accounts) {
      if (several) {
        progress.progress("signing in as " + account.label(), 0.0);
      }
      account.checkCredentials();
      cancellation.check();
      for (Region region : regionsOf.apply(account)) {
        jobs.add(new Job(account, region, several ? region + " (" + account.label() + ")" : region.name()));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs.size(), 8)), runnable -> {
      Thread thread = new Thread(runnable, "netwright-aws-read");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<LiveReader.LiveParts>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> new LiveReader(session, job.account, job.region, job.where, cancellation).read(vpcIds, progress)));
      }
      LiveReader.LiveParts all = new LiveReader.LiveParts();
      java.util.Map<AccountAccess, List<dev.netwright.model.topology.Vpc>> vpcsOf = new java.util.LinkedHashMap<>();
      for (int index = 0; index < futures.size(); index++) {
        LiveReader.LiveParts parts = futures.get(index).get();
        List<dev.netwright.model.topology.Vpc> vpcs = vpcsOf.computeIfAbsent(jobs.get(index).account, key -> new ArrayList<>());
        parts.elements.values().stream().filter(e -> e instanceof dev.netwright.model.topology.Vpc vpc && !vpc.external())
            .map(e -> (dev.netwright.model.topology.Vpc) e).forEach(vpcs::add);
        all.addAll(parts);
      }
      readHostedZones(session, vpcsOf, all, progress, cancellation);
      progress.progress("read " + all.elements.size() + " resources in " + jobs.size() + (jobs.size() == 1 ? " region" : " regions"),
          1.0);
      return LiveAssembly.assemble(all);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NetwrightException failure) {
        throw failure;
      }
      throw new NetwrightException("reading the account failed: " + AwsFailure.plain(String.valueOf(e.getCause().getMessage())),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancellation.Cancelled();
    } finally {
      pool.shutdownNow();
    }
  }

  /** The private hosted zones of each account's VPCs (Route 53 is global: once per account, after every region). */
  private static void readHostedZones(AwsSession session, java.util.Map<AccountAccess, List<dev.netwright.model.topology.Vpc>> vpcsOf,
      LiveReader.LiveParts all, ProgressListener progress, Cancellation cancellation) {
    vpcsOf.forEach((account, vpcs) -> {
      if (vpcs.isEmpty()) {
        return;
      }
      progress.progress("reading private hosted zones" + (vpcsOf.size() > 1 ? " (" + account.label() + ")" : ""), 0.97);
      try {
        new LiveHostedZoneReader(account.route53(), session.tuning().pageSize(), cancellation, all).read(vpcs);
      } catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
        if (e.statusCode() != 403) {
          throw AwsFailure.of("reading the private hosted zones of Route 53", e, session.settings().endpoint());
        }
        // credentials for EC2 only: the rest of the account still comes in, and the warning says what is missing
        all.warn("the credentials may not read Route 53 (" + AwsFailure.plain(String.valueOf(e.awsErrorDetails() == null ? e.getMessage()
            : e.awsErrorDetails().errorMessage())) + "); private hosted zones were not read"
            + (vpcsOf.size() > 1 ? " for " + account.label() : ""));
      } catch (software.amazon.awssdk.core.exception.SdkException e) {
        throw AwsFailure.of("reading the private hosted zones of Route 53", e, session.settings().endpoint());
      }
    });
  }

  private record Job(AccountAccess account, Region region, String where) {
  }
}
