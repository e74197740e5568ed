package dev.netwright.model.cfn;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Templates as files: the format a file name asks for, and a write that replaces the file in one step. */
public final class TemplateFiles {
  private TemplateFiles() {
  }

  /** JSON for a {@code .json} file, YAML for anything else. */
  public static TemplateFormat formatFor(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? TemplateFormat.JSON : TemplateFormat.YAML;
  }

  /** Exports the design and writes the template; readers see the old file or the new one, never a part. */
  public static void write(Document document, TemplateFormat format, Path file) {
    writeAtomically(file, TemplateExporter.export(document, format));
  }

  /** Writes next to the target, then moves over it (see {@link AtomicFile}). */
  public static void writeAtomically(Path target, String text) {
    try {
      AtomicFile.replace(target, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NetwrightException(target + ": cannot be written (" + e.getMessage() + ")");
    }
  }
}
