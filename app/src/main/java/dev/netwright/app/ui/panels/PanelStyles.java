package dev.netwright.app.ui.panels;

import java.util.Objects;

/** Where the panels' stylesheet is; each panel adds it so that it looks right wherever the shell places it. */
final class PanelStyles {
  static final String URL = Objects.requireNonNull(PanelStyles.class.getResource("panels.css"), "panels.css").toExternalForm();

  private PanelStyles() {
  }
}
