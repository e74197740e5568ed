package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What lives inside a subnet, in its form: its workloads, each a link that selects it (the way to
 * one workload of a group drawn as "12 instances"), and buttons that add a workload to the subnet
 * or give the subnet a network ACL of its own; what is added is selected, for its own form.
 */
final class SubnetContents extends VBox {
  private final InspectorEdits edits;
  private final ElementId subnetId;
  private final FlowPane workloads = new FlowPane(6, 2);
  private final Label error = new Label();

  SubnetContents(InspectorEdits edits, ElementId subnetId) {
    this.edits = edits;
    this.subnetId = subnetId;
    setSpacing(4);
    Label caption = new Label("Workloads");
    caption.getStyleClass().add("field-caption");
    workloads.setId("inspector-subnet-workloads");
    Button addWorkload = new Button("Add workload");
    addWorkload.setId("inspector-subnet-add-workload");
    addWorkload.setOnAction(event -> act(() -> edits.addWorkload(subnetId)));
    Button newAcl = new Button("New network ACL");
    newAcl.setId("inspector-subnet-new-acl");
    newAcl.setOnAction(event -> act(() -> edits.addNetworkAcl(subnetId)));
    HBox buttons = new HBox(6, addWorkload, newAcl);
    buttons.setAlignment(Pos.CENTER_LEFT);
    error.setId("inspector-subnet-contents-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    getChildren().addAll(caption, workloads, buttons, error);
  }

  void show(Subnet subnet) {
    List<Workload> inside = edits.topology().workloadsIn(subnet.id());
    workloads.getChildren().clear();
    if (inside.isEmpty()) {
      workloads.getChildren().add(new Label("none"));
    }
    for (Workload workload : inside) {
      Hyperlink link = new Hyperlink(workload.label());
      link.setId("inspector-subnet-workload-" + workload.id());
      link.setOnAction(event -> edits.select(workload.id()));
      workloads.getChildren().add(link);
    }
  }

  private void act(Supplier<Element> add) {
    try {
      error.setText("");
      edits.select(add.get().id());
    } catch (NetwrightException e) {
      error.setText(e.getMessage());
    }
  }
}
