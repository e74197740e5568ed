package dev.netwright.model.edit;

/**
 * Told after every change of a {@link History}: an edit, an undo, a redo or a save point. Called
 * on the thread that made the change, outside the history's lock.
 */
@FunctionalInterface
public interface HistoryListener {
  void historyChanged(HistoryChange change);
}
