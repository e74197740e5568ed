package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo history of one open design: a bounded stack of document snapshots. Documents
 * are immutable, so a snapshot costs only what the edit changed. The current document is held in
 * a volatile field: checks running on a background thread read it without locking and always see
 * a whole document. Changes are serialized; listeners are told after each one.
 *
 * <p>Besides its depth, the history is bounded by how many element and layout entries its
 * snapshots hold apart from each other: a Topology or Layout copies its map on each edit, so on a
 * design of 60,000 elements each step holds about as much as the design itself. The oldest
 * steps are dropped first; the latest step always stays undoable.
 */
public final class History {
  /** How many steps back undo reaches unless told otherwise. */
  public static final int DEFAULT_DEPTH = 500;

  /** How many element and layout entries the snapshots may hold unless told otherwise (some 200 MB). */
  public static final long DEFAULT_RETAINED_ENTRIES = 4_000_000;

  /** One executed command with the documents around it, and the entries its result holds of its own. */
  private record Step(Command command, Document before, Document after, long weight) {
    static Step of(Command command, Document before, Document after) {
      long weight = 1;
      if (after.topology() != before.topology()) {
        weight += after.topology().size();
      }
      if (after.layout() != before.layout()) {
        weight += after.layout().size();
      }
      return new Step(command, before, after, weight);
    }
  }

  private final int depth;
  private final long retainedEntries;
  private long retained;
  private final Deque<Step> undoSteps = new ArrayDeque<>();
  private final Deque<Step> redoSteps = new ArrayDeque<>();
  private final List<HistoryListener> listeners = new CopyOnWriteArrayList<>();
  private volatile Document current;
  private volatile Document saved;

  /** A history starting at {@code initial}, which counts as saved (a freshly opened file). */
  public History(Document initial) {
    this(initial, DEFAULT_DEPTH);
  }

  public History(Document initial, int depth) {
    this(initial, depth, DEFAULT_RETAINED_ENTRIES);
  }

  /** A history keeping at most {@code depth} steps whose snapshots hold at most {@code retainedEntries} entries. */
  public History(Document initial, int depth, long retainedEntries) {
    if (depth < 1) {
      throw new IllegalArgumentException("history depth must be at least 1, was " + depth);
    }
    this.current = Objects.requireNonNull(initial, "initial");
    this.saved = initial;
    this.depth = depth;
    this.retainedEntries = retainedEntries;
  }

  /** The document as it is now; safe to call from any thread. */
  public Document current() {
    return current;
  }

  /** Applies {@code command} to the current document and records it; clears the redo steps. */
  public void execute(Command command) {
    Document before;
    Document after;
    synchronized (this) {
      before = current;
      after = Objects.requireNonNull(command.apply(before), "a command returned no document");
    }
    record(command, before, after);
  }

  /**
   * Records a command whose result the editor already computed from {@code before} (so that it
   * is not applied twice). Should the document have changed in between, the command is applied
   * again to what is current.
   */
  void record(Command command, Document before, Document after) {
    HistoryChange change;
    synchronized (this) {
      Document result = current == before ? after : command.apply(current);
      Step step = Step.of(command, current, result);
      undoSteps.push(step);
      retained += step.weight();
      for (Step dropped : redoSteps) {
        retained -= dropped.weight();
      }
      redoSteps.clear();
      while (undoSteps.size() > depth || (retained > retainedEntries && undoSteps.size() > 1)) {
        retained -= undoSteps.removeLast().weight();
      }
      change = new HistoryChange(HistoryChange.Kind.EXECUTED, command.label(), current, result);
      current = result;
    }
    fire(change);
  }

  /** Goes back one step; false when there is nothing to undo. */
  public boolean undo() {
    HistoryChange change;
    synchronized (this) {
      Step step = undoSteps.poll();
      if (step == null) {
        return false;
      }
      redoSteps.push(step);
      change = new HistoryChange(HistoryChange.Kind.UNDONE, step.command().label(), current, step.before());
      current = step.before();
    }
    fire(change);
    return true;
  }

  /** Goes forward one undone step; false when there is nothing to redo. */
  public boolean redo() {
    HistoryChange change;
    synchronized (this) {
      Step step = redoSteps.poll();
      if (step == null) {
        return false;
      }
      undoSteps.push(step);
      change = new HistoryChange(HistoryChange.Kind.REDONE, step.command().label(), current, step.after());
      current = step.after();
    }
    fire(change);
    return true;
  }

  public synchronized boolean canUndo() {
    return !undoSteps.isEmpty();
  }

  public synchronized boolean canRedo() {
    return !redoSteps.isEmpty();
  }

  /** The label of the step undo would take back, e.g. "Delete subnet AppA". */
  public synchronized Optional<String> undoLabel() {
    return Optional.ofNullable(undoSteps.peek()).map(step -> step.command().label());
  }

  /** The label of the step redo would make again. */
  public synchronized Optional<String> redoLabel() {
    return Optional.ofNullable(redoSteps.peek()).map(step -> step.command().label());
  }

  /** How many steps undo can take back now (at most the depth). */
  public synchronized int undoDepth() {
    return undoSteps.size();
  }

  /** Marks the current document as the one on disk. */
  public void markSaved() {
    Document now;
    synchronized (this) {
      now = current;
      saved = now;
    }
    fire(new HistoryChange(HistoryChange.Kind.SAVED, "", now, now));
  }

  /**
   * True when the current document is not the one last saved. Undoing back to the save point
   * makes it clean again, since that step restores the very snapshot that was saved.
   */
  public boolean isDirty() {
    return current != saved;
  }

  public void addListener(HistoryListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(HistoryListener listener) {
    listeners.remove(listener);
  }

  private void fire(HistoryChange change) {
    for (HistoryListener listener : listeners) {
      listener.historyChanged(change);
    }
  }
}
