package dev.netwright.app.ui;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.document.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes CloudFormation templates through the model's CloudFormation package. The
 * format of an export follows the file's extension: JSON for {@code .json}, YAML otherwise.
 */
final class CloudFormationFiles {
  private CloudFormationFiles() {
  }

  /** A template read into a design (its region inferred from the template), with the reader's notes. */
  static ImportResult read(Path file) {
    return TemplateImporter.read(file, null);
  }

  static void export(Document document, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    TemplateFormat format = name.endsWith(".json") ? TemplateFormat.JSON : TemplateFormat.YAML;
    String text = TemplateExporter.export(document, format);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NetwrightException(file + ": the template was not written: " + e.getMessage(), e);
    }
  }
}
