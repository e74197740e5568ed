package dev.netwright.model.cfn;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  /** Writes next to the target, then moves over it. */
  public static void writeAtomically(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new NetwrightException(target + ": cannot be written (" + e.getMessage() + ")");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the move took it, or there is nothing more to clean up
        }
      }
    }
  }
}
