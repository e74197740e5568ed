package dev.netwright.app.aws;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.Fault;
import dev.netwright.model.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Applies a design to an empty fake account once per call of its apply, with an error injected at
 * that call: each run must roll back to the empty account (nothing of {@code left} remains), or
 * succeed and match the design, or leave what a re-run converges from.
 */
final class FaultSweep {
  private FaultSweep() {
  }

  /** What went wrong at which call (empty when every call's fault was handled); {@code calls} is how many calls one apply makes. */
  static List<String> problems(FakeEc2 fake, AwsSession session, Supplier<Document> design, int calls, IntSupplier left) {
    List<String> problems = new ArrayList<>();
    for (int index = 1; index <= calls; index++) {
      fake.reset();
      Map<String, String> empty = fake.state().snapshot();
      Plan fresh = plan(session, design.get());
      fake.failAt(fake.callCount() + index, Fault.error("InvalidParameterValue"));
      ApplyResult result = new Applier(session).apply(fresh, ProgressListener.NONE, new Cancellation());
      if (result.succeeded()) {
        if (!plan(session, design.get()).isEmpty()) {
          problems.add("call " + index + ": succeeded but the account differs");
        }
      } else if (result.remaining().isEmpty()) {
        if (left.getAsInt() != 0 || !fake.state().snapshot().equals(empty)) {
          problems.add("call " + index + ": rolled back but " + left.getAsInt() + " transit resources remain");
        }
      } else {
        ApplyResult again = new Applier(session).apply(plan(session, design.get()), ProgressListener.NONE, new Cancellation());
        if (!again.succeeded() || !plan(session, design.get()).isEmpty()) {
          problems.add("call " + index + ": a re-run did not converge: " + again.failure());
        }
      }
    }
    return problems;
  }

  private static Plan plan(AwsSession session, Document design) {
    return new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
  }
}
