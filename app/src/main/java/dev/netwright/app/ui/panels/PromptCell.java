package dev.netwright.app.ui.panels;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The face of a choice box that always says something: the chosen item, or, while nothing is
 * chosen, the box's prompt in grey. (A plain ComboBox's face goes blank once its value went back to
 * nothing, as after opening another design, until something is chosen again.)
 *
 * @param <T> the items of the box
 */
final class PromptCell<T> extends ListCell<T> {
  static final String PROMPT = "prompt-shown";

  private final ComboBox<T> box;

  private PromptCell(ComboBox<T> box) {
    this.box = box;
  }

  /** Gives {@code box} a face that shows its prompt whenever nothing is chosen. */
  static <T> void install(ComboBox<T> box) {
    box.setButtonCell(new PromptCell<>(box));
  }

  @Override
  protected void updateItem(T item, boolean empty) {
    super.updateItem(item, empty);
    getStyleClass().remove(PROMPT);
    if (empty || item == null) {
      setText(box.getPromptText());
      getStyleClass().add(PROMPT);
    } else {
      StringConverter<T> converter = box.getConverter();
      setText(converter == null ? item.toString() : converter.toString(item));
    }
  }
}
