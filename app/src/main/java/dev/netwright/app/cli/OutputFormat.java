package dev.netwright.app.cli;

/** The {@code --format} of commands that answer in text or JSON. */
public enum OutputFormat {
  text,
  json
}
