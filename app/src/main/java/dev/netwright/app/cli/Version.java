package dev.netwright.app.cli;

import picocli.CommandLine;

/** The version shown by {@code --version}, read from the jar's manifest when there is one. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"netwright " + (version == null ? "development build" : version)};
  }
}
