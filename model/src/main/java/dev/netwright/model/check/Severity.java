package dev.netwright.model.check;

import java.util.Locale;

/** How bad a finding is. An error means AWS would refuse the design or traffic would not flow. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The name used in output: {@code error}, {@code warning} or {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label();
  }
}
