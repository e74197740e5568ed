package dev.netwright.app.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plan as the command line prints it: text for people, JSON per CLI.md for scripts. */
public final class PlanReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanReport() {
  }

  /** One line per change, then a summary line. */
  public static String text(Plan plan) {
    String notApplied = NotApplied.note(plan.design().topology()).map(note -> note + "\n").orElse("");
    if (plan.isEmpty()) {
      return "No changes: the account matches the design.\n" + notApplied;
    }
    StringBuilder out = new StringBuilder(notApplied);
    for (PlannedChange change : plan.changes()) {
      out.append(change).append('\n');
    }
    out.append("Plan: ").append(plan.count(PlannedChange.Action.CREATE)).append(" to create, ")
        .append(plan.count(PlannedChange.Action.UPDATE)).append(" to update, ")
        .append(plan.count(PlannedChange.Action.DELETE)).append(" to delete.\n");
    return out.toString();
  }

  /** {@code {"changes": [{"action", "kind", "id", "detail"}]}}, in apply's order. */
  public static String json(Plan plan) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode changes = root.putArray("changes");
    for (PlannedChange change : plan.changes()) {
      changes.addObject().put("action", change.action().slug()).put("kind", change.kind().slug()).put("id", change.id().value())
          .put("detail", change.detail());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What an apply did, or why it stopped and what remains. */
  public static String text(ApplyResult result) {
    StringBuilder out = new StringBuilder();
    result.done().forEach(line -> out.append("done: ").append(line).append('\n'));
    if (result.succeeded()) {
      out.append("Apply complete: ").append(result.done().size()).append(" changes.\n");
      return out.toString();
    }
    out.append("Apply failed: ").append(result.failure()).append('\n');
    result.rolledBack().forEach(line -> out.append("rolled back: ").append(line).append('\n'));
    if (result.remaining().isEmpty()) {
      out.append("Everything this run changed was rolled back.\n");
    } else {
      result.remaining().forEach(line -> out.append("remains: ").append(line).append('\n'));
      out.append("What remains carries Netwright's tags: run apply again to finish, or plan to see it.\n");
    }
    return out.toString();
  }
}
