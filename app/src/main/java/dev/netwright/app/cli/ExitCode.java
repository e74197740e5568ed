package dev.netwright.app.cli;

/** The exit codes of CLI.md. */
public final class ExitCode {
  /** Success: validate found no errors, reach found a path, apply converged. */
  public static final int OK = 0;
  /** The answer is negative: validate found errors, reach found no path, apply failed and rolled back. */
  public static final int NEGATIVE = 1;
  /** Bad input or usage; one {@code error: } line on stderr and nothing written. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {
  }
}
