package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private final DesignEditor editor = TestDesigns.editor();
  private final History history = editor.history();

  private void rename(ElementId id, String name) {
    editor.update(history.current().topology().require(id, Subnet.class).withName(name));
  }

  @Test
  void newHistory_isCleanWithNothingToUndoOrRedo() {
    assertFalse(history.isDirty());
    assertFalse(history.canUndo());
    assertFalse(history.canRedo());
    assertEquals(Optional.empty(), history.undoLabel());
    assertFalse(history.undo());
    assertFalse(history.redo());
  }

  @Test
  void labels_nameTheNextUndoAndRedo() {
    rename(WEB, "Public");
    editor.delete(List.of(APP));

    assertEquals(Optional.of("Delete subnet App"), history.undoLabel());
    history.undo();
    assertEquals(Optional.of("Rename subnet Web"), history.undoLabel());
    assertEquals(Optional.of("Delete subnet App"), history.redoLabel());
  }

  @Test
  void dirtyFlag_followsTheSavePointThroughUndoAndRedo() {
    rename(WEB, "Public");
    assertTrue(history.isDirty());
    history.markSaved();
    assertFalse(history.isDirty());

    rename(DATA, "Db");
    assertTrue(history.isDirty());
    history.undo();
    assertFalse(history.isDirty(), "undoing back to the save point makes the design clean");
    history.undo();
    assertTrue(history.isDirty(), "undoing past the save point makes it dirty");
    history.redo();
    assertFalse(history.isDirty(), "redoing up to the save point makes it clean again");
  }

  @Test
  void newCommand_afterUndo_clearsRedo() {
    rename(WEB, "Public");
    history.undo();
    assertTrue(history.canRedo());

    rename(DATA, "Db");

    assertFalse(history.canRedo());
    assertEquals(Optional.empty(), history.redoLabel());
    assertEquals("Web", history.current().topology().require(WEB, Subnet.class).name());
  }

  @Test
  void undoAfterSaveThenNewCommand_leavesTheSavePointUnreachable() {
    history.markSaved();
    rename(WEB, "Public");
    history.undo();
    rename(DATA, "Db");

    assertFalse(history.redo());
    assertTrue(history.isDirty());
    history.undo();
    assertFalse(history.isDirty());
  }

  @Test
  void depth_boundsHowFarUndoReaches() {
    History shallow = new History(TestDesigns.twoVpcs(), 3);
    DesignEditor shallowEditor = new DesignEditor(shallow);
    for (int i = 0; i < 5; i++) {
      shallowEditor.editInfo("Name " + i, "", Region.US_EAST_1);
    }

    assertEquals(3, shallow.undoDepth());
    while (shallow.undo()) {
      assertTrue(shallow.canRedo());
    }
    assertEquals("Name 1", shallow.current().name(), "the oldest steps were dropped");
  }

  @Test
  void retainedEntries_boundHowFarUndoReachesOnLargeDesigns() {
    int size = TestDesigns.twoVpcs().topology().size();
    History bounded = new History(TestDesigns.twoVpcs(), 500, 3L * (size + 1) + 1);
    DesignEditor boundedEditor = new DesignEditor(bounded);
    for (String name : List.of("A", "B", "C", "D", "E")) {
      boundedEditor.update(bounded.current().topology().require(WEB, Subnet.class).withName(name));
    }
    boundedEditor.editInfo("Info only", "", Region.US_EAST_1);

    assertEquals(4, bounded.undoDepth(), "three topology snapshots and one that shares its topology");
    while (bounded.undo()) {
      assertTrue(bounded.canRedo());
    }
    assertEquals("B", bounded.current().topology().require(WEB, Subnet.class).name());
  }

  @Test
  void retainedEntries_alwaysLeaveTheLastStepUndoable() {
    History tiny = new History(TestDesigns.twoVpcs(), 500, 1);
    new DesignEditor(tiny).delete(List.of(APP));

    assertTrue(tiny.undo());
    assertEquals(TestDesigns.twoVpcs(), tiny.current());
  }

  @Test
  void depth_belowOne_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> new History(TestDesigns.twoVpcs(), 0));
  }

  @Test
  void listeners_hearEveryChangeAfterItIsMade() {
    List<HistoryChange> heard = new ArrayList<>();
    List<Document> currentWhenHeard = new ArrayList<>();
    history.addListener(change -> {
      heard.add(change);
      currentWhenHeard.add(history.current());
    });
    Document start = history.current();

    rename(WEB, "Public");
    history.undo();
    history.redo();
    history.markSaved();

    assertEquals(List.of(HistoryChange.Kind.EXECUTED, HistoryChange.Kind.UNDONE, HistoryChange.Kind.REDONE,
        HistoryChange.Kind.SAVED), heard.stream().map(HistoryChange::kind).toList());
    assertSame(start, heard.get(0).before());
    assertSame(heard.get(0).after(), currentWhenHeard.get(0));
    assertSame(start, heard.get(1).after());
    assertEquals("Rename subnet Web", heard.get(2).label());
  }

  @Test
  void removedListener_hearsNothingMore() {
    List<HistoryChange> heard = new ArrayList<>();
    HistoryListener listener = heard::add;
    history.addListener(listener);
    history.removeListener(listener);

    rename(WEB, "Public");

    assertEquals(List.of(), heard);
  }

  @Test
  void execute_appliesACommandBuiltElsewhere() {
    Command rename = new EditDocumentInfo("Elsewhere", "", Region.US_EAST_1);

    history.execute(rename);

    assertEquals("Elsewhere", history.current().name());
    assertEquals(Optional.of("Edit design info"), history.undoLabel());
  }

  @Test
  void current_isReadableFromAnotherThreadWhileEditing() throws Exception {
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      List<Future<Integer>> sizes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        editor.editInfo("Step " + i, "", Region.US_EAST_1);
        sizes.add(reader.submit(() -> history.current().topology().size()));
      }
      for (Future<Integer> size : sizes) {
        assertEquals(20, size.get(), "a background reader always sees a whole document");
      }
    } finally {
      reader.shutdownNow();
    }
  }
}
