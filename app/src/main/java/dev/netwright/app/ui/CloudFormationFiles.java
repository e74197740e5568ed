package dev.netwright.app.ui;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import java.nio.file.Path;

/** Reads and writes CloudFormation templates through the model's CloudFormation package. */
final class CloudFormationFiles {
  private CloudFormationFiles() {
  }

  static boolean available() {
    return false;
  }

  static Document read(Path file) {
    throw new NetwrightException(file + ": CloudFormation import is not part of this build yet");
  }

  static void export(Document document, Path file) {
    throw new NetwrightException(file + ": CloudFormation export is not part of this build yet");
  }
}
