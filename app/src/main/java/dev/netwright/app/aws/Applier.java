package dev.netwright.app.aws;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Carries out a {@link Plan} in its order. First a DryRun permission check; then each change: a
 * create makes the resource tagged with the element's id and finishes it with the same steps an
 * update uses; a delete removes what Netwright owns. On the first failure (or a cancel) it stops
 * and takes back what this run did, newest first, and reports what remains. Blocking: run it off
 * the UI thread.
 */
public final class Applier {
  private final AwsSession session;

  public Applier(AwsSession session) {
    this.session = session;
  }

  public ApplyResult apply(Plan plan, ProgressListener progress, Cancellation cancellation) {
    ApplyContext context = new ApplyContext(session, plan.region(), NetwrightTags.designKey(plan.design()), plan.live(),
        plan.match().asMap());
    context.design = plan.design().topology();
    try {
      progress.progress("checking permissions (DryRun)", 0.0);
      new PermissionCheck(context).check(plan);
    } catch (NetwrightException refused) {
      return new ApplyResult(false, List.of(), List.of(), List.of(), refused.getMessage());
    }
    List<String> done = new ArrayList<>();
    int index = 0;
    for (PlannedChange change : plan.changes()) {
      progress.progress(change.toString(), (double) index++ / Math.max(1, plan.changes().size()));
      try {
        cancellation.check();
        run(plan, change, context, cancellation);
        done.add(change.toString());
      } catch (SdkException e) {
        return rollBack(context, done, AwsFailure.of(change.action().slug() + " " + change.kind().slug() + " " + change.id(), e)
            .getMessage(), progress);
      } catch (NetwrightException e) {
        return rollBack(context, done, change.action().slug() + " " + change.kind().slug() + " " + change.id() + ": " + e.getMessage(),
            progress);
      }
    }
    progress.progress("done", 1.0);
    return new ApplyResult(true, done, List.of(), List.of(), null);
  }

  private static void run(Plan plan, PlannedChange change, ApplyContext context, Cancellation cancellation) {
    Region region = change.desired() != null ? Planner.regionOf(plan.design().topology(), change.id()).orElse(plan.region())
        : Planner.regionOf(plan.live().topology(), change.id()).orElse(plan.region());
    context.useRegion(region);
    context.useAccount(Planner.accountOf(change.desired() != null ? plan.design().topology() : plan.live().topology(), change.id()));
    Reconciler reconciler = new Reconciler(plan.live(), Planner.tablesOfSubnets(plan.design().topology(), context::resolve),
        context::designId, NetworkAclSteps.DesignAssociations.of(plan.design().topology(), context::resolve));
    switch (change.action()) {
      case CREATE: {
        Element made = new Creator(context, cancellation).create(change.desired());
        Element wanted = NewGroupRules.withoutRulesForNewGroups(Resolve.element(change.desired(), context::resolve), context);
        runSteps(reconciler.steps(wanted, made), context, cancellation);
        context.made.put(change.id(), wanted);
        break;
      }
      case UPDATE: {
        Element running = change.live() != null ? change.live() : context.made.get(change.id());
        runSteps(reconciler.steps(Resolve.element(change.desired(), context::resolve), running), context, cancellation);
        break;
      }
      default:
        new Deleter(context, cancellation).delete(change.live());
    }
  }

  private static void runSteps(List<Step> steps, ApplyContext context, Cancellation cancellation) {
    for (Step step : steps) {
      cancellation.check();
      step.run(context);
    }
  }

  private static ApplyResult rollBack(ApplyContext context, List<String> done, String failure, ProgressListener progress) {
    List<String> rolledBack = new ArrayList<>();
    List<String> remaining = new ArrayList<>();
    for (UndoLog.Entry entry : context.undo.newestFirst()) {
      if (entry.undo() == null) {
        remaining.add(entry.done() + " (a delete cannot be taken back)");
        continue;
      }
      progress.progress("rolling back: " + entry.undoText(), 1.0);
      try {
        entry.undo().run();
        rolledBack.add(entry.undoText());
      } catch (SdkException e) {
        remaining.add(entry.done() + ", and could not " + entry.undoText() + ": " + AwsFailure.of("rollback", e).getMessage());
      } catch (NetwrightException e) {
        remaining.add(entry.done() + ", and could not " + entry.undoText() + ": " + e.getMessage());
      }
    }
    return new ApplyResult(false, done, rolledBack, remaining, failure);
  }
}
