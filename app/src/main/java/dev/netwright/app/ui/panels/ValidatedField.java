package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.PendingText;
import dev.netwright.model.NetwrightException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A labelled text field of the inspector that applies what is typed only when it is valid. The
 * text is parsed when the user presses Enter or leaves the field; a value that does not parse, or
 * that the editor refuses, is not applied: the field gets a red border and the reason shows in a
 * label under it until the text is fixed or Escape restores the model's value.
 *
 * @param <T> the value the text stands for (a {@code Cidr}, a name, a list of blocks...)
 */
public final class ValidatedField<T> extends VBox {
  static final String INVALID = "invalid";

  private final TextField field = new TextField();
  private final Label error = new Label();
  private final Function<String, T> parse;
  private final Consumer<T> apply;
  private String shown = "";

  /**
   * @param caption what the field is, shown above it
   * @param id the field's CSS id, so that tests and styles can find it; the error label gets {@code id + "-error"}
   * @param parse turns the text into a value or throws {@link NetwrightException} saying why it cannot
   * @param apply hands the value to the editor; may throw {@link NetwrightException} when the edit is refused
   */
  public ValidatedField(String caption, String id, Function<String, T> parse, Consumer<T> apply) {
    this.parse = Objects.requireNonNull(parse, "parse");
    this.apply = Objects.requireNonNull(apply, "apply");
    getStyleClass().add("validated-field");
    Label label = new Label(caption);
    label.getStyleClass().add("field-caption");
    label.setWrapText(true);
    label.setLabelFor(field);
    field.setId(id);
    error.setId(id + "-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.setManaged(false);
    error.setVisible(false);
    getChildren().addAll(label, field, error);
    field.setOnAction(event -> commit());
    PendingText.track(field, () -> !shown.equals(field.getText() == null ? "" : field.getText()));
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        commit();
      }
    });
    field.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ESCAPE) {
        show(shown);
        event.consume();
      }
    });
  }

  /** Shows the model's current value and clears any mark. */
  public void show(String text) {
    shown = text == null ? "" : text;
    field.setText(shown);
    clearError();
  }

  /**
   * Parses the text and applies it when it differs from what the model holds.
   *
   * @return true when the text is valid (applied or unchanged), false when it was refused
   */
  public boolean commit() {
    String text = field.getText() == null ? "" : field.getText();
    if (text.equals(shown)) {
      clearError();
      return true;
    }
    try {
      apply.accept(parse.apply(text));
      shown = text;
      clearError();
      return true;
    } catch (NetwrightException e) {
      markError(e.getMessage());
      return false;
    }
  }

  /** True while the field shows a refused value. */
  public boolean isInvalid() {
    return field.getStyleClass().contains(INVALID);
  }

  /** The reason the typed value was refused, empty when it was not. */
  public String errorText() {
    return error.getText();
  }

  public TextField textField() {
    return field;
  }

  /** Marks {@code field} as refused and says why in {@code error}: for editors that check several fields before one change. */
  static void markInvalid(Label error, javafx.scene.control.Control field, String message) {
    error.setText(message);
    if (!field.getStyleClass().contains(INVALID)) {
      field.getStyleClass().add(INVALID);
    }
  }

  /** Clears {@code error} and the marks of {@code fields}. */
  static void clearInvalid(Label error, javafx.scene.control.Control... fields) {
    error.setText("");
    for (javafx.scene.control.Control field : fields) {
      field.getStyleClass().remove(INVALID);
    }
  }

  private void markError(String message) {
    error.setText(message);
    error.setManaged(true);
    error.setVisible(true);
    if (!field.getStyleClass().contains(INVALID)) {
      field.getStyleClass().add(INVALID);
    }
  }

  private void clearError() {
    error.setText("");
    error.setManaged(false);
    error.setVisible(false);
    field.getStyleClass().remove(INVALID);
  }
}
