package dev.netwright.app.ui.panels;

import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the inspector shows when nothing is selected: the design's own information (name,
 * description, default region) and how many elements it holds.
 */
final class DocumentForm extends VBox {
  private final InspectorEdits edits;
  private final ValidatedField<String> name;
  private final ValidatedField<String> description;
  private final ValidatedField<Region> region;
  private final ValidatedField<BigDecimal> unstatedGb;
  private final Label summary = ElementForm.info("inspector-document-summary");

  DocumentForm(InspectorEdits edits) {
    this.edits = edits;
    setSpacing(6);
    name = new ValidatedField<>("Design name", "inspector-document-name", String::trim,
        value -> edits.setDocumentInfo(value, edits.document().description(), edits.document().region()));
    description = new ValidatedField<>("Description", "inspector-document-description", String::trim,
        value -> edits.setDocumentInfo(edits.document().name(), value, edits.document().region()));
    region = new ValidatedField<>("Default region", "inspector-document-region", text -> Region.of(text.trim()),
        value -> edits.setDocumentInfo(edits.document().name(), edits.document().description(), value));
    unstatedGb = new ValidatedField<>("Traffic assumed per subnet where no flow is stated (GB a month to each service)",
        "inspector-document-gb-per-subnet", text -> OutgoingFlowsEditor.gigabytes(text, "assumed"), edits::setUnstatedGb);
    getChildren().addAll(name, description, region, unstatedGb, summary);
  }

  void refresh() {
    Document document = edits.document();
    name.show(document.name());
    description.show(document.description());
    region.show(document.region().name());
    unstatedGb.show(document.traffic().unstated().gbPerSubnet().stripTrailingZeros().toPlainString());
    summary.setText(document.topology().size() + " elements, " + document.topology().vpcs().size() + " VPCs, "
        + document.topology().subnets().size() + " subnets");
  }
}
