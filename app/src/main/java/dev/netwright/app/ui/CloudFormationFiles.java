package dev.netwright.app.ui;

import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.cfn.TemplateFiles;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.document.Document;
import java.nio.file.Path;

/**
 * Reads and writes CloudFormation templates through the model's CloudFormation package. The
 * format of an export follows the file's extension: JSON for {@code .json}, YAML otherwise
 * ({@link TemplateFiles#formatFor}).
 */
final class CloudFormationFiles {
  private CloudFormationFiles() {
  }

  /** A template read into a design (its region inferred from the template), with the reader's notes. */
  static ImportResult read(Path file) {
    return TemplateImporter.read(file, null);
  }

  /** Writes the template in one step (the old file or the new one, never a part). */
  static void export(Document document, Path file) {
    TemplateFiles.write(document, TemplateFiles.formatFor(file), file);
  }
}
