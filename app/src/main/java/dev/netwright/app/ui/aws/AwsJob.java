package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.Cancellation;
import dev.netwright.app.aws.ProgressListener;
import dev.netwright.model.NetwrightException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs AWS work off the FX thread, one job at a time, and brings its progress and its outcome back
 * to the FX thread. Cancel asks the running job to stop at its next call.
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

  /** Runs {@code work} in the background; {@code done} or {@code failed} run on the FX thread. */
  <T> void run(Function<ProgressListener, T> work, Consumer<T> done, Consumer<String> failed) {
    Cancellation current = new Cancellation();
    cancellation = current;
    progress.set(-1);
    ProgressListener listener = (step, fraction) -> Platform.runLater(() -> {
      status.set(step);
      progress.set(fraction);
    });
    worker.submit(() -> {
      try {
        T result = work.apply(listener);
        Platform.runLater(() -> {
          progress.set(1);
          done.accept(result);
        });
      } catch (NetwrightException e) {
        Platform.runLater(() -> {
          progress.set(0);
          failed.accept(e.getMessage());
        });
      } catch (RuntimeException | Error e) {
        Platform.runLater(() -> {
          progress.set(0);
          failed.accept("unexpected failure (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        });
      }
    });
  }

  Cancellation cancellation() {
    return cancellation;
  }

  void cancel() {
    cancellation.cancel();
  }

  void shutdown() {
    cancellation.cancel();
    worker.shutdown();
  }
}
