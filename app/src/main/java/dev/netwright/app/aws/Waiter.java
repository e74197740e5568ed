package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Polls a resource's state until it is what apply needs, a bounded number of times with the
 * tuning's delay in between; a failed state or running out of polls is a failure that names the
 * resource.
 */
final class Waiter {
  private Waiter() {
  }

  static void until(String what, String wanted, Supplier<String> state, AwsTuning tuning, Cancellation cancellation) {
    String last = "";
    for (int attempt = 0; attempt < tuning.waiterAttempts(); attempt++) {
      cancellation.check();
      last = state.get();
      String lower = last == null ? "gone" : last.toLowerCase(Locale.ROOT);
      if (lower.equals(wanted)) {
        return;
      }
      if (lower.equals("failed") || lower.equals("rejected") || (lower.equals("gone") && !wanted.equals("deleted"))) {
        throw new NetwrightException(what + " ended up " + lower + " instead of " + wanted);
      }
      if (lower.equals("gone") && wanted.equals("deleted")) {
        return;
      }
      pause(tuning);
    }
    throw new NetwrightException(what + " was still " + last + " after " + tuning.waiterAttempts() + " checks; it should become "
        + wanted);
  }

  private static void pause(AwsTuning tuning) {
    if (tuning.waiterDelay().isZero()) {
      return;
    }
    try {
      Thread.sleep(tuning.waiterDelay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancellation.Cancelled();
    }
  }
}
