package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import dev.netwright.model.traffic.Traffic;
import java.util.function.UnaryOperator;

/** Changes the traffic a design states: adds, edits or removes a flow, or sets the default for the rest. */
public final class EditTraffic implements Command {
  private final String label;
  private final UnaryOperator<Traffic> change;

  EditTraffic(String label, UnaryOperator<Traffic> change) {
    this.label = label;
    this.change = change;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.withTraffic(change.apply(document.traffic()));
  }
}
