package dev.netwright.model.cfn;

import dev.netwright.model.NetwrightException;

/**
 * A template Netwright cannot read: bad YAML or JSON, a missing section, a function that is not
 * CloudFormation's, a value that is not what its property needs. The message names the file and
 * the line, e.g. {@code vpc.yaml line 12: ...}.
 */
public final class TemplateException extends NetwrightException {
  private final String source;
  private final int line;

  public TemplateException(String source, int line, String problem) {
    super(source + (line > 0 ? " line " + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file (or other source) the template came from. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, 0 when no line is known. */
  public int line() {
    return line;
  }
}
