package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;

/**
 * Lets a person stop a long import or apply from another thread (the Cancel button). The work checks
 * it between calls; an apply that is cancelled rolls back like one that failed.
 */
public final class Cancellation {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Throws {@link Cancelled} once {@link #cancel()} was called. */
  public void check() {
    if (cancelled) {
      throw new Cancelled();
    }
  }

  /** Thrown inside the work when it was cancelled. */
  public static final class Cancelled extends NetwrightException {
    public Cancelled() {
      super("cancelled");
    }
  }
}
