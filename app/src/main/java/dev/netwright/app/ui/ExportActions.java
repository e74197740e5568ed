package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.Decorations;
import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import java.nio.file.Path;
import java.util.List;
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

  void exportPng() {
    files.chooser().chooseToSave("PNG image", baseName() + ".png", "png").ifPresent(file -> write(file, "png"));
  }

  void exportSvg() {
    files.chooser().chooseToSave("SVG image", baseName() + ".svg", "svg").ifPresent(file -> write(file, "svg"));
  }

  /**
   * Writes the design as a template; when the checks find errors (a template that will not
   * deploy), says which first and lets the person go on or stop.
   */
  void exportCloudFormation() {
    List<Finding> errors = Checks.run(session.document().topology()).stream()
        .filter(finding -> finding.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty() && !Dialogs.confirmExportWithErrors(owner.get(), errors)) {
      return;
    }
    files.chooser().chooseToSave("CloudFormation template", baseName() + ".yaml", "yaml", "yml", "json").ifPresent(file -> {
      try {
        CloudFormationFiles.export(session.document(), file);
        canvas.showHint("Exported " + file.getFileName());
      } catch (NetwrightException e) {
        Dialogs.error(owner.get(), "Cannot export " + file.getFileName(), e.getMessage());
      }
    });
  }

  /** Opens a template as a new, unsaved design (saving it writes a Netwright design file). */
  void importCloudFormation() {
    if (!files.confirmDiscard()) {
      return;
    }
    files.chooser().chooseToOpen("CloudFormation template", "yaml", "yml", "json", "template").ifPresent(file -> {
      try {
        ImportResult imported = CloudFormationFiles.read(file);
        session.replace(DesignFiles.complete(imported.document()), null);
        canvas.fit();
        int notes = imported.findings().size();
        canvas.showHint("Imported " + file.getFileName() + (notes == 0 ? "" : " with " + notes
            + (notes == 1 ? " note: " : " notes, the first: ") + imported.findings().get(0).message()));
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
