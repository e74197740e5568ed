package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.check.Finding;
import dev.netwright.model.document.Document;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs the checks of a design off the FX thread after every change and publishes the findings in
 * {@link DesignSession#findingsProperty()} on the FX thread, as one update. Documents are
 * immutable, so the worker reads the one it was handed without locking. A result that arrives
 * after the design changed again is dropped: only the findings of the current document are shown.
 */
public final class BackgroundChecks implements AutoCloseable {
  private final LatestResultWorker<Document, List<Finding>> worker;

  /**
   * Starts checking the session's design now and after each change.
   *
   * @param checks what to run on a document; called on the worker thread only, one call at a time
   */
  public BackgroundChecks(DesignSession session, Function<Document, List<Finding>> checks) {
    Objects.requireNonNull(checks, "checks");
    worker = new LatestResultWorker<>("netwright-checks", document -> List.copyOf(checks.apply(document)),
        (document, findings) -> {
          if (session.document() == document) {
            session.findingsProperty().set(findings);
          }
        });
    session.documentProperty().addListener((obs, before, after) -> worker.submit(after));
    worker.submit(session.document());
  }

  /**
   * Completes with the findings once those of the design as it is now are published (at once when
   * they already are): what tests and anyone else wait on instead of sleeping. Completes with null
   * when the checks failed (see {@link #failureProperty()}).
   */
  public CompletableFuture<List<Finding>> whenSettled() {
    return worker.whenSettled();
  }

  /** True while the findings shown are not yet those of the current design. */
  public ReadOnlyBooleanProperty runningProperty() {
    return worker.runningProperty();
  }

  /** Why the last check failed, empty when it did not: a bug in a rule must not leave stale findings unexplained. */
  public ReadOnlyStringProperty failureProperty() {
    return worker.failureProperty();
  }

  /** Stops the worker; pending checks are dropped. */
  @Override
  public void close() {
    worker.close();
  }
}
