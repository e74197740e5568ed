package dev.netwright.model.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
 *
 * <p>Only a regular file (or a new one) is replaced so. A symbolic link, a device or a FIFO is
 * written through, as a shell's {@code >} would: replacing it would turn {@code /dev/stdout} or a
 * link into a plain file. A folder is refused. Errors never name the temporary file.
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
    if (Files.isDirectory(target)) {
      throw new IOException("it is a folder, not a file");
    }
    boolean special = Files.exists(target) && !Files.isRegularFile(target);
    if (Files.isSymbolicLink(target) || special) {
      writeThrough(target, bytes);
      return;
    }
    try {
      replaceRegular(target.toAbsolutePath(), bytes);
    } catch (IOException e) {
      throw new IOException(describe(e, target), e);
    }
  }

  /** Writes into what the path names (following a link), without replacing it. */
  private static void writeThrough(Path target, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new IOException(describe(e, target), e);
    }
  }

  private void replaceRegular(Path absolute, byte[] bytes) throws IOException {
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

  /** Why a write failed, in words that name the target and never the temporary file. */
  private static String describe(IOException e, Path target) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder " + target.toAbsolutePath().getParent() + " does not exist";
    }
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    return message.contains(".saving") || message.isEmpty() ? "the file system refused the write" : message;
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
