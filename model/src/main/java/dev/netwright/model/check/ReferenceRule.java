package dev.netwright.model.check;

/**
 * A rule whose findings depend only on how elements refer to each other: which elements exist,
 * each one's kind, id and references in order (a route table's route targets excepted), and a
 * route table's main flag. A {@link CheckSession} re-runs it only when an edit changed one of
 * those (see {@link ReferenceShape}); renaming, renumbering, re-flagging or re-routing does not.
 */
public interface ReferenceRule extends Rule {
}
