package dev.netwright.model.edit;

import dev.netwright.model.cost.AdviceFix;
import dev.netwright.model.document.Document;

/** Makes the change a piece of cost advice asks for, as one undo step. */
public final class FollowAdvice implements Command {
  private final AdviceFix fix;

  FollowAdvice(AdviceFix fix) {
    this.fix = fix;
  }

  @Override
  public String label() {
    return fix.label();
  }

  @Override
  public Document apply(Document document) {
    return fix.applyTo(document);
  }
}
