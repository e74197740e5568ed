package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not plain files (issue 12, items 11 and 12): what FILE may be (a regular file
 * of at most 256 MB, never a device or a pipe, which may never end or never open) and what
 * {@code -o} does with each kind of target (CLI.md: {@code -} is standard output, a device, FIFO
 * or link is written through, only a regular file is replaced).
 */
class FileTargetsTest {
  private static final Duration QUICKLY = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private static Path sample() {
    return CommandLineRun.samples().resolve("s3-gateway-endpoints.json");
  }

  private static CommandLineRun run(String... args) {
    return assertTimeoutPreemptively(QUICKLY, () -> CommandLineRun.of(args));
  }

  private static void assertOneErrorLine(CommandLineRun run, String expected) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("error: " + expected + "\n", run.err());
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException noMkfifo) {
      assumeTrue(false, "mkfifo is not available here");
      return null;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return fifo;
  }

  @Test
  void validateDevZero_isRefusedAsNotARegularFile_insteadOfReadingForever() {
    assertOneErrorLine(run("validate", "/dev/zero"),
        "/dev/zero: is not a regular file (a device, a pipe or a socket); Netwright reads designs and templates from regular files");
  }

  @Test
  void validateAFifoWithNoWriter_isRefused_insteadOfHanging() throws Exception {
    Path fifo = fifo("design.json");

    assertOneErrorLine(run("validate", fifo.toString()), fifo
        + ": is not a regular file (a device, a pipe or a socket); Netwright reads designs and templates from regular files");
  }

  @Test
  void validateAFolder_isRefusedAsAFolder() {
    assertOneErrorLine(run("validate", dir.toString()), dir + ": is a folder, not a file");
  }

  @Test
  void validateAFileOfThreeHundredMegabytes_isRefusedAtTheSizeLimit() throws Exception {
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(300L * 1024 * 1024);
    }

    assertOneErrorLine(run("validate", huge.toString()), huge + ": is larger than 256 MB, the most Netwright reads of one file");
  }

  @Test
  void exportToASymlink_writesThroughIt_andTheLinkStaysALink() throws Exception {
    Path real = Files.writeString(dir.resolve("real.yaml"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);

    CommandLineRun run = run("export", sample().toString(), "-o", link.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertTrue(Files.readString(real).startsWith("AWSTemplateFormatVersion"), "the template went into the file the link names");
  }

  @Test
  void exportToAFifo_writesIntoThePipe_andTheFifoStaysAFifo() throws Exception {
    Path fifo = fifo("out.yaml");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    });

    CommandLineRun run = run("export", sample().toString(), "-o", fifo.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(reader.get(30, TimeUnit.SECONDS).startsWith("AWSTemplateFormatVersion"), "the reader got the template");
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was not replaced by a file");
    assertTrue(Files.exists(fifo), "the FIFO is still there");
  }

  @Test
  void exportToDash_writesToStandardOutput_andNoFileNamedDash() {
    CommandLineRun run = run("export", sample().toString(), "-o", "-");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("AWSTemplateFormatVersion"), run.out());
    assertFalse(Files.exists(Path.of("-")), "no file named '-'");
  }

  @Test
  void exportIntoAFolderThatDoesNotExist_namesTheFolder_neverTheTemporaryFile() {
    Path out = dir.resolve("missing").resolve("out.yaml");

    CommandLineRun run = run("export", sample().toString(), "-o", out.toString());

    assertOneErrorLine(run, out + ": cannot be written (the folder " + out.getParent() + " does not exist)");
    assertFalse(run.err().contains(".saving"), run.err());
  }

  @Test
  void exportOntoAFolder_isRefused_andTheFolderStays() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));

    CommandLineRun run = run("export", sample().toString(), "-o", folder.toString());

    assertOneErrorLine(run, folder + ": cannot be written (it is a folder, not a file)");
    assertTrue(Files.isDirectory(folder));
  }
}
