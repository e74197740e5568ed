package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.app.ui.canvas.DiagramImage;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.diagram.Drawing;
import java.nio.file.Path;
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

  /** Exports a PNG at {@code scale} pixels per drawing unit (1, 2 or 3). */
  void exportPng(int scale) {
    String suffix = scale == 1 ? "" : "@" + scale + "x";
    files.chooser().chooseToSave("PNG image", baseName() + suffix + ".png", "png").ifPresent(file -> write(file, scale));
  }

  void exportSvg() {
    files.chooser().chooseToSave("SVG image", baseName() + ".svg", "svg").ifPresent(file -> write(file, 0));
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

  /** Writes the image: PNG at {@code scale}, SVG when {@code scale} is 0. */
  private void write(Path file, int scale) {
    // the image shows the design as it is, without the selection (a document, not a screenshot)
    Drawing drawing = DiagramImage.drawing(session.document(), session.highlightedPath().hops());
    try {
      if (scale > 0) {
        ImageFiles.writePng(drawing, scale, DesignFiles.withExtension(file, ".png"));
      } else {
        ImageFiles.writeSvg(drawing, DesignFiles.withExtension(file, ".svg"));
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
