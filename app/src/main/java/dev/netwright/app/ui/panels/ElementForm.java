package dev.netwright.app.ui.panels;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The inspector's form for one element: its fields, filled from the current design and sending
 * each change to {@link InspectorEdits}. Subclasses lay out the fields of one kind of element.
 *
 * @param <E> the kind of element the form edits
 */
abstract class ElementForm<E extends Element> extends VBox {
  protected final InspectorEdits edits;
  protected final ElementId id;
  private final Class<E> type;
  /** Where a refused change of a check box or choice is explained. */
  protected final Label formError = new Label();

  ElementForm(InspectorEdits edits, ElementId id, Class<E> type) {
    this.edits = edits;
    this.id = id;
    this.type = type;
    getStyleClass().add("element-form");
    setSpacing(6);
    formError.setId("inspector-form-error");
    formError.getStyleClass().add("field-error");
    formError.setWrapText(true);
  }

  /** Shows the element's values as they are in the current design. */
  final void refresh() {
    edits.topology().find(id, type).ifPresent(element -> {
      formError.setText("");
      show(element);
    });
  }

  /** Fills every field from {@code element}. */
  protected abstract void show(E element);

  protected E current() {
    return edits.topology().require(id, type);
  }

  protected ValidatedField<String> nameField() {
    return new ValidatedField<>("Name", "inspector-name", Element::checkName, name -> edits.rename(id, name));
  }

  /** A check box whose change is applied at once; a refused change is undone on screen and explained. */
  protected CheckBox flag(String caption, String cssId, Consumer<Boolean> apply) {
    CheckBox box = new CheckBox(caption);
    box.setId(cssId);
    box.setOnAction(event -> {
      try {
        formError.setText("");
        apply.accept(box.isSelected());
      } catch (NetwrightException e) {
        box.setSelected(!box.isSelected());
        formError.setText(e.getMessage());
      }
    });
    return box;
  }

  protected static Label info(String cssId) {
    Label label = new Label();
    label.setId(cssId);
    label.setWrapText(true);
    label.getStyleClass().add("field-info");
    return label;
  }

  /** Reads CIDR blocks separated by commas, spaces or new lines; refuses an empty list when {@code atLeastOne}. */
  static List<Cidr> parseCidrs(String text, boolean atLeastOne) {
    List<Cidr> blocks = new ArrayList<>();
    for (String part : text.split("[,\\s]+")) {
      if (!part.isBlank()) {
        blocks.add(Cidr.parse(part.trim()));
      }
    }
    if (atLeastOne && blocks.isEmpty()) {
      throw new InvalidValueException("at least one CIDR block is needed, e.g. 10.0.0.0/16");
    }
    return blocks;
  }

  /** Shows the values of a choice as {@code text} says; the choice is never typed into. */
  static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
  }

  static String formatCidrs(List<Cidr> blocks) {
    return String.join(", ", blocks.stream().map(Cidr::toString).toList());
  }
}
