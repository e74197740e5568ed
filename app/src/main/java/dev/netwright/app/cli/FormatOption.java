package dev.netwright.app.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of every command that answers in text or JSON. */
public final class FormatOption {
  @Option(names = "--format", paramLabel = "text|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  private OutputFormat format = OutputFormat.text;

  /** True when the answer is to be JSON (CLI.md's shapes). */
  boolean json() {
    return format == OutputFormat.json;
  }
}
