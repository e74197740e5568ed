package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.OpaqueResource;

/** A resource Netwright keeps but does not model, labelled with its type. */
public final class OpaqueView extends NodeView {
  public OpaqueView(OpaqueResource element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    return ((OpaqueResource) element()).resourceType();
  }
}
