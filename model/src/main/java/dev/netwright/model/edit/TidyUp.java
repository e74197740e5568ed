package dev.netwright.model.edit;

import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;

/** The whole design laid out anew by the automatic layout, as one step (Edit ▸ Tidy Up). */
public final class TidyUp implements Command {
  private final Layout layout;

  TidyUp(Layout layout) {
    this.layout = layout;
  }

  @Override
  public String label() {
    return "Tidy up";
  }

  @Override
  public Document apply(Document document) {
    return document.withLayout(layout);
  }
}
