package dev.netwright.app.ui;

import dev.netwright.app.cli.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help ▸ Getting started (how to draw, connect and ask a path, with the samples to open) and
 * Help ▸ About (version, the libraries bundled and their licences, where the documentation lives).
 * Both are small windows that do not block the designer.
 */
final class HelpWindows {
  private static final double WIDTH = 560;

  private HelpWindows() {
  }

  /** Shows Getting started; a click on a sample hands its file to {@code open}. */
  static Alert gettingStarted(Window owner, Consumer<Path> open) {
    VBox content = new VBox(8);
    content.setId("gettingStarted");
    content.getChildren().addAll(
        step("Draw", "Drag a VPC from the palette onto the canvas, then subnets into its zone lanes, then route tables,"
            + " gateways, endpoints and security groups onto the VPC."),
        step("Connect", "Pick Connect in the toolbar and drag: a subnet to a route table associates them, a route table"
            + " to a gateway adds a route (you are asked for its destination), a gateway endpoint to a route table"
            + " attaches it, an interface endpoint to a subnet or a security group."),
        step("Edit", "Select an element to edit it in the Inspector; Enter applies, Escape puts the value back, and"
            + " every change is one Undo (Ctrl+Z)."),
        step("Ask a path", "In Paths (below the canvas), pick where traffic starts and where it goes: the verdict, the"
            + " hops and the cost per GB show there and the path is highlighted on the canvas. Problems lists what the"
            + " checks found; click one to see its elements."),
        new Label("Open a sample to see it done:"));
    GridPane samples = new GridPane();
    samples.setHgap(8);
    samples.setVgap(2);
    int row = 0;
    for (Samples.Sample sample : Samples.ALL) {
      Hyperlink link = new Hyperlink(sample.file());
      link.setId("sample-" + sample.file().replace(".json", ""));
      link.setMinWidth(Region.USE_PREF_SIZE);
      link.setOnAction(event -> Samples.find(sample.file()).ifPresentOrElse(open,
          () -> link.setText(sample.file() + " (not found)")));
      Label scenario = new Label(sample.scenario());
      scenario.setWrapText(true);
      samples.addRow(row++, link, scenario);
    }
    content.getChildren().add(samples);
    return show(owner, "Getting started", content);
  }

  /** Shows About. */
  static Alert about(Window owner) {
    VBox content = new VBox(8);
    content.setId("about");
    content.getChildren().add(wrapped(new Version().getVersion()[0] + " · Java " + System.getProperty("java.version")
        + " · JavaFX " + System.getProperty("javafx.runtime.version", "(version unknown)")));
    content.getChildren().add(wrapped("A designer for AWS VPC topologies: it checks what reaches what, by which way and"
        + " at what cost, before anything is deployed."));
    Label bundledTitle = new Label("Bundled libraries and their licences:");
    GridPane bundled = new GridPane();
    bundled.setId("about-libraries");
    bundled.setHgap(12);
    int row = 0;
    for (BundledLibrary library : BundledLibrary.present()) {
      bundled.addRow(row++, new Label(library.name()), new Label(library.licence()));
    }
    content.getChildren().addAll(bundledTitle, bundled,
        wrapped("The icons are Netwright's own. Prices in the cost figures are a dated table of AWS's public prices."),
        wrapped("Documentation: README.md and the docs/ folder of the source (editing.md, panels.md, paths.md, rules.md,"
            + " file-format.md, cloudformation.md, aws.md, cost.md); 'netwright --help' for the command line;"
            + " Help ▸ Shortcuts for the keys."));
    return show(owner, "About Netwright", content);
  }

  private static Label step(String title, String text) {
    Label label = wrapped(title + ": " + text);
    label.getStyleClass().add("help-step");
    return label;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMaxWidth(WIDTH);
    return label;
  }

  private static Alert show(Window owner, String title, VBox content) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("Netwright");
    alert.setHeaderText(title);
    alert.setGraphic(null);
    content.setMaxWidth(WIDTH);
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setPrefWidth(WIDTH + 40);
    alert.setResizable(true);
    alert.show();
    return alert;
  }

  /**
   * A library the jar bundles, found by one of its classes, so that About lists what this build
   * really carries (the layout library only once it is part of the build).
   */
  record BundledLibrary(String name, String licence, String probeClass) {
    static final List<BundledLibrary> KNOWN = List.of(
        new BundledLibrary("OpenJFX (JavaFX)", "GPL 2.0 with the Classpath Exception", "javafx.application.Application"),
        new BundledLibrary("AWS SDK for Java 2", "Apache License 2.0", "software.amazon.awssdk.core.SdkClient"),
        new BundledLibrary("Jackson", "Apache License 2.0", "com.fasterxml.jackson.databind.ObjectMapper"),
        new BundledLibrary("SnakeYAML", "Apache License 2.0", "org.yaml.snakeyaml.Yaml"),
        new BundledLibrary("snakeyaml-engine", "Apache License 2.0", "org.snakeyaml.engine.v2.api.Load"),
        new BundledLibrary("JGraphT", "LGPL 2.1 or EPL 2.0", "org.jgrapht.Graph"),
        new BundledLibrary("picocli", "Apache License 2.0", "picocli.CommandLine"),
        new BundledLibrary("Eclipse Layout Kernel", "EPL 2.0", "org.eclipse.elk.core.RecursiveGraphLayoutEngine"),
        new BundledLibrary("SLF4J", "MIT License", "org.slf4j.Logger"));

    /** The known libraries whose classes this build carries. */
    static List<BundledLibrary> present() {
      return KNOWN.stream().filter(BundledLibrary::isPresent).toList();
    }

    boolean isPresent() {
      try {
        Class.forName(probeClass, false, HelpWindows.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
