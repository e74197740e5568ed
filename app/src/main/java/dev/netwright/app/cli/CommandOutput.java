package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.format.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's {@code -o OUT} goes (CLI.md): {@code -} is standard output; anything else is
 * written by {@link AtomicFile}, which replaces a regular file in one step and writes through a
 * device, a FIFO or a symbolic link. Every command with {@code -o} writes through here.
 */
final class CommandOutput {
  private CommandOutput() {
  }

  /** True when {@code -o -} asks for standard output. */
  static boolean isStandardOutput(Path output) {
    return output != null && output.toString().equals("-");
  }

  /** Writes text to OUT (standard output for {@code -}). */
  static void write(CommandSpec spec, Path output, String text) {
    if (output == null || isStandardOutput(output)) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    try {
      AtomicFile.replace(output, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NetwrightException(output + ": cannot be written (" + e.getMessage() + ")");
    }
  }
}
