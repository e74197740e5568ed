package dev.netwright.app.aws;

import java.util.List;
import java.util.Optional;

/**
 * How an apply ended. On success {@code done} lists what it did. On failure it stopped at the first
 * error, took back what it could in reverse order ({@code rolledBack}), and {@code remaining}
 * lists exactly what is still changed in the account (a delete cannot be taken back; an undo can
 * fail too). Everything that remains carries Netwright's tags, so running apply again converges.
 */
public record ApplyResult(boolean succeeded, List<String> done, List<String> rolledBack, List<String> remaining, String failure) {
  public ApplyResult {
    done = List.copyOf(done);
    rolledBack = List.copyOf(rolledBack);
    remaining = List.copyOf(remaining);
  }

  /** Why it failed, when it did. */
  public Optional<String> failureMessage() {
    return Optional.ofNullable(failure);
  }
}
