package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.app.ui.canvas.Icons;
import dev.netwright.app.ui.canvas.ToolKind;
import dev.netwright.model.topology.ElementKind;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The element kinds a person can add, each with the project's icon. Drag one onto the canvas, or
 * click it and then click the canvas.
 */
final class Palette {
  private static final List<ElementKind> KINDS = List.of(ElementKind.VPC, ElementKind.SUBNET, ElementKind.ROUTE_TABLE,
      ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY, ElementKind.GATEWAY_ENDPOINT, ElementKind.INTERFACE_ENDPOINT,
      ElementKind.SECURITY_GROUP, ElementKind.VPN_GATEWAY, ElementKind.PEERING, ElementKind.TRANSIT_GATEWAY, ElementKind.HOSTED_ZONE,
      ElementKind.OPAQUE);

  private Palette() {
  }

  static void fill(VBox box, DesignCanvas canvas) {
    Label title = new Label("ELEMENTS");
    title.getStyleClass().add("palette-title");
    box.getChildren().add(title);
    for (ElementKind kind : KINDS) {
      box.getChildren().add(item(kind, canvas));
    }
    Label hint = new Label("Drag onto the canvas, or click and then click where it goes. "
        + "Wire elements with the Connect tool.");
    hint.getStyleClass().add("palette-hint");
    hint.setMaxWidth(170);
    box.getChildren().add(hint);
    canvas.toolProperty().addListener((observable, before, tool) -> {
      if (tool != ToolKind.CREATE) {
        box.getChildren().forEach(node -> node.getStyleClass().remove("armed"));
      }
    });
  }

  private static Button item(ElementKind kind, DesignCanvas canvas) {
    Button button = new Button(kind.label(), Icons.node(kind, 22));
    button.setId("palette-" + kind.slug());
    button.getStyleClass().add("palette-item");
    button.setUserData(kind);
    button.setFocusTraversable(false);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setTooltip(new Tooltip(tip(kind)));
    button.setOnAction(event -> {
      canvas.armCreate(kind);
      button.getStyleClass().add("armed");
    });
    button.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
      button.startFullDrag();
      event.consume();
    });
    return button;
  }

  private static String tip(ElementKind kind) {
    switch (kind) {
      case SUBNET:
        return "A subnet goes into a zone lane of a VPC";
      case NAT_GATEWAY:
        return "A NAT gateway goes into a (public) subnet";
      case INTERNET_GATEWAY:
        return "Attach to a VPC: at most one per VPC";
      case PEERING:
        return "Peer two VPCs: use the Connect tool from one VPC to the other";
      case OPAQUE:
        return "A resource Netwright keeps without modelling it";
      case TRANSIT_GATEWAY:
        return "A hub outside the VPCs: attach a VPC with the Connect tool from the VPC to the transit gateway";
      case HOSTED_ZONE:
        return "A private hosted zone: drop it on a VPC, or connect it to VPCs with the Connect tool";
      case VPC:
        return "A VPC with three zone lanes";
      default:
        return "Goes into a VPC's bottom band";
    }
  }
}
