package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The inspector: every property of the selected element, editable. With nothing selected it
 * shows the design's own information; with several elements selected it says how many. Each
 * change is one command (one undo step); a value the design cannot take is marked at its field
 * with the reason and not applied.
 */
public final class InspectorPanel extends VBox {
  private final DesignSession session;
  private final InspectorEdits edits;
  private final Label title = new Label();
  private final ScrollPane scroll = new ScrollPane();
  private final DocumentForm documentForm;
  private ElementId shownId;
  private ElementForm<?> form;

  public InspectorPanel(DesignSession session) {
    this.session = session;
    this.edits = new InspectorEdits(session);
    this.documentForm = new DocumentForm(edits);
    setId("inspector");
    getStyleClass().addAll("panel", "inspector-panel");
    getStylesheets().add(PanelStyles.URL);
    title.setId("inspector-title");
    title.getStyleClass().add("panel-title");
    title.setWrapText(true);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(title, scroll);
    session.selection().addListener((SetChangeListener<ElementId>) change -> update());
    session.documentProperty().addListener((obs, before, after) -> update());
    update();
  }

  /** The id of the element whose form is shown; empty when the design's info or a multiple selection is shown. */
  public Optional<ElementId> shownElement() {
    return Optional.ofNullable(shownId);
  }

  private void update() {
    if (session.selection().size() == 1) {
      ElementId id = session.selection().iterator().next();
      Optional<Element> element = session.document().topology().find(id);
      if (element.isPresent()) {
        showElement(element.get());
        return;
      }
    }
    shownId = null;
    form = null;
    if (session.selection().size() > 1) {
      title.setText(session.selection().size() + " elements selected");
      scroll.setContent(new Label("Select one element to edit its properties."));
    } else {
      title.setText("Design");
      documentForm.refresh();
      scroll.setContent(documentForm);
    }
  }

  private void showElement(Element element) {
    if (form == null || !element.id().equals(shownId)) {
      shownId = element.id();
      form = formFor(element);
      scroll.setContent(form);
    }
    title.setText(element.kind().label() + " · " + element.id());
    form.refresh();
  }

  private ElementForm<?> formFor(Element element) {
    ElementId id = element.id();
    if (element instanceof Vpc) {
      return new VpcForm(edits, id);
    }
    if (element instanceof Subnet) {
      return new SubnetForm(edits, id);
    }
    if (element instanceof RouteTable) {
      return new RouteTableForm(edits, id);
    }
    if (element instanceof GatewayEndpoint) {
      return EndpointForm.gateway(edits, id);
    }
    if (element instanceof InterfaceEndpoint) {
      return EndpointForm.iface(edits, id);
    }
    if (element instanceof SecurityGroup) {
      return new SecurityGroupForm(edits, id);
    }
    if (element instanceof NatGateway) {
      return new NatGatewayForm(edits, id);
    }
    if (element instanceof VpnGateway) {
      return new VpnGatewayForm(edits, id);
    }
    if (element instanceof NetworkAcl) {
      return new NetworkAclForm(edits, id);
    }
    if (element instanceof Workload) {
      return new WorkloadForm(edits, id);
    }
    ElementForm<?> transit = TransitForms.of(edits, element);
    return transit != null ? transit : new NamedElementForm(edits, id);
  }

  /**
   * Shows the filter a blocked path names: selects it and, for a network ACL, the rule in its
   * table ({@code rule} as the path answer writes it: {@code outbound 90}, {@code inbound *},
   * {@code egress}).
   */
  public void focusRule(ElementId filter, String rule) {
    session.select(java.util.List.of(filter));
    if (form instanceof NetworkAclForm acl && rule != null && filter.equals(shownId)) {
      String[] parts = rule.split(" ");
      if (parts.length == 2) {
        acl.focus(parts[0].equals("inbound"), parts[1].equals("*") ? null : Integer.valueOf(parts[1]));
      }
    }
  }

  /** The form currently shown, for the panel's tests. */
  Node currentForm() {
    return scroll.getContent();
  }
}
