package dev.netwright.model.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder,
 * which is forced to disk and then moved over the target. A crash or an error at any point leaves
 * either the old file or the new one, never a mix, and no temporary file behind.
 */
public final class AtomicFile {
  /** How the finished temporary file takes the target's place; a seam so tests can make it fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static final Mover ATOMIC = (from, to) -> {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // some file systems (network shares, some Windows setups) cannot rename atomically
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  private static final AtomicFile STANDARD = new AtomicFile(ATOMIC);

  private final Mover mover;

  AtomicFile(Mover mover) {
    this.mover = mover;
  }

  /** Replaces {@code target}'s content with {@code bytes} in one step (designs, templates, images). */
  public static void replace(Path target, byte[] bytes) throws IOException {
    STANDARD.write(target, bytes);
  }

  void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".saving");
    boolean moved = false;
    try {
      FilePermissions.prepare(temporary, absolute);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      mover.move(temporary, absolute);
      moved = true;
      forceFolder(folder);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // the new content is on disk already; only the rename may be lost on power failure here
    }
  }
}
