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

/** Reads several regions of an account at once, one thread per region, into one {@link LiveAccount}. */
final class AccountReader {
  private AccountReader() {
  }

  static LiveAccount read(AwsSession session, List<Region> regions, Set<String> vpcIds, ProgressListener progress,
      Cancellation cancellation) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, regions.size()), runnable -> {
      Thread thread = new Thread(runnable, "netwright-aws-read");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<LiveReader.LiveParts>> futures = new ArrayList<>();
      for (Region region : regions) {
        ProgressListener scaled = (step, fraction) -> progress.progress(step, fraction);
        futures.add(pool.submit(() -> new LiveReader(session, region, cancellation).read(vpcIds, scaled)));
      }
      LiveReader.LiveParts all = new LiveReader.LiveParts();
      for (Future<LiveReader.LiveParts> future : futures) {
        all.addAll(future.get());
      }
      progress.progress("read " + all.elements.size() + " resources", 1.0);
      return LiveAssembly.assemble(all);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NetwrightException failure) {
        throw failure;
      }
      throw new NetwrightException("reading the account failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancellation.Cancelled();
    } finally {
      pool.shutdownNow();
    }
  }
}
