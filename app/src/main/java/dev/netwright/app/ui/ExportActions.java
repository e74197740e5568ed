package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.Decorations;
import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.model.NetwrightException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Export Image (PNG, SVG) and the CloudFormation import and export of the File menu. Failures
 * show a dialog naming the file and what went wrong.
 */
final class ExportActions {
  private final DesignSession session;
  private final DesignCanvas canvas;
  private final Supplier<Window> owner;
  private final DesignFiles files;

  ExportActions(DesignSession session, DesignCanvas canvas, Supplier<Window> owner, DesignFiles files) {
    this.session = session;
    this.canvas = canvas;
    this.owner = owner;
    this.files = files;
  }

  /** True once the CloudFormation model is part of the build. */
  static boolean cloudFormationAvailable() {
    return CloudFormationFiles.available();
  }

  void exportPng() {
    files.chooser().chooseToSave("PNG image", baseName() + ".png", "png").ifPresent(file -> write(file, "png"));
  }

  void exportSvg() {
    files.chooser().chooseToSave("SVG image", baseName() + ".svg", "svg").ifPresent(file -> write(file, "svg"));
  }

  void exportCloudFormation() {
    files.chooser().chooseToSave("CloudFormation template", baseName() + ".yaml", "yaml", "yml", "json").ifPresent(file -> {
      try {
        CloudFormationFiles.export(session.document(), file);
        canvas.showHint("Exported " + file.getFileName());
      } catch (NetwrightException e) {
        Dialogs.error(owner.get(), "Cannot export " + file.getFileName(), e.getMessage());
      }
    });
  }

  void importCloudFormation() {
    if (!files.confirmDiscard()) {
      return;
    }
    files.chooser().chooseToOpen("CloudFormation template", "yaml", "yml", "json", "template").ifPresent(file -> {
      try {
        session.replace(DesignFiles.complete(CloudFormationFiles.read(file)), null);
        canvas.fit();
      } catch (NetwrightException e) {
        Dialogs.error(owner.get(), "Cannot import " + file.getFileName(), e.getMessage());
      }
    });
  }

  private void write(Path file, String format) {
    // the image shows the design as it is, without the selection (a document, not a screenshot)
    Decorations decorations = new Decorations(Set.of(), Set.of(), session.highlightedPath());
    try {
      if (format.equals("png")) {
        ImageFiles.writePng(canvas.diagram(), decorations, DesignFiles.withExtension(file, ".png"));
      } else {
        ImageFiles.writeSvg(canvas.diagram(), decorations, DesignFiles.withExtension(file, ".svg"));
      }
      canvas.showHint("Exported " + file.getFileName());
    } catch (NetwrightException e) {
      Dialogs.error(owner.get(), "Cannot export " + file.getFileName(), e.getMessage());
    }
  }

  private String baseName() {
    String name = files.suggestedName();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
