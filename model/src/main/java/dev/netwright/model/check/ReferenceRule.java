package dev.netwright.model.check;

/**
 * A rule whose findings depend only on how elements refer to each other: each element's kind, id
 * and references (in order), a subnet's zone, a VPC's region, a route table's main flag, and which
 * elements exist. A {@link CheckSession} re-runs it only when an edit changed one of those (see
 * {@link ReferenceShape}); renaming, renumbering or re-flagging elements does not.
 */
public interface ReferenceRule extends Rule {
}
