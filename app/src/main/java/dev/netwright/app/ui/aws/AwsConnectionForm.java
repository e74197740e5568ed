package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.AwsSettings;
import dev.netwright.model.Region;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The fields that say where and as whom to reach AWS: a profile (empty for the default credential
 * chain), the regions and an optional endpoint URL. It asks for no key: credentials come from the
 * SDK's chain or the profile.
 */
final class AwsConnectionForm extends GridPane {
  final TextField profile = new TextField();
  final TextField regions = new TextField();
  final TextField endpoint = new TextField();

  AwsConnectionForm(String defaultRegion) {
    setHgap(8);
    setVgap(6);
    profile.setId("aws-profile");
    profile.setPromptText("default credential chain");
    regions.setId("aws-regions");
    regions.setText(defaultRegion);
    regions.setPromptText("us-east-1, eu-west-1");
    endpoint.setId("aws-endpoint");
    endpoint.setPromptText("AWS (or AWS_ENDPOINT_URL)");
    ColumnConstraints captions = new ColumnConstraints();
    captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    getColumnConstraints().addAll(captions, fields);
    addRow(0, new Label("Profile"), profile);
    addRow(1, new Label("Regions"), regions);
    addRow(2, new Label("Endpoint URL"), endpoint);
  }

  /** The settings the fields give; a NetwrightException naming the field otherwise. */
  AwsSettings settings() {
    List<Region> parsed = Arrays.stream(regions.getText().split("[,\\s]+")).filter(text -> !text.isBlank()).map(Region::of)
        .distinct().toList();
    return AwsSettings.of(profile.getText(), parsed, AwsSettings.endpointFrom(endpoint.getText(), System.getenv()));
  }
}
