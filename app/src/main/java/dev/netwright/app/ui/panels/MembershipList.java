package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A list of check boxes, one per element that could be joined (the route tables of a gateway
 * endpoint, the subnets and security groups of an interface endpoint, the subnets of a route
 * table): ticking one joins it, unticking leaves it, each one command. A refused change is undone
 * on screen and explained under the list.
 */
final class MembershipList extends VBox {
  private final String cssId;
  private final BiConsumer<ElementId, Boolean> change;
  private final VBox boxes = new VBox(2);
  private final Label error = new Label();

  /** @param change told which element to join (true) or leave (false); throws {@link NetwrightException} when refused */
  MembershipList(String caption, String cssId, BiConsumer<ElementId, Boolean> change) {
    this.cssId = cssId;
    this.change = change;
    setSpacing(2);
    setId(cssId);
    Label label = new Label(caption);
    label.getStyleClass().add("field-caption");
    label.setWrapText(true);
    error.setId(cssId + "-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    getChildren().addAll(label, boxes, error);
  }

  /** Shows every candidate, ticked when it is a member. */
  void show(List<? extends Element> candidates, Set<ElementId> members) {
    boxes.getChildren().clear();
    if (candidates.isEmpty()) {
      boxes.getChildren().add(new Label("none in this VPC"));
    }
    for (Element candidate : candidates) {
      CheckBox box = new CheckBox(candidate.label());
      box.setId(cssId + "-" + candidate.id());
      box.setUserData(candidate.id());
      box.setSelected(members.contains(candidate.id()));
      box.setOnAction(event -> {
        try {
          error.setText("");
          change.accept(candidate.id(), box.isSelected());
        } catch (NetwrightException e) {
          box.setSelected(!box.isSelected());
          error.setText(e.getMessage());
        }
      });
      boxes.getChildren().add(box);
    }
  }
}
