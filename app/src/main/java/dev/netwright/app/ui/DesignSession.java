package dev.netwright.app.ui;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.document.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import dev.netwright.model.edit.Command;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.History;
import dev.netwright.model.edit.HistoryChange;
import dev.netwright.model.edit.HistoryListener;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The observable state of one open design that every part of the window shares: the document and
 * its undo history, the file it came from, the selection, the findings of the checks and the path
 * the canvas highlights. Panels observe it and change the design only through it.
 *
 * <p>All properties belong to the FX application thread. {@link #currentDocument()} may be read
 * from any thread (documents are immutable), which is what background checks use.
 */
public final class DesignSession {
  private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ObservableSet<ElementId> selection = FXCollections.observableSet(new LinkedHashSet<>());
  private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(this, "findings", List.of());
  private final ObjectProperty<HighlightedPath> highlightedPath =
      new SimpleObjectProperty<>(this, "highlightedPath", HighlightedPath.NONE);
  private final ObjectProperty<java.util.Map<ElementId, String>> driftMarks =
      new SimpleObjectProperty<>(this, "driftMarks", java.util.Map.of());
  private final ObjectProperty<CostMarks> costMarks = new SimpleObjectProperty<>(this, "costMarks", CostMarks.NONE);
  private final List<Consumer<Set<ElementId>>> revealListeners = new CopyOnWriteArrayList<>();
  private final ReadOnlyObjectWrapper<HistoryChange> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
  private final HistoryListener historyListener = change -> onFxThread(() -> {
    publish();
    lastChange.set(change);
  });
  private History history;
  private DesignEditor editor;
  private volatile Document current;

  public DesignSession(Document initial, Path fileOrNull) {
    startHistory(Objects.requireNonNull(initial, "initial"));
    file.set(fileOrNull);
    publish();
  }

  /** A session of an empty, unsaved design. */
  public static DesignSession empty() {
    return new DesignSession(Document.empty("Untitled", Region.US_EAST_1), null);
  }

  // ---- the document and its history

  public ReadOnlyObjectProperty<Document> documentProperty() {
    return document.getReadOnlyProperty();
  }

  /** The current document; FX thread. */
  public Document document() {
    return document.get();
  }

  /** The current document, readable from any thread (for background checks and path answers). */
  public Document currentDocument() {
    return current;
  }

  /**
   * The editor that builds and executes every change of this design (one undo step each); it
   * throws {@link dev.netwright.model.edit.EditRefusedException} saying why when an edit breaks a
   * rule. Do not keep it: Open and New start a new history with a new editor.
   */
  public DesignEditor editor() {
    return editor;
  }

  /** The undo history of this design; replaced by Open and New, like {@link #editor()}. */
  public History history() {
    return history;
  }

  /** Executes a command built elsewhere as one undo step. */
  public void execute(Command command) {
    history.execute(command);
  }

  public void undo() {
    history.undo();
  }

  public void redo() {
    history.redo();
  }

  /** What Undo would undo, e.g. "Add subnet Subnet1"; empty when there is nothing. */
  public String undoDescription() {
    return history.undoLabel().orElse("");
  }

  public String redoDescription() {
    return history.redoLabel().orElse("");
  }

  /** Replaces the whole design (New, Open): a fresh history, nothing selected, not dirty. */
  public void replace(Document newDocument, Path newFileOrNull) {
    history.removeListener(historyListener);
    startHistory(Objects.requireNonNull(newDocument, "newDocument"));
    selection.clear();
    findings.set(List.of());
    highlightedPath.set(HighlightedPath.NONE);
    driftMarks.set(java.util.Map.of());
    costMarks.set(CostMarks.NONE);
    file.set(newFileOrNull);
    publish();
    lastChange.set(null);
  }

  /**
   * Replaces the design by changes recovered after a crash: {@code saved} is what the file holds
   * (or an empty design), and the recovered changes are one undo step on top of it, unsaved.
   */
  public void replaceRecovered(Document saved, Document recovered, Path fileOrNull) {
    replace(saved, fileOrNull);
    history.execute(new RecoveredChanges(recovered));
  }

  /** Records that the current document is what {@code savedTo} holds. */
  public void markSaved(Path savedTo) {
    history.markSaved();
    file.set(savedTo);
    publish();
  }

  /**
   * What the history did last (an edit, an undo or a redo, with the label of the command it
   * concerned, or a save point); null when the design was just replaced (New, Open, an import).
   */
  public ReadOnlyObjectProperty<HistoryChange> lastChangeProperty() {
    return lastChange.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public boolean isDirty() {
    return dirty.get();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  // ---- the file

  /** The file the design was opened from or last saved to; null for a new design. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public Path file() {
    return file.get();
  }

  // ---- selection

  /** The selected elements, in the order they were selected. Panels may observe and change it. */
  public ObservableSet<ElementId> selection() {
    return selection;
  }

  /** Selects exactly {@code ids} (those that exist in the design). */
  public void select(Collection<ElementId> ids) {
    Set<ElementId> wanted = new LinkedHashSet<>();
    for (ElementId id : ids) {
      if (document().topology().contains(id)) {
        wanted.add(id);
      }
    }
    if (!wanted.equals(selection)) {
      selection.retainAll(wanted);
      selection.addAll(wanted);
    }
  }

  /**
   * Selects {@code ids} and asks the canvas to bring them into view (what a click on a finding
   * does).
   */
  public void reveal(Collection<ElementId> ids) {
    select(ids);
    Set<ElementId> shown = Set.copyOf(selection);
    revealListeners.forEach(listener -> listener.accept(shown));
  }

  /** Called with the elements to bring into view whenever {@link #reveal} is asked for. */
  public void addRevealListener(Consumer<Set<ElementId>> listener) {
    revealListeners.add(listener);
  }

  // ---- findings and paths

  /**
   * The findings of the checks on the current document. Whoever runs the checks (off the FX
   * thread) sets it back on the FX thread; the canvas badges elements with errors.
   */
  public ObjectProperty<List<Finding>> findingsProperty() {
    return findings;
  }

  public List<Finding> findings() {
    return findings.get();
  }

  public long count(Severity severity) {
    return findings.get().stream().filter(finding -> finding.severity() == severity).count();
  }

  /** The marks the canvas shows on elements that differ from the account last compared with; empty for none. */
  public ObjectProperty<java.util.Map<ElementId, String>> driftMarksProperty() {
    return driftMarks;
  }

  public java.util.Map<ElementId, String> driftMarks() {
    return driftMarks.get();
  }

  /** The path the canvas highlights; {@link HighlightedPath#NONE} for none. */
  public ObjectProperty<HighlightedPath> highlightedPathProperty() {
    return highlightedPath;
  }

  public HighlightedPath highlightedPath() {
    return highlightedPath.get();
  }

  /** The flow labels and costliest elements the cost panel asks the canvas to show; {@link CostMarks#NONE} for none. */
  public ObjectProperty<CostMarks> costMarksProperty() {
    return costMarks;
  }

  public CostMarks costMarks() {
    return costMarks.get();
  }

  private void startHistory(Document initial) {
    history = new History(initial);
    editor = new DesignEditor(history);
    history.addListener(historyListener);
  }

  /** Runs on the FX thread; runs at once where no FX toolkit runs at all (a session in a plain unit test). */
  private static void onFxThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
      return;
    }
    try {
      Platform.runLater(action);
    } catch (IllegalStateException toolkitNotStarted) {
      action.run();
    }
  }

  private void publish() {
    Document now = history.current();
    current = now;
    document.set(now);
    dirty.set(history.isDirty());
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
    if (!selection.isEmpty()) {
      List<ElementId> gone = new ArrayList<>();
      for (ElementId id : selection) {
        if (!now.topology().contains(id)) {
          gone.add(id);
        }
      }
      selection.removeAll(gone);
    }
  }

  /** The changes of an autosaved copy, as one step over the saved design. */
  private record RecoveredChanges(Document recovered) implements Command {
    @Override
    public String label() {
      return "Recover autosaved changes";
    }

    @Override
    public Document apply(Document document) {
      return recovered;
    }
  }
}
