package dev.netwright.app.ui;

import dev.netwright.model.cfn.TemplateFiles;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.document.Document;
import java.nio.file.Path;

/** Reads and writes CloudFormation templates through the model's CloudFormation package. */
final class CloudFormationFiles {
  private CloudFormationFiles() {
  }

  static boolean available() {
    return true;
  }

  /** The template as a design, laid out; the region comes from the template (see docs/cloudformation.md). */
  static Document read(Path file) {
    return TemplateImporter.read(file, null).document();
  }

  /** JSON for a .json file, YAML with short-form tags otherwise. */
  static void export(Document document, Path file) {
    TemplateFiles.write(document, TemplateFiles.formatFor(file), file);
  }
}
