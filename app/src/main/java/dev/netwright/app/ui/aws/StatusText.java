package dev.netwright.app.ui.aws;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextArea;

/**
 * The line an AWS dialog says what it is doing or why it failed in: wrapped and shown whole
 * (scrolling when long, never cut with "…"), and selectable so that it can be copied into a
 * ticket or a search.
 */
final class StatusText extends TextArea {
  StatusText(ObservableValue<String> text) {
    setId("aws-status");
    getStyleClass().add("aws-status");
    setEditable(false);
    setWrapText(true);
    setFocusTraversable(true);
    setPrefRowCount(3);
    setMinHeight(USE_PREF_SIZE);
    textProperty().bind(text);
  }
}
