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
    InspectorPanel inspector = new InspectorPanel(window.session());
    window.addSideTab("Inspector", inspector);
    window.addBottomTab("Problems", new ProblemsPanel(window.session()));
    PathPanel paths = new PathPanel(window.session());
    // a click on the rule that blocks a path shows that rule in the Inspector
    paths.setOnRule(inspector::focusRule);
    window.addBottomTab("Paths", paths);
    window.addBottomTab("Cost", new CostPanel(window.session()));
  }
}
