package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.Fault;
import dev.netwright.model.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A fault at every call index of a representative apply: afterwards either the account is as it
 * was, or running apply again reaches the design; and nothing is ever left without Netwright's tags.
 */
class ApplyFaultTest {
  private static final Document DESIGN = Designs.representative();

  private static final FakeEc2 fake = new FakeEc2();
  private static final AwsSession session = TestSessions.session(fake, 1000);

  @org.junit.jupiter.api.AfterAll
  static void close() {
    session.close();
    fake.close();
  }

  /** How many calls the representative apply makes on an empty account. */
  private static int applyCalls(Document design) {
    fake.reset();
    Plan plan = new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
    int before = fake.callCount();
    assertTrue(new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation()).succeeded());
    return fake.callCount() - before;
  }

  /** Plans, then applies with a fault at the given index of the apply's calls; returns what went wrong. */
  private static List<String> runWithFault(Document design, int index, Fault fault, AwsSession session) {
    List<String> problems = new ArrayList<>();
    String at = "call " + index + " " + fault;
    fake.reset();
    String foreign = fake.state().vpc("192.168.0.0/16", Map.of("Name", "someone else's"));
    Map<String, String> before = fake.state().snapshot();
    Plan plan = new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
    fake.failAt(fake.callCount() + index, fault);
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
    untracked(before, problems, at + " after the first run");
    boolean asBefore = fake.state().snapshot().equals(before);
    if (result.succeeded()) {
      Plan after = new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
      if (!after.isEmpty()) {
        problems.add(at + ": apply said it succeeded, but the account differs: " + PlanReport.text(after));
      }
    } else if (result.remaining().isEmpty() && !asBefore) {
      problems.add(at + ": the rollback reported nothing remaining, but the account changed");
    } else if (!asBefore) {
      ApplyResult again = new Applier(session).apply(new Planner(session).plan(design, ProgressListener.NONE, new Cancellation()),
          ProgressListener.NONE, new Cancellation());
      Plan after = new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
      if (!again.succeeded() || !after.isEmpty()) {
        problems.add(at + ": a re-run did not converge: " + again.failure() + " " + PlanReport.text(after));
      }
      untracked(before, problems, at + " after the re-run");
    }
    if (!fake.state().snapshot().containsKey(foreign)) {
      problems.add(at + ": a VPC Netwright does not own was deleted");
    }
    return problems;
  }

  private static void untracked(Map<String, String> before, List<String> problems, String when) {
    List<String> tagged = fake.state().taggedWith(NetwrightTags.ID);
    for (String id : fake.state().snapshot().keySet()) {
      if (!before.containsKey(id) && !tagged.contains(id) && !isMadeWithItsVpc(id)) {
        problems.add(when + ": " + id + " is left without Netwright's tags");
      }
    }
  }

  /** AWS makes a main route table, a default security group and a default network ACL with every VPC; they go with it. */
  private static boolean isMadeWithItsVpc(String id) {
    String content = fake.state().snapshot().get(id);
    return content.contains("<main>true</main>") || content.contains("<groupName>default</groupName>")
        || content.contains("<default>true</default>");
  }

  private static void everyIndex(int step, IntFunction<Fault> fault) {
    everyIndex(DESIGN, step, fault, session);
  }

  private static void everyIndex(Document design, int step, IntFunction<Fault> fault, AwsSession session) {
    int calls = applyCalls(design);
    assertTrue(calls > 25, "the representative apply makes " + calls + " calls");
    List<String> problems = new ArrayList<>();
    for (int index = 1; index <= calls; index += step) {
      problems.addAll(runWithFault(design, index, fault.apply(index), session));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void apply_withAnErrorAtEveryCall_rollsBackOrConvergesOnRerun() {
    everyIndex(1, index -> Fault.error("InvalidParameterValue"));
  }

  @Test
  void apply_withSlowResponsesPastTheTimeout_neverLeavesASecondResource() {
    // each slow call costs one attempt timeout, so a sample of indices, with an impatient client
    AwsTuning impatient = new AwsTuning(java.time.Duration.ofMillis(1), 3, java.time.Duration.ofMillis(300), java.time.Duration.ZERO,
        10, 1000);
    try (AwsSession hurried = TestSessions.session(fake, impatient)) {
      everyIndex(DESIGN, 9, index -> Fault.slow(), hurried);
    }
  }

  @Test
  void apply_whenTheRollbackFailsToo_reportsWhatRemainsAndARerunConverges() {
    fake.reset();
    Plan plan = new Planner(session).plan(DESIGN, ProgressListener.NONE, new Cancellation());
    int start = fake.callCount();
    // the 20th call of the apply fails; the rollback's first call (an undo) fails as well
    fake.failAt(start + 20, Fault.error("InvalidParameterValue")).failAt(start + 21, Fault.error("DependencyViolation"));

    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(!result.succeeded() && result.remaining().get(0).contains("Injected fault"), result.toString());
    assertTrue(result.rolledBack().size() > 0, "the rollback keeps going past a failed undo");
    List<String> tagged = fake.state().taggedWith(NetwrightTags.ID);
    assertTrue(!tagged.isEmpty(), "what remains carries Netwright's tags");
    ApplyResult again = new Applier(session).apply(new Planner(session).plan(DESIGN, ProgressListener.NONE, new Cancellation()),
        ProgressListener.NONE, new Cancellation());
    assertTrue(again.succeeded(), again.toString());
    assertTrue(new Planner(session).plan(DESIGN, ProgressListener.NONE, new Cancellation()).isEmpty());
  }

  @Test
  void apply_whenCancelledHalfway_rollsBackToTheAccountAsItWas() {
    fake.reset();
    Map<String, String> before = fake.state().snapshot();
    Plan plan = new Planner(session).plan(DESIGN, ProgressListener.NONE, new Cancellation());
    Cancellation cancellation = new Cancellation();
    int[] steps = {0};
    ApplyResult result = new Applier(session).apply(plan, (step, fraction) -> {
      if (++steps[0] == 6) {
        cancellation.cancel();
      }
    }, cancellation);

    assertTrue(!result.succeeded() && result.failure().contains("cancelled"), result.toString());
    assertTrue(result.remaining().isEmpty(), result.remaining().toString());
    assertEquals(before, fake.state().snapshot());
  }

  @Test
  void apply_withAResponseLostAtEveryCall_neverLeavesASecondResource() {
    everyIndex(1, index -> Fault.drop());
  }

  @Test
  void apply_throttledAtEveryFifthCall_retriesAndSucceeds() {
    // the adaptive retry mode slows the client down after throttling, so a sample of indices keeps the suite fast
    everyIndex(5, index -> Fault.throttle());
  }

  @Test
  void apply_ofNetworkAcls_withAnErrorAtEveryCall_rollsBackOrConvergesOnRerun() {
    everyIndex(Designs.withNetworkAcls(), 1, index -> Fault.error("InvalidParameterValue"), session);
  }

  @Test
  void apply_ofNetworkAcls_withAResponseLostAtEveryCall_neverLeavesASecondResource() {
    everyIndex(Designs.withNetworkAcls(), 1, index -> Fault.drop(), session);
  }

  @Test
  void apply_ofChangedNetworkAcls_withAnErrorAtEveryCall_rollsBackToTheAccountAsItWas() {
    changedAclsWithAFaultAtEveryCall(index -> Fault.error("InvalidParameterValue"));
  }

  @Test
  void apply_ofChangedNetworkAcls_withAResponseLostAtEveryCall_succeedsOrRollsBack() {
    changedAclsWithAFaultAtEveryCall(index -> Fault.drop());
  }

  /**
   * The ACLs run; the design changes their rules and moves a subnet, so that every undo of an update
   * is exercised: after a fault, either apply succeeded and the account matches, or the rollback put
   * the account back as it was (or says what remains, and a re-run converges).
   */
  private static void changedAclsWithAFaultAtEveryCall(IntFunction<Fault> fault) {
    Document changed = Designs.withChangedNetworkAcls();
    int calls = changeWithFault(changed, -1, null).calls();
    assertTrue(calls > 8, "the change makes " + calls + " calls");
    List<String> problems = new ArrayList<>();
    for (int index = 1; index <= calls; index++) {
      problems.addAll(changeWithFault(changed, index, fault.apply(index)).problems());
    }
    assertEquals(List.of(), problems);
  }

  /** How many calls a change made, and what went wrong. */
  private record Run(int calls, List<String> problems) {
  }

  /** Applies the ACL design, then the changed one with a fault at {@code index} of its calls. */
  private static Run changeWithFault(Document changed, int index, Fault fault) {
    List<String> problems = new ArrayList<>();
    fake.reset();
    assertTrue(new Applier(session).apply(new Planner(session).plan(Designs.withNetworkAcls(), ProgressListener.NONE,
        new Cancellation()), ProgressListener.NONE, new Cancellation()).succeeded());
    Map<String, String> applied = fake.state().snapshot();
    Plan plan = new Planner(session).plan(changed, ProgressListener.NONE, new Cancellation());
    int start = fake.callCount();
    if (fault != null) {
      fake.failAt(start + index, fault);
    }
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
    int made = fake.callCount() - start;
    String at = "call " + index + " " + fault;
    if (result.succeeded()) {
      if (!new Planner(session).plan(changed, ProgressListener.NONE, new Cancellation()).isEmpty()) {
        problems.add(at + ": apply said it succeeded, but the account differs");
      }
    } else if (result.remaining().isEmpty() && !fake.state().snapshot().equals(applied)) {
      problems.add(at + ": the rollback reported nothing remaining, but the ACLs changed: " + result);
    } else if (!result.remaining().isEmpty()) {
      ApplyResult again = new Applier(session).apply(new Planner(session).plan(changed, ProgressListener.NONE, new Cancellation()),
          ProgressListener.NONE, new Cancellation());
      if (!again.succeeded() || !new Planner(session).plan(changed, ProgressListener.NONE, new Cancellation()).isEmpty()) {
        problems.add(at + ": a re-run did not converge: " + again);
      }
    }
    return new Run(made, problems);
  }
}
