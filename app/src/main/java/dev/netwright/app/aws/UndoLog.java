package dev.netwright.app.aws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What this run did and how to take each thing back, newest first. A rollback runs the undos in
 * reverse order and keeps going past a failed one, so that it reports exactly what remains.
 */
final class UndoLog {
  /** One thing done: what it was, and how to take it back. */
  record Entry(String done, String undoText, Runnable undo) {
  }

  private final Deque<Entry> entries = new ArrayDeque<>();

  synchronized void push(String done, String undoText, Runnable undo) {
    entries.push(new Entry(done, undoText, undo));
  }

  synchronized List<Entry> newestFirst() {
    return new ArrayList<>(entries);
  }

  synchronized boolean isEmpty() {
    return entries.isEmpty();
  }
}
