package dev.netwright.model.format;

import dev.netwright.model.NetwrightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the files Netwright opens (designs and templates): regular files only, checked before
 * they are opened, so that a device never ends ({@code /dev/zero}) and a pipe with no writer never
 * hangs; and at most {@link #MAX_BYTES}, so that no file exhausts the memory.
 */
public final class InputFiles {
  /** The most Netwright reads of one file: 256 MiB, far above any design or template. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private InputFiles() {
  }

  /** A file that cannot be read; {@link #problem()} says why without the file's name. */
  public static final class UnreadableFileException extends NetwrightException {
    private final String problem;

    UnreadableFileException(Path file, String problem) {
      super(file + ": " + problem);
      this.problem = problem;
    }

    public String problem() {
      return problem;
    }
  }

  /** The bytes of a regular file of at most {@link #MAX_BYTES}. */
  public static byte[] read(Path file) {
    if (!Files.exists(file)) {
      throw new UnreadableFileException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new UnreadableFileException(file, "is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UnreadableFileException(file, "is not a regular file (a device, a pipe or a socket); Netwright reads designs and"
          + " templates from regular files");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge(file);
      }
      return bytes;
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(file, "cannot be read: permission denied");
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(file, "no such file");
    } catch (OutOfMemoryError e) {
      throw tooLarge(file);
    } catch (IOException e) {
      throw new UnreadableFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  private static UnreadableFileException tooLarge(Path file) {
    return new UnreadableFileException(file, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most Netwright reads of one file");
  }
}
