package dev.netwright.app.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;

/**
 * Whether a text field holds typing that is not yet part of the design, which decides where Undo
 * and Redo go while the field has the focus (docs/editing.md): to the typing while there is some,
 * to the design otherwise. A field that applies its text on Enter (the inspector's) says when its
 * text differs from the design's value; any other field counts as pending while its own typing
 * can be undone.
 */
public final class PendingText {
  private static final String KEY = "netwright.pendingText";

  private PendingText() {
  }

  /** Tells the window how to know whether {@code field} holds typing the design does not have yet. */
  public static void track(TextInputControl field, BooleanSupplier pending) {
    field.getProperties().put(KEY, pending);
  }

  static boolean isPending(TextInputControl field) {
    Object pending = field.getProperties().get(KEY);
    return pending instanceof BooleanSupplier supplier ? supplier.getAsBoolean() : field.isUndoable();
  }
}
