package dev.netwright.app.ui;

/**
 * Adds panels (inspector, problems, path, ...) to the main window. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.netwright.app.ui.DesignerPanels}),
 * so that the panels live in their own package and the shell does not depend on them.
 */
public interface DesignerPanels {
  /** Adds the panels to {@code window}; they observe and edit {@code window.session()}. */
  void install(MainWindow window);
}
