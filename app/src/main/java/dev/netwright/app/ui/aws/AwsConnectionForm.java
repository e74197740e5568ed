package dev.netwright.app.ui.aws;

import dev.netwright.app.aws.AwsSettings;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The fields that say where and as whom to reach AWS: profiles (empty for the default credential
 * chain), the regions ({@code all} for every enabled one), an optional endpoint URL, and roles to
 * assume; several profiles or roles mean several accounts. It asks for no key: credentials come
 * from the SDK's chain, the profiles or the roles.
 */
final class AwsConnectionForm extends GridPane {
  final TextField profile = new TextField();
  final TextField regions = new TextField();
  final TextField endpoint = new TextField();
  final TextField roles = new TextField();

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
    roles.setId("aws-roles");
    roles.setPromptText("arn:aws:iam::123456789012:role/NetwrightReadOnly, …");
    addRow(3, new Label("Role ARNs"), roles);
  }

  /** The settings the fields give; a NetwrightException naming the field otherwise. */
  AwsSettings settings() {
    return AwsSettings.parse(items(profile), items(roles), items(regions), AwsSettings.endpointFrom(endpoint.getText(), System.getenv()));
  }

  /** The comma- or space-separated items of a field. */
  private static List<String> items(TextField field) {
    return Arrays.stream(field.getText().split("[,\\s]+")).filter(text -> !text.isBlank()).toList();
  }
}
