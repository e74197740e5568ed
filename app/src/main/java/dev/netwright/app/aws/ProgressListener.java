package dev.netwright.app.aws;

/**
 * Told how far an import or apply has come. Called on the worker thread: a UI hands the values to
 * its own thread (e.g. with Platform.runLater) before showing them.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (step, fraction) -> { };

  /** {@code step} says what is being done, in words; {@code fraction} runs from 0 to 1. */
  void progress(String step, double fraction);
}
