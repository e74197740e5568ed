package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.Cancellation;
import dev.netwright.app.aws.ProgressListener;
import dev.netwright.model.NetwrightException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs AWS work off the FX thread, one job at a time, and brings its progress and its outcome back
 * to the FX thread. {@link #cancel()} asks the running job to stop at its next call (an apply then
 * rolls back); {@link #abandon()} also interrupts it and drops its outcome, for work that changes
 * nothing (an import) and whose dialog is going away.
 */
final class AwsJob {
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "netwright-aws-dialog");
    thread.setDaemon(true);
    return thread;
  });
  final DoubleProperty progress = new SimpleDoubleProperty(0);
  final StringProperty status = new SimpleStringProperty("");
  private volatile Cancellation cancellation = new Cancellation();
  private volatile boolean abandoned;
  private Future<?> running;

  /**
   * Runs {@code work} in the background; {@code done} or {@code failed} run on the FX thread,
   * unless the job was abandoned meanwhile.
   */
  <T> void run(Function<ProgressListener, T> work, Consumer<T> done, Consumer<NetwrightException> failed) {
    Cancellation current = new Cancellation();
    cancellation = current;
    abandoned = false;
    progress.set(-1);
    ProgressListener listener = (step, fraction) -> Platform.runLater(() -> {
      if (!abandoned) {
        status.set(step);
        progress.set(fraction);
      }
    });
    running = worker.submit(() -> {
      try {
        T result = work.apply(listener);
        finish(current, () -> {
          progress.set(1);
          done.accept(result);
        });
      } catch (NetwrightException e) {
        finish(current, () -> {
          progress.set(0);
          failed.accept(e);
        });
      } catch (RuntimeException | Error e) {
        String reason = e.getMessage() == null ? "no reason given" : e.getMessage();
        finish(current, () -> {
          progress.set(0);
          failed.accept(new NetwrightException("the AWS work stopped unexpectedly: " + reason));
        });
      }
    });
  }

  private void finish(Cancellation of, Runnable outcome) {
    Platform.runLater(() -> {
      if (!(abandoned && of == cancellation)) {
        outcome.run();
      }
    });
  }

  Cancellation cancellation() {
    return cancellation;
  }

  /** True while a job runs (FX thread). */
  boolean isRunning() {
    return running != null && !running.isDone();
  }

  void cancel() {
    cancellation.cancel();
  }

  /** Stops the running job at once (cancelled and interrupted, so that a call in flight is cut short) and drops its outcome. */
  void abandon() {
    abandoned = true;
    cancellation.cancel();
    if (running != null) {
      running.cancel(true);
    }
  }

  void shutdown() {
    cancellation.cancel();
    worker.shutdown();
  }
}
