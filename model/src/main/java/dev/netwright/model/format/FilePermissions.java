package dev.netwright.model.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives a temporary file the permissions its target should end with. A temporary file is created
 * readable by its owner only; moved over the target as it is, a saved design or exported template
 * would lose the group and world read access a person expects (or the file already had).
 */
final class FilePermissions {
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private FilePermissions() {
  }

  /** Copies the target's permissions to the temporary file, or gives it rw-r--r-- for a new file. */
  static void prepare(Path temporary, Path target) throws IOException {
    try {
      Set<PosixFilePermission> wanted = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
      Files.setPosixFilePermissions(temporary, wanted);
    } catch (UnsupportedOperationException notPosix) {
      // Windows and other non-POSIX file systems: the temporary file inherits the folder's rules
    }
  }
}
