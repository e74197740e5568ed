package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.edit.Clipboard;
import dev.netwright.model.topology.Element;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * The Edit menu: undo, redo, cut, copy, paste, delete and select all. When a text field has the
 * focus (the inspector), cut, copy, paste, delete and select all act on its text; undo and redo act
 * on its typing while it holds typing not yet applied ({@link PendingText}), and on the design
 * otherwise, so that Ctrl+Z in a field just applied takes the applied change back.
 */
final class EditActions {
  private static final double PASTE_OFFSET = 30;

  private final DesignSession session;
  private final DesignCanvas canvas;
  private final Supplier<Node> focusOwner;
  private Clipboard clipboard;
  private int pastes;

  EditActions(DesignSession session, DesignCanvas canvas, Supplier<Node> focusOwner) {
    this.session = session;
    this.canvas = canvas;
    this.focusOwner = focusOwner;
  }

  void undo() {
    TextInputControl text = textFocus();
    if (text != null && PendingText.isPending(text) && text.isUndoable()) {
      text.undo();
    } else if (session.canUndoProperty().get()) {
      session.undo();
    }
  }

  void redo() {
    TextInputControl text = textFocus();
    if (text != null && PendingText.isPending(text) && text.isRedoable()) {
      text.redo();
    } else if (session.canRedoProperty().get()) {
      session.redo();
    }
  }

  void copy() {
    TextInputControl text = textFocus();
    if (text != null) {
      text.copy();
    } else if (!session.selection().isEmpty()) {
      clipboard = Clipboard.copy(session.document(), List.copyOf(session.selection()));
      pastes = 0;
    }
  }

  void cut() {
    TextInputControl text = textFocus();
    if (text != null) {
      text.cut();
    } else if (!session.selection().isEmpty()) {
      copy();
      canvas.deleteSelection();
    }
  }

  void paste() {
    TextInputControl text = textFocus();
    if (text != null) {
      text.paste();
      return;
    }
    if (clipboard == null || clipboard.isEmpty()) {
      return;
    }
    pastes++;
    try {
      Set<ElementId> before = session.document().topology().elements().stream().map(Element::id).collect(Collectors.toSet());
      session.editor().paste(clipboard, PASTE_OFFSET * pastes, PASTE_OFFSET * pastes);
      session.select(session.document().topology().elements().stream().map(Element::id)
          .filter(id -> !before.contains(id)).toList());
    } catch (NetwrightException refused) {
      canvas.showHint(refused.getMessage());
    }
  }

  void delete() {
    TextInputControl text = textFocus();
    if (text != null) {
      text.deleteNextChar();
    } else {
      canvas.deleteSelection();
    }
  }

  void selectAll() {
    TextInputControl text = textFocus();
    if (text != null) {
      text.selectAll();
    } else {
      session.select(session.document().topology().elements().stream().map(Element::id).toList());
    }
  }

  boolean hasClipboard() {
    return clipboard != null && !clipboard.isEmpty();
  }

  private TextInputControl textFocus() {
    Node node = focusOwner.get();
    return node instanceof TextInputControl text ? text : null;
  }
}
