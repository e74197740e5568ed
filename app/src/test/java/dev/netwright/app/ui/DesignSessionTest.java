package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Vpc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignSessionTest {
  private final Vpc vpc = new Vpc(ElementId.of("Main"), "main", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1);

  @Test
  void apply_thenUndo_restoresTheDocumentAndClearsDirty() {
    DesignSession session = DesignSession.empty();
    Document empty = session.document();

    session.editor().add(vpc);
    assertTrue(session.isDirty());
    assertTrue(session.undoDescription().startsWith("Add"), session.undoDescription());

    session.undo();
    assertEquals(empty, session.document());
    assertFalse(session.isDirty());
    assertTrue(session.canRedoProperty().get());

    session.redo();
    assertTrue(session.document().topology().contains(vpc.id()));
  }

  @Test
  void selection_dropsElementsThatAnEditRemoved() {
    DesignSession session = DesignSession.empty();
    Document empty = session.document();
    session.editor().add(vpc);
    session.select(List.of(vpc.id(), ElementId.of("Nothing")));
    assertEquals(List.of(vpc.id()), List.copyOf(session.selection()));

    session.undo();
    assertTrue(session.selection().isEmpty());
  }

  @Test
  void markSaved_remembersTheFileAndTheSavePoint() {
    DesignSession session = DesignSession.empty();
    session.editor().add(vpc);
    session.markSaved(Path.of("design.json"));
    assertFalse(session.isDirty());
    assertEquals(Path.of("design.json"), session.file());
    session.undo();
    assertTrue(session.isDirty());
  }
}
