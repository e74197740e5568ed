package dev.netwright.app.ui.panels;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Heavy work of a panel run off the FX thread, where only the newest request counts: each request
 * is computed on one daemon thread, one at a time, and its result handed to the FX thread as one
 * update, unless a newer request came in meanwhile, in which case it is dropped (and a request
 * that is already outdated when its turn comes is not computed at all).
 *
 * @param <T> what a request carries (an immutable document, a question)
 * @param <R> what the work yields
 */
final class LatestResultWorker<T, R> implements AutoCloseable {
  private final Function<T, R> work;
  private final BiConsumer<T, R> publish;
  private final ExecutorService executor;
  private final AtomicLong requested = new AtomicLong();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
  private CompletableFuture<R> settled = new CompletableFuture<>();

  /**
   * @param work computes a result; runs on the worker thread only
   * @param publish receives the newest request and its result on the FX thread
   */
  LatestResultWorker(String threadName, Function<T, R> work, BiConsumer<T, R> publish) {
    this.work = Objects.requireNonNull(work, "work");
    this.publish = Objects.requireNonNull(publish, "publish");
    this.executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Asks for {@code input} to be worked on; outdates every earlier request. Call on the FX thread. */
  void submit(T input) {
    long number = requested.incrementAndGet();
    synchronized (this) {
      if (settled.isDone()) {
        settled = new CompletableFuture<>();
      }
    }
    running.set(true);
    executor.execute(() -> run(number, input));
  }

  /** Completes with the result of the newest request once it is published (at once when it is). */
  synchronized CompletableFuture<R> whenSettled() {
    return settled;
  }

  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Why the newest work failed, empty when it did not. */
  ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  private void run(long number, T input) {
    if (number != requested.get()) {
      return;
    }
    try {
      R result = work.apply(input);
      Platform.runLater(() -> finish(number, input, result, ""));
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Platform.runLater(() -> finish(number, input, null, reason));
    }
  }

  private void finish(long number, T input, R result, String reason) {
    if (number != requested.get()) {
      return;
    }
    failure.set(reason);
    if (result != null) {
      publish.accept(input, result);
    }
    running.set(false);
    CompletableFuture<R> done;
    synchronized (this) {
      done = settled;
    }
    done.complete(result);
  }

  /** Stops the worker thread; pending work is dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
