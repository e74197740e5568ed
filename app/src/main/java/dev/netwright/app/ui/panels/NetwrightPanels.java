package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignerPanels;
import dev.netwright.app.ui.MainWindow;

/**
 * Puts the inspector beside the canvas and the problems, path and cost panels below it. Found by the
 * main window through {@link java.util.ServiceLoader}.
 */
public final class NetwrightPanels implements DesignerPanels {
  @Override
  public void install(MainWindow window) {
    window.addSideTab("Inspector", new InspectorPanel(window.session()));
    window.addBottomTab("Problems", new ProblemsPanel(window.session()));
    window.addBottomTab("Paths", new PathPanel(window.session()));
    window.addBottomTab("Cost", new CostPanel(window.session()));
  }
}
