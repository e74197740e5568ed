package dev.netwright.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One run of the command line in-process, with what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

  static CommandLineRun of(String... args) {
    return run(false, args);
  }

  /** A run as a person at a terminal sees it: standard error is a terminal. */
  static CommandLineRun onTerminal(String... args) {
    return run(true, args);
  }

  private static CommandLineRun run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NetwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), terminal, args);
    return new CommandLineRun(code, out.toString(), err.toString());
  }

  static Path samples() {
    return Path.of(System.getProperty("netwright.samples", "../samples"));
  }

  static List<Path> sampleFiles() throws java.io.IOException {
    try (Stream<Path> files = Files.list(samples())) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
  }
}
